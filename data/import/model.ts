/** What the import operations return. Plain data; the renderer imports these types. */
import type { TextEncoding } from './decode.js';
import type { Delimiter } from './dialect.js';
import type { NumberFormat } from './numbers.js';
import type { ImportTarget } from '../practices/schemas.js';

export interface ImportColumn {
  index: number;
  header: string;
  target: ImportTarget | null;
  numberFormat: NumberFormat;
  /** The decimal mark could not be told from the values; the fallback was used. */
  ambiguous: boolean;
}

export interface RejectedRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  /** The text line the row starts on (differs from the row where cells above hold line breaks). */
  line: number;
  reason: string;
  cells: string[];
}

/** Rows of one file without ids that share a natural key (code or name, country, provider). */
export interface DuplicateGroup {
  /** The shared key in words: "code TMVG0109, country Spain". */
  key: string;
  rows: number[];
}

export interface UnknownCountry {
  country: string;
  rows: number[];
}


export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** An .xlsx file's sheet read, and the sheets it has (in order), for the sheet picker and the check's message. */
export interface WorkbookSheets {
  sheet: string;
  sheets: string[];
}

export interface ImportPreview {
  fileName: string;
  /** Present when the file is an .xlsx workbook (its encoding and delimiter then mean nothing). */
  workbook?: WorkbookSheets;
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** False when the first row is data (the columns are then "Column 1", "Column 2", ... and mapped by position). */
  headerRow: boolean;
  /** The first rows as read, with their row and line numbers. */
  sample: { row: number; line: number; cells: string[] }[];
  rowCount: number;
  columns: ImportColumn[];
  notes: string[];
}

export interface ImportResult {
  dryRun: boolean;
  /** True when the rows were written (never on a dry run, never with nothing to write). */
  committed: boolean;
  /** practices: one row per practice. scores: scores in long form (one row per practice, dimension and rater). */
  kind: 'practices' | 'scores';
  /** Present when the file is an .xlsx workbook. */
  workbook?: WorkbookSheets;
  encoding: TextEncoding;
  delimiter: Delimiter;
  columns: ImportColumn[];
  headerRow: boolean;
  counts: ImportCounts;
  rejected: RejectedRow[];
  /** Rows without ids that share a natural key, shown together (rejected unless imported as separate practices). */
  duplicates: DuplicateGroup[];
  /** Countries not known to the app, stored as written. */
  unknownCountries: UnknownCountry[];
  /** The rejected rows as CSV (row, line, reason, then the row's own cells), to fix and import again. */
  rejectedCsv: string;
  notes: string[];
}

