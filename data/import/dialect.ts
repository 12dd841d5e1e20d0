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

/**
 * Rows of the text, each with its starting line. Rows with a different number of cells than the
 * header are kept as they are and reported: padding them would hide a shifted column.
 */
export function parseCsv(text: string, delimiter: Delimiter): ParsedCsv {
  // Papaparse drops a leading byte-order mark itself, which would shift its offsets against ours.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let rowStart = 0;
  let countedUpTo = 0;
  let line = 1;
  let rowNumber = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    // step hands over one row at a time with meta.cursor = the offset just after it.
    step: (result) => {
      line += countLineBreaks(body, countedUpTo, rowStart);
      countedUpTo = rowStart;
      const cells = result.data;
      // Excel shows a blank line as an empty row, so it counts; a final line break ends the last row and adds none.
      rowNumber += 1;
      const place = { row: rowNumber, line };
      for (const error of result.errors) {
        if (error.type === 'Quotes') problems.push({ kind: 'quotes', ...place, message: quoteMessage(place, error.code) });
      }
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ ...place, cells });
      rowStart = result.meta.cursor;
    },
  });
  const expected = rows[0]?.cells.length ?? 0;
  for (const row of rows.slice(1)) {
    if (row.cells.length !== expected) {
      problems.push({ kind: 'ragged', row: row.row, line: row.line, expected, found: row.cells.length, message: raggedMessage(row, expected, row.cells) });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}
