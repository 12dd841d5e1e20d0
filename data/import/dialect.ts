/**
 * Text to rows: which delimiter the file uses, and its rows with the row number a spreadsheet shows
 * and the line each starts on, so that every message about a cell can say "row 12" and the
 * researcher finds it in Excel (and "line 14" in an editor where cells hold line breaks).
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

/** Tie-break order: a tab or ";" that is consistent is a stronger sign than "," (decimal commas are consistent too). */
const DELIMITER_PREFERENCE: readonly Delimiter[] = ['\t', ';', ','];
const DETECTION_RECORDS = 50;

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'comma (,)',
  ';': 'semicolon (;)',
  '\t': 'tab',
};

type DelimiterCounts = Record<Delimiter, number>;

const isDelimiter = (char: string | undefined): char is Delimiter => char === ',' || char === ';' || char === '\t';

/**
 * Counts each candidate delimiter outside quotes, per record (a quoted newline does not end one),
 * for the first records that hold anything.
 */
function countDelimitersPerRecord(text: string, maxRecords: number): DelimiterCounts[] {
  const records: DelimiterCounts[] = [];
  let counts: DelimiterCounts = { ',': 0, ';': 0, '\t': 0 };
  let hasContent = false;
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length && records.length < maxRecords; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (hasContent) records.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
      hasContent = false;
      atFieldStart = true;
      continue;
    }
    if (isDelimiter(char)) {
      counts[char] += 1;
      hasContent = true;
      atFieldStart = true;
      continue;
    }
    // Only a quote at the start of a field opens a quoted field; one inside text (5" screen) is text.
    if (char === '"' && atFieldStart) inQuotes = true;
    if (char !== ' ') hasContent = true;
    atFieldStart = false;
  }
  if (hasContent && records.length < maxRecords) records.push(counts);
  return records;
}

/**
 * The delimiter whose count on the header line is non-zero and repeats on the most of the first 50
 * records (ties: tab, then ";", then ","). Excel's "CSV (semicolon)" gives ";", "Unicode text" a tab.
 */
/** How many records (up to `max`) the text holds, a quoted line break inside one not ending it. */
export function countRecords(text: string, max: number): number {
  return countDelimitersPerRecord(text, max).length;
}

export function detectDelimiter(text: string): Delimiter {
  const records = countDelimitersPerRecord(text, DETECTION_RECORDS);
  const header = records[0];
  if (header === undefined) return ',';
  let best: { delimiter: Delimiter; consistency: number } | null = null;
  for (const delimiter of DELIMITER_PREFERENCE) {
    const expected = header[delimiter];
    if (expected === 0) continue;
    const consistency = records.filter((record) => record[delimiter] === expected).length / records.length;
    if (best === null || consistency > best.consistency) best = { delimiter, consistency };
  }
  if (best !== null) return best.delimiter;
  // One header cell: any delimiter that never occurs keeps every row whole; "," when all occur.
  return DELIMITER_PREFERENCE.find((delimiter) => records.every((record) => record[delimiter] === 0)) ?? ',';
}

export interface CsvRow {
  /** The row number a spreadsheet shows for it (1 = the first row, blank rows counted as Excel counts them). */
  row: number;
  /** 1-based line of the file on which the row starts (a quoted newline makes a row span lines). */
  line: number;
  cells: string[];
}

/**
 * Where a row is, as a person looks for it: the row number Excel shows, and the text line an
 * editor shows where the two differ (cells with line breaks before it).
 */
export function rowPlace(place: { row: number; line: number }): string {
  return place.row === place.line ? `Row ${place.row}` : `Row ${place.row} (line ${place.line})`;
}

export type CsvProblem =
  | { kind: 'ragged'; row: number; line: number; expected: number; found: number; message: string }
  | { kind: 'quotes'; row: number; line: number; message: string };

export interface ParsedCsv {
  /** The first row is the header; rows whose cells are all empty are left out. */
  rows: CsvRow[];
  problems: CsvProblem[];
}

function raggedMessage(place: { row: number; line: number }, expected: number, cells: string[]): string {
  const found = cells.length;
  if (found > expected) {
    const extraEmpty = cells.slice(expected).every((cell) => cell.trim() === '');
    return `${rowPlace(place)} has ${found} cells where the first row has ${expected}${extraEmpty ? ' (the extra cells are empty)' : ''}.`;
  }
  return `${rowPlace(place)} has ${found} cells where the first row has ${expected}: a value or a delimiter may be missing.`;
}

function quoteMessage(place: { row: number; line: number }, code: string): string {
  return code === 'MissingQuotes'
    ? `The quoted cell that starts in ${rowPlace(place).toLowerCase()} has no closing quote, so the rest of the file was read into it.`
    : `${rowPlace(place)} has a quote in an unexpected place; check that cells with quotes are written as "like ""this""".`;
}

/** Counts line breaks (CRLF, LF or a lone CR each end one line) between two offsets. */
function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) breaks += 1;
    else if (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a) breaks += 1;
  }
  return breaks;
}

/** Papaparse decides the line break once, from the start of the text (its first megabyte). */
const LINE_BREAK_SAMPLE = 1024 * 1024;

