/**
 * From the bytes of an .xlsx workbook to the same header row and data rows a CSV file gives
 * (readFile.ts), read with exceljs, so the mapping, check, apply and undo are the CSV path's own.
 * Cells become the text a CSV export of the sheet would hold: numbers as plain numbers with a
 * decimal point, dates as ISO dates, rich text, hyperlinks and formulas as their text or result.
 * Rows keep the sheet's own numbers, so "row 12" is row 12 in Excel.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { ApiFailure } from '../domain/envelope.js';
import { openWorkbookParts, type WorkbookParts } from '../exports/workbookSync.js';
import type { CsvRow } from './dialect.js';
import { foldForMatching } from './fold.js';
import type { WorkbookSheets } from './model.js';
import { firstRowLooksLikeData, type CsvFile } from './readFile.js';

/** A workbook file at most this large is read (images and other parts are never unpacked). */
export const MAX_WORKBOOK_MEGABYTES = 50;
/**
 * What the parts read (sheets, shared strings, styles) may unpack to, checked before they are
 * inflated (a zip bomb is refused unopened). exceljs holds a sheet's cells as objects, about 20
 * times the sheet's XML: a sheet of 100,000 rows by 8 columns (6 MB zipped, 45 MB unpacked) took
 * 970 MB, so this keeps a workbook read under about 1 GB; larger sheets go as CSV, read in bounded memory.
 */
export const MAX_WORKBOOK_UNPACKED_MEGABYTES = 50;

/** A sheet read as a CSV file is, with the sheet it is and the workbook's sheets. */
export type WorkbookFile = CsvFile & { workbook: WorkbookSheets };

export interface WorkbookReadOptions {
  /** The sheet's name, or its number from 1; leave out for the first sheet that holds anything. */
  sheet?: string;
  /** As for CSV: true, the first row names the columns; false, it is data; absent, guessed. */
  headerRow?: boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND_DOCUMENT = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether the bytes are a zip or an Office compound document: what a workbook is, whatever the file's name. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP) || startsWith(bytes, COMPOUND_DOCUMENT);
}

const SAVE_AS_XLSX = 'In Excel, open it and use File > Save As > "Excel Workbook (.xlsx)" (or "CSV UTF-8"), then import that file.';

const holdsName = (bytes: Uint8Array, name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));

/** An Office compound document: an encrypted .xlsx (Excel wraps those in one) or an old binary .xls. */
function compoundDocumentReason(bytes: Uint8Array): string {
  if (holdsName(bytes, 'EncryptedPackage')) {
    return 'This workbook is protected with a password (encrypted), so its cells cannot be read. In Excel, open it, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save it, and import it again.';
  }
  if (holdsName(bytes, 'Workbook') || holdsName(bytes, 'Book')) return `This is an old Excel workbook (.xls, the binary format before 2007), which the import does not read. ${SAVE_AS_XLSX}`;
  return `This is an Office document in the old binary format (not an .xlsx workbook or CSV). ${SAVE_AS_XLSX}`;
}

/** Why a zip that is not an .xlsx workbook cannot be imported, from the parts it holds. */
function otherZipReason(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.bin')) return `This is an Excel binary workbook (.xlsb), which the import does not read. ${SAVE_AS_XLSX}`;
  if (names.has('mimetype') && names.has('content.xml')) return 'This is an OpenDocument file (.ods), not an .xlsx workbook. In LibreOffice, use File > Save As > "Excel 2007-365 (.xlsx)" and import that file.';
  if (names.has('word/document.xml')) return 'This is a Word document (.docx), not a workbook. Import a sheet (.xlsx or CSV) instead.';
  if (names.has('ppt/presentation.xml')) return 'This is a PowerPoint presentation, not a workbook. Import a sheet (.xlsx or CSV) instead.';
  return 'This is a zip file but not an Excel workbook (.xlsx): it holds no workbook part (xl/workbook.xml). Import an .xlsx workbook or a CSV file.';
}

/** The parts exceljs needs to read cells; drawings, images, comments and the like are never inflated. */
const NEEDED_PART = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/(_rels\/)?[^/]+\.xml(\.rels)?)$/;

