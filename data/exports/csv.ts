/**
 * CSV that survives Excel: RFC 4180 quoting, the "Excel (Europe)" preset (UTF-8 with byte-order
 * mark, ";" and decimal comma), and neutralised formula cells (CSV injection).
 */
import { tidyNumber, type Cell, type DataTable, type TableColumn } from './dataTable.js';

export interface CsvDialect {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  byteOrderMark: boolean;
}

export const CSV_PRESETS = {
  /** RFC 4180: UTF-8, comma, decimal point. */
  standard: { delimiter: ',', decimal: '.', byteOrderMark: false },
  /** What Excel in Spain, Portugal and Finland opens directly: BOM, semicolon, decimal comma. */
  'excel-europe': { delimiter: ';', decimal: ',', byteOrderMark: true },
} as const satisfies Record<string, CsvDialect>;

/** The mark put before a text cell Excel would run as a formula; import removes it again. */
export const FORMULA_GUARD = "'";
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Text starting with = + - @ tab or CR is a formula to Excel; plain numbers such as -1 are left alone.
 * A text that already starts with marks before such a start ("'=1") gets one more, because the
 * import removes one mark from exactly these texts: otherwise "'=1" would come back as "=1".
 */
export function neutraliseFormula(text: string): string {
  const afterMarks = text.replace(/^'+/, '');
  if (!/^[=+\-@\t\r]/.test(afterMarks)) return text;
  if (PLAIN_NUMBER.test(afterMarks.trim())) return text;
  return FORMULA_GUARD + text;
}

export function formatNumber(value: number, decimal: '.' | ','): string {
  const text = String(tidyNumber(value));
  return decimal === ',' ? text.replace('.', ',') : text;
}

function field(cell: Cell, dialect: CsvDialect): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? formatNumber(cell, dialect.decimal) : neutraliseFormula(cell);
  return /["\r\n]/.test(text) || text.includes(dialect.delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text handed on per write: a few hundred rows, so a large export never holds its cells or lines at once. */
const CHUNK_CHARS = 1 << 16;

/**
 * The CSV of a table whose rows come one at a time (from a query as it runs), handed to `write` in
 * chunks: the header, then each row, each line ended by CRLF.
 */
export function writeCsv(columns: readonly TableColumn[], rows: Iterable<readonly Cell[]>, dialect: CsvDialect, write: (chunk: string) => void): void {
  let chunk = (dialect.byteOrderMark ? '\uFEFF' : '') + columns.map((c) => field(c.label, dialect)).join(dialect.delimiter) + '\r\n';
  for (const row of rows) {
    chunk += row.map((cell) => field(cell, dialect)).join(dialect.delimiter) + '\r\n';
    if (chunk.length >= CHUNK_CHARS) {
      write(chunk);
      chunk = '';
    }
  }
  write(chunk);
}

export function toCsv(table: DataTable, dialect: CsvDialect): string {
  const chunks: string[] = [];
  writeCsv(table.columns, table.rows, dialect, (chunk) => chunks.push(chunk));
  return chunks.join('');
}
