/** The import operations of the contract: preview a file, then dry-run or commit it. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { CSV_PRESETS, toCsv } from '../exports/csv.js';
import type { importPreviewInputSchema, importRunInputSchema } from './schemas.js';
import { getRater } from '../scoring/index.js';
import { applyImport } from './apply.js';
import type { ImportCounts, ImportPreview, ImportResult, RejectedRow } from './model.js';
import { planColumns, planImport } from './plan.js';
import { readCsvBytes, type CsvFile } from './readFile.js';
import { applyScoreRows, planScoreRows, scoreColumns } from './scoreRows.js';

function read(input: z.output<typeof importPreviewInputSchema>): CsvFile {
  const bytes = new Uint8Array(Buffer.from(input.file.contentBase64, 'base64'));
  return readCsvBytes(bytes, { ...(input.encoding ? { encoding: input.encoding } : {}), ...(input.delimiter ? { delimiter: input.delimiter } : {}) });
}

export function previewImport(input: z.output<typeof importPreviewInputSchema>): ImportPreview {
  const file = read(input);
  const { columns, notes } = planColumns(file, {});
  return {
    fileName: input.file.name,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    sample: file.rows.slice(0, 20).map((r) => ({ line: r.line, cells: r.cells })),
    rowCount: file.rows.length,
    columns,
    notes,
  };
}

function rejectedCsv(headers: string[], rejected: RejectedRow[]): string {
  if (rejected.length === 0) return '';
  return toCsv(
    {
      title: 'Rejected rows',
      columns: [{ label: 'Line', kind: 'number' }, { label: 'Reason', kind: 'text' }, ...headers.map((h) => ({ label: h, kind: 'text' as const }))],
      rows: rejected.map((r) => [r.line, r.reason, ...r.cells]),
    },
    CSV_PRESETS['excel-europe'],
  );
}

const hasWrites = (counts: ImportCounts) => counts.new + counts.updated > 0;

function result(
  dryRun: boolean,
  kind: ImportResult['kind'],
  file: CsvFile,
  columns: ImportResult['columns'],
  plan: { counts: ImportCounts; rejected: RejectedRow[] },
  notes: string[],
): ImportResult {
  return {
    dryRun,
    committed: !dryRun && hasWrites(plan.counts),
    kind,
    encoding: file.encoding,
    delimiter: file.delimiter,
    columns,
    counts: plan.counts,
    rejected: plan.rejected,
    rejectedCsv: rejectedCsv(file.headers, plan.rejected),
    notes,
  };
}

export function runImport(db: Database, input: z.output<typeof importRunInputSchema>): ImportResult {
  if (input.raterId && !getRater(db, input.raterId)) throw new ApiFailure('not_found', `There is no rater with id "${input.raterId}" in this dataset.`);
  const file = read(input);
  const longForm = scoreColumns(file.headers);
  if (longForm) {
    // Scores in long form: one row per practice, dimension and rater. The mapping does not apply.
    const plan = planScoreRows(db, file, longForm);
    if (!input.dryRun && hasWrites(plan.counts)) applyScoreRows(db, plan);
    return result(input.dryRun, 'scores', file, planColumns(file, {}).columns, plan, [
      'This file holds scores in long form (one row per practice, dimension and rater): each row sets one rater’s score; raters new to this dataset are added.',
    ]);
  }
  const mapping = input.mapping ? Object.fromEntries(Object.entries(input.mapping).map(([k, v]) => [Number(k), v])) : undefined;
  const numberFormats = input.numberFormats ? Object.fromEntries(Object.entries(input.numberFormats).map(([k, v]) => [Number(k), v])) : undefined;
  if (!(mapping ? Object.values(mapping).some((t) => t !== null) : true)) throw new ApiFailure('invalid_input', 'No column is mapped to a field: there is nothing to import.');
  const plan = planImport(db, file, {
    key: input.key,
    ...(mapping ? { mapping } : {}),
    ...(numberFormats ? { numberFormats } : {}),
    ...(input.raterId ? { raterId: input.raterId } : {}),
  });
  if (!plan.columns.some((c) => c.target !== null)) {
    throw new ApiFailure('invalid_input', 'None of the columns could be matched to a practice field. Map the columns by hand.');
  }
  if (!input.dryRun && hasWrites(plan.counts)) applyImport(db, plan, input.raterId);
  return result(input.dryRun, 'practices', file, plan.columns, plan, plan.notes);
}
