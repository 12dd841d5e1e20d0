/** An analysis view as a file in the format asked for; the UI downloads it, the command line writes it. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { exportInputSchema, ExportFormat } from './schemas.js';
import type { ExportFile } from './model.js';
import { compareTable } from './compare.js';
import { coverage } from './coverage.js';
import { gapTable } from './gaps.js';
import { statsTable } from './stats.js';
import { CSV_PRESETS, toCsv } from '../exports/csv.js';
import type { DataTable } from '../exports/dataTable.js';
import { toHtml, toMarkdown } from '../exports/markup.js';
import { agreementDataTable, compareDataTable, coverageDataTable, euElementsDataTable, gapDataTable, statsDataTable, statsRecords } from './viewTables.js';
import { euElementsSummary } from './euElementsCounts.js';
import { agreementTable } from './agreementTable.js';
import { toXlsx } from '../exports/xlsx.js';
import { practicesDataTable, scoresDataTable } from '../exports/practiceTables.js';
import { filterCaption, filterFileTag } from '../practices/schemas.js';
import { filterIsEmpty } from '../practices/index.js';
import { viewerOf } from '../scoring/index.js';
import { blindScope } from './agreementTable.js';

/** The CSV variants under distinct names, so one never overwrites the other in a downloads folder. */
const CSV_VARIANT: Partial<Record<ExportFormat, string>> = { csv: 'standard', 'csv-excel': 'excel-europe' };

/** What the exported table was made from: the filter (or the picked practices), the date, blind mode. */
function contextOf(db: Database, input: z.output<typeof exportInputSchema>, date: string): string[] {
  const picked = input.view === 'compare' && input.input.ids ? input.input.ids.length : null;
  const filter = 'filter' in input.input ? (input.input.filter ?? {}) : {};
  const blind = blindScope(db, viewerOf(db));
  return [
    picked !== null ? `${picked} hand-picked practices` : filterCaption(filter),
    `Exported ${date} from AutoCredify Mapper`,
    // The agreement table says it itself (beside who is compared).
    ...(blind && input.view !== 'agreement'
      ? [blind.raterName === null ? 'Blind mode: no score is shown (nobody is chosen to score as).' : `Blind mode: scores are shown only where ${blind.raterName} has scored.`]
      : []),
  ];
}

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  'csv-excel': { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
};

export function renderTable(table: DataTable, format: Exclude<ExportFormat, 'json'>): { encoding: 'utf8' | 'base64'; content: string } {
  switch (format) {
    case 'csv':
      return { encoding: 'utf8', content: toCsv(table, CSV_PRESETS.standard) };
    case 'csv-excel':
      return { encoding: 'utf8', content: toCsv(table, CSV_PRESETS['excel-europe']) };
    case 'md':
      return { encoding: 'utf8', content: toMarkdown(table) };
    case 'html':
      return { encoding: 'utf8', content: toHtml(table) };
    case 'xlsx':
      return { encoding: 'base64', content: Buffer.from(toXlsx(table)).toString('base64') };
  }
}

export function exportView(db: Database, input: z.output<typeof exportInputSchema>, today = new Date()): ExportFile {
  let table: DataTable;
  let json: unknown;
  switch (input.view) {
    case 'compare': {
      const result = compareTable(db, input.input);
      table = compareDataTable(result, input.cells, input.dimensions, input.extras);
      json = result;
      break;
    }
    case 'gaps': {
      const result = gapTable(db, input.input);
      table = gapDataTable(result);
      json = result;
      break;
    }
    case 'stats': {
      const result = statsTable(db, input.input);
      table = statsDataTable(result, filterIsEmpty(input.input.filter) ? 'All practices' : 'All filtered practices');
      json = statsRecords(result);
      break;
    }
    case 'coverage': {
      const result = coverage(db, input.input);
      table = coverageDataTable(result);
      json = result;
      break;
    }
    case 'agreement': {
      const result = agreementTable(db, input.input);
      table = agreementDataTable(result);
      json = result;
      break;
    }
    case 'euElements': {
      const result = euElementsSummary(db, input.input);
      table = euElementsDataTable(result);
      json = result;
      break;
    }
    case 'practices':
    case 'scores': {
      table = input.view === 'practices' ? practicesDataTable(db, input.input.filter) : scoresDataTable(db, input.input.filter);
      json = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.label, row[i] ?? null])));
      break;
    }
  }
  const type = FILE_TYPES[input.format];
  const date = today.toISOString().slice(0, 10);
  table = { ...table, context: [...contextOf(db, input, date), ...(table.context ?? [])] };
  const rendered = input.format === 'json' ? { encoding: 'utf8' as const, content: `${JSON.stringify(json, null, 2)}\n` } : renderTable(table, input.format);
  const filter = 'filter' in input.input ? (input.input.filter ?? {}) : {};
  const tag = filterIsEmpty(filter) ? null : (filterFileTag(filter) ?? 'filtered');
  const name = ['autocredify', input.view, tag, date, CSV_VARIANT[input.format]].filter(Boolean).join('-');
  return { fileName: `${name}.${type.extension}`, mimeType: type.mimeType, ...rendered };
}
