/**
 * A one-sheet XLSX workbook, written with exceljs (synchronously: workbookSync.ts). Text cells are
 * strings, so Excel never reads them as numbers, dates or formulas; numbers are numbers; an empty
 * value is an empty cell. A second sheet holds the title and what the table was made from.
 *
 * Excel holds at most 32,767 characters in a cell and repairs a file with more. Such a text is cut
 * to fit, with a visible mark at the cut saying how much is missing, and the second sheet names its
 * row and column: the export still opens, and nobody takes the cut text for the whole (the CSV and
 * JSON exports keep it whole).
 */
import ExcelJS from 'exceljs';
import { tidyNumber, type Cell, type DataTable } from './dataTable.js';
import { writeWorkbook } from './workbookSync.js';

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32767;

// XML 1.0 allows tab, newline and carriage return among the control characters, and nothing else.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// The same date in every file, so the same table gives the same bytes.
const WRITTEN = new Date('2026-01-01T00:00:00Z');

const SHEET_NAME_LIMIT = 31;

/**
 * Sheet names: at most 31 characters (Excel's limit), none of : \\ / ? * [ ]. A longer title gives
 * way to the table's short title, else it is cut at the last whole word that fits, never mid-word.
 */
export function sheetName(table: Pick<DataTable, 'title' | 'shortTitle'>): string {
  const clean = (s: string) => s.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  const title = clean(table.title);
  if (title.length <= SHEET_NAME_LIMIT) return title || 'Sheet1';
  const short = clean(table.shortTitle ?? '');
  if (short && short.length <= SHEET_NAME_LIMIT) return short;
  const words = title.split(' ');
  let name = '';
  for (const word of words) {
    const next = name ? `${name} ${word}` : word;
    if (next.length > SHEET_NAME_LIMIT) break;
    name = next;
  }
  // Words that only lead on to what was cut ("by", "of") read as a mistake at the end of a name.
  name = name.replace(/(\s+(by|of|and|per|to|the|in|for|a|an))+$/i, '');
  return name || title.slice(0, SHEET_NAME_LIMIT).trim();
}

/** A text cut to Excel's limit, with the mark saying so, never splitting a surrogate pair. */
function cutToLimit(text: string): string {
  const mark = (missing: number) => ` … [cut: ${missing.toLocaleString('en')} more characters; an Excel cell holds at most 32,767]`;
  // The mark's length depends on the count it gives: settle it (two rounds at most; a surrogate pair may leave a character spare).
  let keep = EXCEL_CELL_LIMIT - mark(text.length).length;
  for (let round = 0; round < 3; round += 1) keep = EXCEL_CELL_LIMIT - mark(text.length - keep).length;
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? '')) keep -= 1;
  return text.slice(0, keep) + mark(text.length - keep);
}

interface CutCell {
  row: number;
  column: string;
  length: number;
}

function cellValue(value: Cell): string | number | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? tidyNumber(value) : null;
  return value.replace(INVALID_XML, '');
}

export function toXlsx(table: DataTable): Uint8Array {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName(table), { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = table.columns.map((c, i) => {
    const longest = Math.max(c.label.length, ...table.rows.slice(0, 500).map((r) => String(r[i] ?? '').split('\n')[0]!.length));
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
  const header = sheet.addRow(table.columns.map((c) => cellValue(c.label)));
  header.font = { bold: true };
  const cuts: CutCell[] = [];
  table.rows.forEach((row, r) => {
    const values = row.map((cell, c) => {
      const value = cellValue(cell);
      if (typeof value !== 'string' || value.length <= EXCEL_CELL_LIMIT) return value;
      cuts.push({ row: r + 2, column: table.columns[c]?.label ?? `column ${c + 1}`, length: value.length });
      return cutToLimit(value);
    });
    const added = sheet.addRow(values);
    added.alignment = { vertical: 'top', wrapText: true };
  });
  const cutLines = cuts.map(
    (cut) => `Row ${cut.row}, column “${cut.column}”: ${cut.length.toLocaleString('en')} characters, more than the 32,767 an Excel cell holds; the cell is cut and marked where. The CSV and JSON exports hold the whole text.`,
  );
  const about = [...(table.context ?? []), ...cutLines];
  if (about.length > 0) {
    const aboutSheet = book.addWorksheet('About this table');
    aboutSheet.columns = [{ width: 100 }];
    aboutSheet.addRow([cellValue(table.title)]).font = { bold: true };
    for (const line of about) aboutSheet.addRow([cellValue(line)]);
  }
  return writeWorkbook(book, WRITTEN);
}
