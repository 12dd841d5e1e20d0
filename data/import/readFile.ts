/** From the bytes of a file to a header row and data rows, or a sentence saying why the file cannot be read. */
import { ApiFailure } from '../domain/envelope.js';
import { BINARY_SAMPLE_BYTES, binaryContentReason, byteOfEscape, ESCAPED_BYTE, ESCAPED_BYTES, type TextEncoding } from './decode.js';
import { countRecords, CsvPieceParser, detectDelimiter, rowPlace, type CsvProblem, type CsvRow, type Delimiter } from './dialect.js';
import { bytesSource, detectSourceEncoding, startOf, textPieces, type ByteSource, type TextDamage } from './fileText.js';
import { NumberEvidence } from './numbers.js';
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

/** Rows that may be walked any number of times, and how many there are: an array, or a file read again on each walk. */
export interface CsvRows extends Iterable<CsvRow> {
  readonly length: number;
}

export interface CsvFile {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** False when the first row is data: the headers are then "Column 1", "Column 2", ... */
  headerRow: boolean;
  /** The data rows. A file read from disk is walked again each time (never held whole in memory). */
  rows: CsvRows;
  problems: CsvProblem[];
  /** Sentences about the reading itself (bytes that are not UTF-8, a header row guessed away). */
  readingNotes: string[];
  /** Each column's decimal-mark evidence over all its cells, counted as the file was read; absent: counted from the rows. */
  numberEvidence?: readonly NumberEvidence[];
  /** Rows no mapping can import (half a character in a UTF-16 file), by row number, with the reason. */
  damagedRows?: ReadonlyMap<number, string>;
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

/** At most this many bad spots are named in a note; the rest are counted. */
const NAMED_SPOTS = 20;

/** One sentence for the cells holding bytes that are not UTF-8, naming each one's row and column (at most 20, then a count). */
class InvalidByteSpots {
  private readonly spots: string[] = [];
  private count = 0;

  constructor(private readonly headers: readonly string[]) {}

  add(row: CsvRow): void {
    for (const [column, cell] of row.cells.entries()) {
      if (!ESCAPED_BYTE.test(cell)) continue;
      this.count += 1;
      if (this.spots.length < NAMED_SPOTS) {
        const runs = cell.match(ESCAPED_BYTES) ?? [];
        this.spots.push(`${rowPlace(row)}, column "${this.headers[column] ?? column + 1}": ${runs.map(describeEscapedBytes).join(', ')}`);
      }
    }
  }

  notes(invalidBytes: InvalidBytes): string[] {
    const { count, spots } = this;
    if (count === 0) return [];
    const what =
      invalidBytes === 'reject'
        ? 'Rows where such a cell is imported are rejected; choose to read those bytes as Windows-1252 if that is what they are.'
        : 'Those bytes were read as Windows-1252, as chosen.';
    return [`${count} ${count === 1 ? 'cell holds' : 'cells hold'} bytes that are not UTF-8, in a file read as UTF-8: ${spots.join('; ')}${count > spots.length ? `; and ${count - spots.length} more` : ''}. ${what}`];
  }
}

/** Half of a UTF-16 character: a high surrogate without its low one, or a low one alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unit = (char: string) => char.charCodeAt(0).toString(16).toUpperCase();

/**
 * In a UTF-16 file, the rows holding half a character (a lone surrogate, which no text may hold)
 * or cut by the file's end inside a character: each is rejected, whatever its columns are mapped to.
 */
class Utf16Damage {
  readonly rows = new Map<number, string>();
  private readonly spots: string[] = [];

  constructor(private readonly headers: readonly string[]) {}

  add(row: CsvRow): void {
    for (const [column, cell] of row.cells.entries()) {
      const found = LONE_SURROGATE.exec(cell);
      if (found === null) continue;
      const where = `column "${this.headers[column] ?? column + 1}"`;
      this.damage(row, `${where} holds half of a character (the lone UTF-16 surrogate ${unit(found[0])}), which no text may hold.`, `${rowPlace(row)}, ${where}: half of a character (${unit(found[0])})`);
      return;
    }
  }

  cutAtEnd(row: CsvRow | null, byte: number): void {
    if (row === null) return;
    this.damage(row, `the file ends inside a character (an odd number of bytes: the last, ${hex(byte)}, is half a UTF-16 character), so the row may be cut short.`, `${rowPlace(row)}: the file ends inside a character (its last byte, ${hex(byte)}, is half of one)`);
  }

  private damage(row: CsvRow, reason: string, spot: string): void {
    if (this.rows.has(row.row)) return;
    this.rows.set(row.row, `${rowPlace(row)}: ${reason.charAt(0).toUpperCase()}${reason.slice(1)}`);
    if (this.spots.length < NAMED_SPOTS) this.spots.push(spot);
  }

