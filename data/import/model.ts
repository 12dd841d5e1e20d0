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
  line: number;
  reason: string;
  cells: string[];
}

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportPreview {
  fileName: string;
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** The first rows as read, with their line numbers. */
  sample: { line: number; cells: string[] }[];
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
  encoding: TextEncoding;
  delimiter: Delimiter;
  columns: ImportColumn[];
  counts: ImportCounts;
  rejected: RejectedRow[];
  /** The rejected rows as CSV (line, reason, then the row's own cells), to fix and import again. */
  rejectedCsv: string;
  notes: string[];
}

