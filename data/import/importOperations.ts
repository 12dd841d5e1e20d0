/** The import operations of the contract: preview a file, then dry-run or commit it. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { CSV_PRESETS, toCsv } from '../exports/csv.js';
import type { importPreviewInputSchema, importRunInputSchema } from './schemas.js';
import { getRater } from '../scoring/index.js';
import { applyImport } from './apply.js';
import type { DuplicateGroup, ImportColumn, ImportCounts, ImportPreview, ImportResult, RejectedRow, UnknownCountry, WorkbookSheets } from './model.js';
import { IMPORT_TARGET_NAMES } from './schemas.js';
import { targetInfo } from '../practices/schemas.js';
import { foldForMatching } from './fold.js';
import { planColumns, planImport } from './plan.js';
import { readCsvSource, type CsvFile } from './readFile.js';
import type { CsvRow } from './dialect.js';
import { looksLikeWorkbook, MAX_WORKBOOK_MEGABYTES, readWorkbookBytes } from './xlsxRows.js';
import { operationFileSource, startOf } from './fileText.js';
import { applyScoreRows, planScoreRows, scoreColumns } from './scoreRows.js';

/** The file read as rows; a workbook also says which sheet it is. */
type ReadFile = CsvFile & { workbook?: WorkbookSheets };

function read(input: z.output<typeof importPreviewInputSchema>): ReadFile {
  // A file on disk is read in pieces (fileText.ts), never whole: a CSV at the size limit stays in bounded memory.
  const source = operationFileSource(input.file);
  // A workbook is told by its content (a zip, or an Office compound document), whatever its name.
  // Read whole, but never more than a byte beyond the workbook limit, which is then refused as such.
  if (looksLikeWorkbook(startOf(source, 8))) return readWorkbookBytes(startOf(source, MAX_WORKBOOK_MEGABYTES * 1024 * 1024 + 1), { ...(input.sheet !== undefined ? { sheet: input.sheet } : {}), ...(input.headerRow !== undefined ? { headerRow: input.headerRow } : {}) });
  if (input.sheet !== undefined) throw new ApiFailure('invalid_input', `A sheet was named (“${input.sheet}”), but this file is CSV text, which has no sheets. Leave the sheet out, or choose the .xlsx workbook.`);
  return readCsvSource(source, {
    ...(input.encoding ? { encoding: input.encoding } : {}),
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
    ...(input.headerRow !== undefined ? { headerRow: input.headerRow } : {}),
    ...(input.invalidBytes ? { invalidBytes: input.invalidBytes } : {}),
  });
}

/** The first `count` rows, without walking the rest of a file read from disk. */
function firstRows(rows: Iterable<CsvRow>, count: number): CsvRow[] {
  const first: CsvRow[] = [];
  for (const row of rows) {
    if (first.length >= count) break;
    first.push(row);
  }
  return first;
}

/** Which headers matched a field and which none, in one sentence, so the user sees what the automatic matching did. */
function matchingNote(file: CsvFile, columns: readonly ImportColumn[]): string {
  const matched = columns
    .filter((c) => c.target !== null)
    .map((c) => (c.header === targetInfo(c.target!).label ? `“${c.header}”` : `“${c.header}” → ${targetInfo(c.target!).label}`));
  const unmatched = columns.filter((c) => c.target === null).map((c) => `“${c.header}”`);
  const head = file.headerRow ? 'Columns' : 'Columns (by position, the file has no header row)';
  return `${head} read: ${matched.length > 0 ? matched.join(', ') : 'none'}. Left out: ${unmatched.length > 0 ? unmatched.join(', ') : 'none'}.`;
}

export function previewImport(input: z.output<typeof importPreviewInputSchema>): ImportPreview {
  const file = read(input);
  const { columns, notes } = planColumns(file, {});
  return {
    fileName: input.file.name,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    headerRow: file.headerRow,
    ...(file.workbook ? { workbook: file.workbook } : {}),
    sample: firstRows(file.rows, 20).map((r) => ({ row: r.row, line: r.line, cells: r.cells })),
    rowCount: file.rows.length,
    columns,
    notes: [matchingNote(file, columns), ...notes],
  };
}