/**
 * Rows of a text that arrives in pieces (a file read a few megabytes at a time), each with its
 * row number and starting line, handed back by `push` as they are complete; the problems found go
 * to `onProblem` in row order. Papaparse's own chunked parsing (its parser told to leave the last,
 * perhaps cut, row for the next piece) gives the rows a whole-text parse gives: the line break is
 * decided from the first piece, which must hold the text's first megabyte (or all of it). Rows with
 * a different number of cells than the first are kept as they are and reported: padding them
 * would hide a shifted column.
 */
export class CsvPieceParser {
  private pending = '';
  private first = true;
  private newline: LineBreak | undefined;
  private line = 1;
  private rowNumber = 0;
  private expected: number | null = null;
  /** The text so far ended with a CR not yet counted as a line break. */
  private pendingCr = false;

  /** `lineBreak` given (a test that cuts a small text into pieces): the text's line break, not guessed. */
  constructor(
    private readonly delimiter: Delimiter,
    private readonly onProblem: (problem: CsvProblem) => void = () => undefined,
    lineBreak?: LineBreak,
  ) {
    this.newline = lineBreak;
  }

  /** The rows the text so far completes. */
  push(piece: string): CsvRow[] {
    const text = this.pending + piece;
    // The line break is decided from the text's first megabyte, as a whole-text parse decides it.
    if (this.first && this.newline === undefined && text.length < LINE_BREAK_SAMPLE) {
      this.pending = text;
      return [];
    }
    const rows: CsvRow[] = [];
    const used = this.parse(this.started(text), false, rows);
    this.pending = this.pending.slice(used);
    return rows;
  }

  /** The last row, once the text has ended. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    const text = this.started(this.pending);
    if (text !== '') this.parse(text, true, rows);
    this.pending = '';
    return rows;
  }

  /** The text to parse next (kept as `pending`), its byte-order mark dropped and its line break decided when it is the first. */
  private started(text: string): string {
    let body = text;
    if (this.first) {
      // Papaparse drops a leading byte-order mark itself, which would shift its offsets against ours.
      if (body.startsWith('\uFEFF')) body = body.slice(1);
      this.newline ??= lineBreakOf(body);
      this.first = false;
    }
    this.pending = body;
    return body;
  }

  /** Parses `text`, returning how much of it the rows handed over took. */
  private parse(text: string, last: boolean, rows: CsvRow[]): number {
    if (this.pendingCr && text.charCodeAt(0) !== 0x0a) this.line += 1;
    this.pendingCr = false;
    let rowStart = 0;
    let countedUpTo = 0;
    const parser = new Papa.Parser({
      delimiter: this.delimiter,
      ...(this.newline !== undefined ? { newline: this.newline } : {}),
      // step hands over one row at a time with meta.cursor = the offset just after it.
      step: (result: Papa.ParseStepResult<string[]>) => {
        this.line += countLineBreaks(text, countedUpTo, rowStart);
        countedUpTo = rowStart;
        const cells = (result.data as unknown as string[][])[0] ?? [];
        // Excel shows a blank line as an empty row, so it counts; a final line break ends the last row and adds none.
        this.rowNumber += 1;
        const place = { row: this.rowNumber, line: this.line };
        for (const error of result.errors) {
          if (error.type === 'Quotes') this.onProblem({ kind: 'quotes', ...place, message: quoteMessage(place, error.code) });
        }
        if (cells.some((cell) => cell.trim() !== '')) {
          if (this.expected === null) this.expected = cells.length;
          else if (cells.length !== this.expected) this.onProblem({ kind: 'ragged', ...place, expected: this.expected, found: cells.length, message: raggedMessage(place, this.expected, cells) });
          rows.push({ ...place, cells: cells.map(detached) });
        }
        rowStart = result.meta.cursor;
      },
    });
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    // The breaks of the last row handed over, up to where the next piece goes on. A CR that ends
    // the text may be the first half of a CRLF: the next piece's first character tells.
    const endsWithCr = rowStart === text.length && text.charCodeAt(rowStart - 1) === 0x0d;
    this.line += countLineBreaks(text, countedUpTo, endsWithCr ? rowStart - 1 : rowStart);
    this.pendingCr = endsWithCr;
    return last ? text.length : result.meta.cursor;
  }
}

/** Every row of text pieces, handed to `onRow` in order. */
export function parseCsvPieces(pieces: Iterable<string>, delimiter: Delimiter, onRow: (row: CsvRow) => void, onProblem?: (problem: CsvProblem) => void): void {
  const parser = new CsvPieceParser(delimiter, onProblem);
  for (const piece of pieces) parser.push(piece).forEach(onRow);
  parser.end().forEach(onRow);
}

/** The line break papaparse would choose for the whole text, from its start. */
export type LineBreak = '\n' | '\r' | '\r\n';

function lineBreakOf(start: string): LineBreak {
  return (Papa.parse<string[]>(start.slice(0, LINE_BREAK_SAMPLE), { preview: 1 }).meta.linebreak as LineBreak | undefined) ?? '\n';
}

/**
 * A copy of a cell that holds nothing else: papaparse's cells are slices of the piece they were
 * read from, and one kept cell would keep its whole piece (megabytes) alive.
 */
function detached(cell: string): string {
  return cell.length < 13 ? cell : (cell + ' ').slice(0, -1);
}

/** Rows of the text, each with its starting line (a whole text: parseCsvPieces in one piece). */
export function parseCsv(text: string, delimiter: Delimiter): ParsedCsv {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  parseCsvPieces([text], delimiter, (row) => rows.push(row), (problem) => problems.push(problem));
  return { rows, problems };
}
