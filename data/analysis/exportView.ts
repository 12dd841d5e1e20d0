/** An analysis view as a file in the format asked for; the UI downloads it, the command line writes it. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { exportInputSchema, ExportFormat, PathwayImageFormat } from './schemas.js';
import { pathway, pathwayChartOf } from './pathway.js';
import { ApiFailure } from '../domain/envelope.js';
import { pathwayChartPng, pathwayChartSvg } from '../exports/charts/pathwayChart.js';
import type { ExportFile } from './model.js';
import { CSV_PRESETS, toCsv } from '../exports/csv.js';
import { writePracticesCsv, writeScoresCsv } from '../exports/csvStream.js';
import type { DataTable } from '../exports/dataTable.js';
import { toHtml, toMarkdown } from '../exports/markup.js';
import { toXlsx } from '../exports/xlsx.js';
import { caseStudyFile } from '../practices/index.js';
import { caseStudiesDataTable, caseStudyPracticeIds } from './caseStudyDocx.js';
import { caseStudiesDocx, reportPack, viewDocx } from './reportDocx.js';
import { viewTable } from './viewRequest.js';
import { filterCaption, filterFileTag } from '../practices/schemas.js';
import { filterIsEmpty } from '../practices/index.js';
import { viewerOf } from '../scoring/index.js';
import { blindScope } from './agreementTable.js';

/** The CSV variants under distinct names, so one never overwrites the other in a downloads folder. */
const CSV_VARIANT: Partial<Record<ExportFormat | PathwayImageFormat, string>> = { csv: 'standard', 'csv-excel': 'excel-europe' };

/** What the exported table was made from: the filter (or the picked practices), the date, blind mode (issue 17, item 6). */
function contextOf(db: Database, input: ExportInput, date: string): string[] {
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

/** The file's name: the view, the filter's values (or "filtered"), the date, the CSV variant. */
function fileNameOf(input: ExportInput, date: string, extension: string): string {
  const filter = 'filter' in input.input ? (input.input.filter ?? {}) : {};
  const tag = filterIsEmpty(filter) ? null : (filterFileTag(filter) ?? 'filtered');
  return `${['autocredify', input.view, tag, date, CSV_VARIANT[input.format]].filter(Boolean).join('-')}.${extension}`;
}

type ExportInput = z.output<typeof exportInputSchema>;

export const FILE_TYPES: Record<ExportFormat | PathwayImageFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  'csv-excel': { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
  png: { extension: 'png', mimeType: 'image/png' },
};

export function renderTable(table: DataTable, format: Exclude<ExportFormat, 'json' | 'docx'>): { encoding: 'utf8' | 'base64'; content: string } {
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

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** `storePath` names the dataset in a report pack's version list. */
export function exportView(db: Database, input: ExportInput, today = new Date(), storePath = 'dataset.acmap'): ExportFile {
  const type = FILE_TYPES[input.format];
  const date = today.toISOString().slice(0, 10);
  const fileName = fileNameOf(input, date, type.extension);
  const locale = input.locale ?? 'en-GB';
  if (input.view === 'report') return { fileName, mimeType: type.mimeType, encoding: 'base64', content: base64(reportPack(db, storePath, input.input, locale, today)) };
  if (input.view === 'caseStudies') {
    const ids = caseStudyPracticeIds(db, input.input);
    if (input.format === 'docx') return { fileName, mimeType: type.mimeType, encoding: 'base64', content: base64(caseStudiesDocx(db, ids, locale)) };
    if (input.format === 'json') return { fileName, mimeType: type.mimeType, encoding: 'utf8', content: `${JSON.stringify(caseStudyFile(db, ids), null, 2)}\n` };
    return { fileName, mimeType: type.mimeType, ...renderTable(caseStudiesDataTable(db, ids), input.format) };
  }
  if (input.view === 'pathway' && (input.format === 'svg' || input.format === 'png')) {
    const chart = pathwayChartOf(pathway(db, input.input));
    if (input.format === 'svg') return { fileName, mimeType: type.mimeType, encoding: 'utf8', content: `${pathwayChartSvg(chart)}\n` };
    return { fileName, mimeType: type.mimeType, encoding: 'base64', content: base64(pathwayChartPng(chart)) };
  }
  const { format: _format, locale: _locale, ...request } = input as Exclude<ExportInput, { view: 'caseStudies' | 'report' }>;
  const format = input.format;
  // The schema offers SVG and PNG to the pathway alone, drawn above.
  if (format === 'svg' || format === 'png') throw new ApiFailure('invalid_input', 'Only a pathway exports as an image (SVG or PNG).');
  if (format === 'docx') return { fileName, mimeType: type.mimeType, encoding: 'base64', content: base64(viewDocx(db, request, locale, today)) };
  if ((input.format === 'csv' || input.format === 'csv-excel') && (request.view === 'practices' || request.view === 'scores')) {
    // Written as the query runs, byte for byte the table's CSV (data/exports/csvStream.ts).
    const chunks: string[] = [];
    const write = request.view === 'practices' ? writePracticesCsv : writeScoresCsv;
    write(db, request.input.filter, CSV_PRESETS[input.format === 'csv' ? 'standard' : 'excel-europe'], (chunk) => chunks.push(chunk));
    return { fileName, mimeType: type.mimeType, encoding: 'utf8', content: chunks.join('') };
  }
  const viewed = viewTable(db, request);
  const json = viewed.json;
  const table = { ...viewed.table, context: [...contextOf(db, input, date), ...(viewed.table.context ?? [])] };
  const rendered = format === 'json' ? { encoding: 'utf8' as const, content: `${JSON.stringify(json, null, 2)}\n` } : renderTable(table, format);
  return { fileName, mimeType: type.mimeType, ...rendered };
}