function rejectedCsv(headers: string[], rejected: RejectedRow[]): string {
  if (rejected.length === 0) return '';
  return toCsv(
    {
      title: 'Rejected rows',
      columns: [
        { label: 'Row', kind: 'number' },
        { label: 'Line', kind: 'number' },
        { label: 'Reason', kind: 'text' },
        ...headers.map((h) => ({ label: h, kind: 'text' as const })),
      ],
      rows: rejected.map((r) => [r.row, r.line, r.reason, ...r.cells]),
    },
    CSV_PRESETS['excel-europe'],
  );
}

/** A column named by its 0-based number or its header (case, accents and punctuation aside, as the automatic matching compares them). */
function columnIndexOf(file: CsvFile, reference: string): number {
  if (/^\d{1,4}$/.test(reference)) {
    const index = Number(reference);
    if (index < file.headers.length) return index;
    throw new ApiFailure('invalid_input', `The mapping names column ${index} (counted from 0), but the file has ${file.headers.length} columns: ${listHeaders(file)}.`);
  }
  const key = foldForMatching(reference);
  const index = file.headers.findIndex((header) => foldForMatching(header) === key);
  if (index >= 0) return index;
  throw new ApiFailure('invalid_input', `The mapping names a column "${reference}" that the file does not have. Its columns are: ${listHeaders(file)}.`);
}

const listHeaders = (file: CsvFile) => file.headers.map((h, i) => `${i} “${h}”`).join(', ');

const hasWrites = (counts: ImportCounts) => counts.new + counts.updated > 0;

function result(
  dryRun: boolean,
  kind: ImportResult['kind'],
  file: ReadFile,
  columns: ImportResult['columns'],
  plan: { counts: ImportCounts; rejected: RejectedRow[]; duplicates?: DuplicateGroup[]; unknownCountries?: UnknownCountry[] },
  notes: string[],
): ImportResult {
  return {
    dryRun,
    committed: !dryRun && hasWrites(plan.counts),
    kind,
    encoding: file.encoding,
    delimiter: file.delimiter,
    columns,
    headerRow: file.headerRow,
    ...(file.workbook ? { workbook: file.workbook } : {}),
    counts: plan.counts,
    rejected: plan.rejected,
    duplicates: plan.duplicates ?? [],
    unknownCountries: plan.unknownCountries ?? [],
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
  const mapping = input.mapping ? Object.fromEntries(Object.entries(input.mapping).map(([k, v]) => [columnIndexOf(file, k), v])) : undefined;
  if (mapping && input.mapping && Object.keys(mapping).length !== Object.keys(input.mapping).length) {
    throw new ApiFailure('invalid_input', 'The mapping names one column twice (by its number and by its header); name each column once.');
  }
  const numberFormats = input.numberFormats ? Object.fromEntries(Object.entries(input.numberFormats).map(([k, v]) => [Number(k), v])) : undefined;
  const plan = planImport(db, file, {
    key: input.key,
    duplicates: input.duplicates,
    ...(mapping ? { mapping } : {}),
    ...(numberFormats ? { numberFormats } : {}),
    ...(input.decimal ? { decimal: input.decimal } : {}),
    ...(input.constants ? { constants: input.constants } : {}),
    ...(input.raterId ? { raterId: input.raterId } : {}),
  });
  if (!plan.columns.some((c) => c.target !== null)) {
    const headers = file.headerRow ? `The file's headers are ${file.headers.map((h) => `“${h}”`).join(', ')}; none names a field.` : 'The file has no header row, so its columns are mapped by position.';
    throw new ApiFailure('invalid_input', `None of the columns could be matched to a practice field. ${headers} Map them by hand (on the command line: --map "HEADER=field"). The fields are: ${IMPORT_TARGET_NAMES.join(', ')}.`);
  }
  if (!input.dryRun && hasWrites(plan.counts)) applyImport(db, plan, input.raterId);
  return result(input.dryRun, 'practices', file, plan.columns, plan, [matchingNote(file, plan.columns), ...plan.notes]);
}