  notes(): string[] {
    const count = this.rows.size;
    if (count === 0) return [];
    const more = count > this.spots.length ? `; and ${count - this.spots.length} more` : '';
    return [`${count} ${count === 1 ? 'row holds' : 'rows hold'} text that is not UTF-16, in a file read as UTF-16: ${this.spots.join('; ')}${more}. ${count === 1 ? 'It is' : 'They are'} rejected.`];
  }
}

/** How many rows the header row and the guesses look at. */
const HEAD_ROWS = 1000;
/** The delimiter is detected from this many records (dialect.ts). */
const DELIMITER_RECORDS = 50;

/** Text from the file's start, enough for the delimiter's detection to see its records whole. */
function startText(source: ByteSource, encoding: TextEncoding): string {
  let text = '';
  for (const piece of textPieces(source, encoding)) {
    text += piece;
    if (countRecords(text, DELIMITER_RECORDS + 1) > DELIMITER_RECORDS) break;
  }
  return text;
}

/** Walks the file's rows (header included) from the start; problems go to `onProblem`. */
function* parsedRows(source: ByteSource, encoding: TextEncoding, delimiter: Delimiter, onProblem?: (problem: CsvProblem) => void, damage?: TextDamage): Generator<CsvRow> {
  const parser = new CsvPieceParser(delimiter, onProblem);
  for (const piece of textPieces(source, encoding, damage)) yield* parser.push(piece);
  yield* parser.end();
}

export function readCsvBytes(bytes: Uint8Array, options: CsvReadOptions = {}): CsvFile {
  return readCsvSource(bytesSource(bytes), options);
}

/**
 * A CSV file from its bytes, read in pieces: the first rows decide the header row, one walk
 * counts the rows, collects the problems and each column's decimal-mark evidence, and `rows`
 * walks the file again for whoever reads its data (so a file at the size limit is never held whole).
 */
export function readCsvSource(source: ByteSource, options: CsvReadOptions = {}): CsvFile {
  if (source.size === 0) throw new ApiFailure('invalid_input', 'The file is empty: there is nothing to import.');
  const binary = binaryContentReason(startOf(source, BINARY_SAMPLE_BYTES));
  if (binary) throw new ApiFailure('invalid_input', `This file cannot be imported as CSV: ${binary}`);
  const encoding = options.encoding ?? detectSourceEncoding(source);
  const delimiter = options.delimiter ?? detectDelimiter(startText(source, encoding));
  const head: CsvRow[] = [];
  for (const row of parsedRows(source, encoding, delimiter)) {
    head.push(row);
    if (head.length >= HEAD_ROWS) break;
  }
  const [first, ...rest] = head;
  if (!first) throw new ApiFailure('invalid_input', 'The file holds no rows: there is nothing to import.');
  const readingNotes: string[] = [];
  const headerRow = options.headerRow ?? !firstRowLooksLikeData(first, rest);
  if (options.headerRow === undefined && !headerRow) {
    readingNotes.push('The first row looks like data, not column headers (no cell names a field, and its values are shaped like those below): it is read as data, and the columns are "Column 1", "Column 2", ... Say that the file has a header row if it has one.');
  }
  const width = Math.max(...head.map((row) => row.cells.length));
  const headers = headerRow ? first.cells.map((h) => escapesAsWindows1252(h.trim())) : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const invalidBytes = options.invalidBytes ?? 'reject';
  const asRead = (row: CsvRow): CsvRow => (invalidBytes === 'windows-1252' && row.cells.some((cell) => ESCAPED_BYTE.test(cell)) ? { ...row, cells: row.cells.map((cell) => (ESCAPED_BYTE.test(cell) ? escapesAsWindows1252(cell) : cell)) } : row);
  const walk = function* (onProblem?: (problem: CsvProblem) => void, damage?: TextDamage): Generator<CsvRow> {
    let skipHeader = headerRow;
    for (const row of parsedRows(source, encoding, delimiter, onProblem, damage)) {
      if (skipHeader) skipHeader = false;
      else yield row;
    }
  };

  // The one walk that counts and collects.
  const problems: CsvProblem[] = [];
  const utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
  const spots = new InvalidByteSpots(headers);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be' ? new Utf16Damage(headers) : null;
  const evidence: NumberEvidence[] = headers.map(() => new NumberEvidence());
  const damage: TextDamage = { oddLastByte: null };
  let count = 0;
  let last: CsvRow | null = null;
  for (const raw of walk((problem) => problems.push(problem), damage)) {
    count += 1;
    last = raw;
    if (utf8) spots.add(raw);
    utf16?.add(raw);
    const row = asRead(raw);
    for (const [column, cell] of row.cells.entries()) (evidence[column] ??= new NumberEvidence()).add(cell);
  }
  if (utf16 && damage.oddLastByte !== null) utf16.cutAtEnd(last, damage.oddLastByte);
  if (utf8) readingNotes.push(...spots.notes(invalidBytes));
  if (utf16) readingNotes.push(...utf16.notes());
  const rows: CsvRows = {
    length: count,
    *[Symbol.iterator]() {
      for (const row of walk()) yield asRead(row);
    },
  };
  return { encoding, delimiter, headers, headerRow, rows, problems, readingNotes, numberEvidence: evidence, ...(utf16 ? { damagedRows: utf16.rows } : {}) };
}