function unzipWorkbook(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length > MAX_WORKBOOK_MEGABYTES * 1024 * 1024) {
    throw new ApiFailure('invalid_input', `The workbook is larger than ${MAX_WORKBOOK_MEGABYTES} MB, the most the import reads from an .xlsx file. Save the sheet as CSV (which the import reads up to its own limit) or split it into smaller workbooks.`);
  }
  const names = new Set<string>();
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        names.add(entry.name);
        if (!NEEDED_PART.test(entry.name)) return false;
        unpacked += entry.originalSize;
        if (unpacked > MAX_WORKBOOK_UNPACKED_MEGABYTES * 1024 * 1024) {
          throw new ApiFailure('invalid_input', `The workbook's sheets unpack to more than ${MAX_WORKBOOK_UNPACKED_MEGABYTES} MB, the most the import reads from an .xlsx file. Save the sheet as CSV (read in bounded memory up to the import's own limit) or split it into smaller workbooks.`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('invalid_input', `This file starts like a zip (an .xlsx workbook is one) but cannot be unpacked: it is damaged or cut short (${(error as Error).message}). Save it again from Excel and import the new file.`);
  }
  if (!files['xl/workbook.xml']) throw new ApiFailure('invalid_input', otherZipReason(names));
  return files;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An Excel date as ISO 8601: 2024-03-05, or 2024-03-05T14:30 (seconds where it has them). exceljs gives dates in UTC. */
export function isoDate(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = Math.round(date.getTime() / 1000) % 86400;
  if (seconds === 0) return day;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return date.getUTCSeconds() === 0 ? `${day}T${time}` : `${day}T${time}:${pad(date.getUTCSeconds())}`;
}

/** A number as the CSV path reads it: decimal point, no grouping, at Excel's 15 significant digits (0.1+0.2 is 0.3, as Excel shows it). */
export const numberText = (value: number): string => String(Number(value.toPrecision(15)));

type CellText = { text: string; date?: true; noResult?: true };

/** What a cell holds, as text. */
function cellText(value: ExcelJS.CellValue | undefined): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: numberText(value) };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: isoDate(value), date: true };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return { text: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { text: '', noResult: true } : cellText(result);
  }
  return { text: '' };
}

/** Where the cells of a row are read, and what the reading noticed. */
interface SheetReading {
  rows: CsvRow[];
  dateColumns: Set<number>;
  noResult: string[];
  /** Merged ranges that start in a row, by row number: [first column, last column] (0-based), top-left address. */
  merges: Map<number, { from: number; to: number; address: string }[]>;
}

const columnLetters = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

function readSheet(sheet: ExcelJS.Worksheet): SheetReading {
  const reading: SheetReading = { rows: [], dateColumns: new Set(), noResult: [], merges: new Map() };
  const merged = (sheet as unknown as { _merges: Record<string, { model: { top: number; left: number; right: number } }> })._merges;
  for (const [address, range] of Object.entries(merged)) {
    const { top, left, right } = range.model;
    reading.merges.set(top, [...(reading.merges.get(top) ?? []), { from: left - 1, to: right - 1, address }]);
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged range holds its value in its top-left cell only; exceljs repeats it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const read = cellText(cell.value);
      cells[columnNumber - 1] = read.text;
      if (read.date) reading.dateColumns.add(columnNumber - 1);
      if (read.noResult) reading.noResult.push(cell.address);
    });
    const filled = Array.from(cells, (cell) => cell ?? '');
    if (filled.some((cell) => cell.trim() !== '')) reading.rows.push({ row: rowNumber, line: rowNumber, cells: filled });
  });
  return reading;
}

const quotedList = (names: readonly string[]) => names.map((name, i) => `${i + 1} “${name}”`).join(', ');

function chooseSheet(parts: WorkbookParts, wanted: string | undefined): { index: number; sheet: ExcelJS.Worksheet; reading: SheetReading; skipped: string[] } {
  const names = parts.sheets.map((s) => s.name);
  const readable = (index: number) => {
    if (!parts.sheets[index]?.path) throw new ApiFailure('invalid_input', `Sheet “${names[index]}” is a chart sheet, not a sheet of cells. The workbook's sheets are: ${quotedList(names)}.`);
    const sheet = parts.sheet(index);
    return { index, sheet, reading: readSheet(sheet) };
  };
  if (wanted !== undefined) {
    const trimmed = wanted.trim();
    const byNumber = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) - 1 : -1;
    const byName = names.findIndex((name) => name === trimmed);
    const index = byName >= 0 ? byName : byNumber >= 0 && byNumber < names.length ? byNumber : names.findIndex((name) => foldForMatching(name) === foldForMatching(trimmed));
    if (index < 0) throw new ApiFailure('invalid_input', `The workbook has no sheet “${wanted}”. Its sheets are: ${quotedList(names)}. Choose one by its name or number (on the command line: --sheet).`);
    return { ...readable(index), skipped: [] };
  }
  const skipped: string[] = [];
  // The first visible sheet that holds anything; hidden sheets only when no visible one does.
  const order = names.map((_, i) => i).sort((a, b) => Number(parts.sheets[a]!.state !== 'visible') - Number(parts.sheets[b]!.state !== 'visible'));
  for (const index of order) {
    if (!parts.sheets[index]!.path) continue;
    const candidate = readable(index);
    if (candidate.reading.rows.length > 0) return { ...candidate, skipped };
    skipped.push(names[index]!);
  }
  throw new ApiFailure('invalid_input', `The workbook's sheets hold no cells with values: there is nothing to import. Its sheets are: ${quotedList(names)}.`);
}

