/** From the bytes of a file to a header row and data rows, or a sentence saying why the file cannot be read. */
import { ApiFailure } from '../domain/envelope.js';
import { binaryContentReason, byteOfEscape, decodeText, detectEncoding, ESCAPED_BYTE, ESCAPED_BYTES, TextDecodingError, type TextEncoding } from './decode.js';
import { detectDelimiter, parseCsv, rowPlace, type CsvProblem, type CsvRow, type Delimiter } from './dialect.js';
import { matchHeader } from './headers.js';
import { decodeWindows1252 } from './windows1252.js';

/** What to do with bytes that are not UTF-8 in a file read as UTF-8. */
export type InvalidBytes = 'reject' | 'windows-1252';

export interface CsvReadOptions {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  /** true: the first row names the columns; false: it is data (columns are "Column 1", ...); absent: guessed. */
  headerRow?: boolean;
  /** reject (default): rows whose mapped cells hold such bytes are rejected; windows-1252: those bytes are read as Windows-1252. */
  invalidBytes?: InvalidBytes;
}

export interface CsvFile {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** False when the first row is data: the headers are then "Column 1", "Column 2", ... */
  headerRow: boolean;
  rows: CsvRow[];
  problems: CsvProblem[];
  /** Sentences about the reading itself (bytes that are not UTF-8, a header row guessed away). */
  readingNotes: string[];
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** "E1" and what Windows-1252 makes of it, for a run of escaped bytes. */
export function describeEscapedBytes(run: string): string {
  const bytes = [...run].map(byteOfEscape);
  return `${bytes.length === 1 ? 'byte' : 'bytes'} ${bytes.map(hex).join(' ')} (“${decodeWindows1252(Uint8Array.from(bytes))}” in Windows-1252)`;
}

/** The text with each escaped byte read as Windows-1252. */
export function escapesAsWindows1252(text: string): string {
  return text.replace(ESCAPED_BYTES, (run) => decodeWindows1252(Uint8Array.from([...run].map(byteOfEscape))));
}

/** A cell's shape: letters as "a", digits as "9", runs collapsed ("TMVG0109" → "a9", "12,5" → "9,9"). */
const shape = (cell: string) => cell.trim().replace(/\p{L}+/gu, 'a').replace(/\p{N}+/gu, '9');

/**
 * The first row is data rather than headers when none of its cells names a field we know and, in
 * some column, it holds a number or code shaped like the cells below it (headers are words).
 */
export function firstRowLooksLikeData(first: CsvRow, rest: readonly CsvRow[]): boolean {
  if (rest.length === 0) return false;
  if (first.cells.some((cell) => matchHeader(cell) !== null)) return false;
  const sample = rest.slice(0, 200);
  return first.cells.some((cell, column) => {
    const own = shape(cell);
    if (!/9/.test(own)) return false;
    const below = sample.map((row) => row.cells[column] ?? '').filter((c) => c.trim() !== '');
    return below.length > 0 && below.filter((c) => shape(c) === own).length >= below.length * 0.8;
  });
}

/** One sentence per cell holding bytes that are not UTF-8, naming its row and column (at most 20, then a count). */
function invalidByteNotes(headers: readonly string[], rows: readonly CsvRow[], invalidBytes: InvalidBytes): string[] {
  const spots: string[] = [];
  let count = 0;
  for (const row of rows) {
    for (const [column, cell] of row.cells.entries()) {
      if (!ESCAPED_BYTE.test(cell)) continue;
      count += 1;
      if (spots.length < 20) {
        const runs = cell.match(ESCAPED_BYTES) ?? [];
        spots.push(`${rowPlace(row)}, column "${headers[column] ?? column + 1}": ${runs.map(describeEscapedBytes).join(', ')}`);
      }
    }
  }
  if (count === 0) return [];
  const what =
    invalidBytes === 'reject'
      ? 'Rows where such a cell is imported are rejected; choose to read those bytes as Windows-1252 if that is what they are.'
      : 'Those bytes were read as Windows-1252, as chosen.';
  return [`${count} ${count === 1 ? 'cell holds' : 'cells hold'} bytes that are not UTF-8, in a file read as UTF-8: ${spots.join('; ')}${count > spots.length ? `; and ${count - spots.length} more` : ''}. ${what}`];
}

export function readCsvBytes(bytes: Uint8Array, options: CsvReadOptions = {}): CsvFile {
  if (bytes.length === 0) throw new ApiFailure('invalid_input', 'The file is empty: there is nothing to import.');
  const binary = binaryContentReason(bytes);
  if (binary) throw new ApiFailure('invalid_input', `This file cannot be imported as CSV: ${binary}`);
  const encoding = options.encoding ?? detectEncoding(bytes);
  let text: string;
  try {
    text = decodeText(bytes, encoding);
  } catch (error) {
    if (error instanceof TextDecodingError) throw new ApiFailure('invalid_input', error.message);
    throw error;
  }
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  const [first, ...rest] = parsed.rows;
  if (!first) throw new ApiFailure('invalid_input', 'The file holds no rows: there is nothing to import.');
  const readingNotes: string[] = [];
  const headerRow = options.headerRow ?? !firstRowLooksLikeData(first, rest);
  if (options.headerRow === undefined && !headerRow) {
    readingNotes.push('The first row looks like data, not column headers (no cell names a field, and its values are shaped like those below): it is read as data, and the columns are "Column 1", "Column 2", ... Say that the file has a header row if it has one.');
  }
  const width = Math.max(...parsed.rows.slice(0, 1000).map((row) => row.cells.length));
  const headers = headerRow ? first.cells.map((h) => escapesAsWindows1252(h.trim())) : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const dataRows = headerRow ? rest : parsed.rows;
  const invalidBytes = options.invalidBytes ?? 'reject';
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') readingNotes.push(...invalidByteNotes(headers, dataRows, invalidBytes));
  const rows = invalidBytes === 'windows-1252' ? dataRows.map((row) => ({ ...row, cells: row.cells.map((cell) => (ESCAPED_BYTE.test(cell) ? escapesAsWindows1252(cell) : cell)) })) : dataRows;
  return { encoding, delimiter, headers, headerRow, rows, problems: parsed.problems, readingNotes };
}