/** The header row's merged cells: each gives its text to its first column, and the others have none. */
function mergedHeaderNotes(reading: SheetReading, headerRow: CsvRow, headers: readonly string[]): string[] {
  return (reading.merges.get(headerRow.row) ?? [])
    .filter((m) => m.to > m.from)
    .sort((a, b) => a.from - b.from)
    .map((m) => {
      const rest = Array.from({ length: m.to - m.from }, (_, i) => columnLetters(m.from + 1 + i));
      return `The header “${headers[m.from] ?? ''}” is a merged cell across columns ${columnLetters(m.from)} to ${columnLetters(m.to)} (${m.address}): its text names column ${columnLetters(m.from)}, and column${rest.length === 1 ? '' : 's'} ${rest.join(', ')} ${rest.length === 1 ? 'has' : 'have'} no header of ${rest.length === 1 ? 'its' : 'their'} own.`;
    });
}

export function readWorkbookBytes(bytes: Uint8Array, options: WorkbookReadOptions = {}): WorkbookFile {
  if (startsWith(bytes, COMPOUND_DOCUMENT)) throw new ApiFailure('invalid_input', compoundDocumentReason(bytes));
  const files = unzipWorkbook(bytes);
  let parts: WorkbookParts;
  try {
    parts = openWorkbookParts(files);
  } catch (error) {
    throw new ApiFailure('invalid_input', `This workbook cannot be read: ${(error as Error).message} Save it again from Excel and import the new file.`);
  }
  const names = parts.sheets.map((s) => s.name);
  if (names.length === 0) throw new ApiFailure('invalid_input', 'This workbook has no sheets: there is nothing to import.');
  const { sheet, reading, skipped } = chooseSheet(parts, options.sheet);
  const [first, ...rest] = reading.rows;
  if (!first) throw new ApiFailure('invalid_input', `Sheet “${sheet.name}” holds no cells with values: there is nothing to import. The workbook's sheets are: ${quotedList(names)}.`);
  const width = Math.max(...reading.rows.map((r) => r.cells.length));
  const rows = reading.rows.map((r) => (r.cells.length === width ? r : { ...r, cells: [...r.cells, ...Array.from({ length: width - r.cells.length }, () => '')] }));
  const headerRow = options.headerRow ?? !firstRowLooksLikeData(first, rest);
  const headers = headerRow ? rows[0]!.cells.map((h) => h.trim()) : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const sheetNote =
    names.length === 1
      ? `Read sheet “${sheet.name}”, the workbook's only sheet.`
      : `Read sheet “${sheet.name}” of ${names.length} (${quotedList(names)})${skipped.length > 0 ? `; ${skipped.map((s) => `“${s}”`).join(', ')} ${skipped.length === 1 ? 'is' : 'are'} empty` : ''}. Choose another sheet by its name or number (on the command line: --sheet).`;
  const readingNotes = [sheetNote];
  if (options.headerRow === undefined && !headerRow) {
    readingNotes.push('The first row looks like data, not column headers (no cell names a field, and its values are shaped like those below): it is read as data, and the columns are "Column 1", "Column 2", ... Say that the sheet has a header row if it has one.');
  }
  if (headerRow) readingNotes.push(...mergedHeaderNotes(reading, rows[0]!, headers));
  const dates = [...reading.dateColumns].sort((a, b) => a - b);
  if (dates.length > 0) {
    const columns = dates.map((c) => (headerRow && headers[c] ? `“${headers[c]}”` : `column ${columnLetters(c)}`));
    readingNotes.push(`Dates in ${columns.join(', ')} are read as ISO dates (2024-03-05, or 2024-03-05T14:30 with a time).`);
  }
  if (reading.noResult.length > 0) {
    const shown = reading.noResult.slice(0, 10).join(', ');
    readingNotes.push(`${reading.noResult.length} formula ${reading.noResult.length === 1 ? 'cell has' : 'cells have'} no stored result (${shown}${reading.noResult.length > 10 ? ', …' : ''}) and ${reading.noResult.length === 1 ? 'is' : 'are'} read as empty: open the workbook in Excel and save it, so the results are stored.`);
  }
  return {
    encoding: 'utf-8',
    // Numbers are written with a decimal point, which is what a comma-delimited file implies.
    delimiter: ',',
    headers,
    headerRow,
    rows: headerRow ? rows.slice(1) : rows,
    problems: [],
    readingNotes,
    workbook: { sheet: sheet.name, sheets: names },
  };
}
