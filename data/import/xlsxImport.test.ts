/**
 * .xlsx workbooks import through the CSV path's preview, mapping, check, apply and undo: the sheet
 * chosen (the first that holds anything, or by name or number), merged header cells, dates, formula
 * results, rich text and hyperlinks as text, the sheet's own row numbers; and what cannot be read
 * (encrypted, .xls, a zip that is no workbook, a damaged zip, a sheet that is not there, too large)
 * is refused in one sentence. The workbook is written part by part (handMadeWorkbook.ts), not by exceljs.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/support/scratchStore.js';
import { handMadeWorkbook } from './handMadeWorkbook.js';
import { MAX_WORKBOOK_MEGABYTES, MAX_WORKBOOK_UNPACKED_MEGABYTES, readWorkbookBytes } from './xlsxRows.js';

const { api } = storePerTest('xlsx');
const file = (bytes: Uint8Array, name = 'cursos.xlsx') => ({ name, contentBase64: Buffer.from(bytes).toString('base64') });
const failure = (bytes: Uint8Array, extra: Record<string, unknown> = {}) => {
  const result = api.raw('import.check', { file: file(bytes), ...extra });
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
};

describe('a workbook', () => {
  it('previews its first sheet that holds anything, says which, and lists the others', () => {
    const preview = api.value('import.preview', { file: file(handMadeWorkbook()) });
    expect(preview.workbook).toEqual({ sheet: 'Cursos', sheets: ['Portada', 'Cursos', 'Otros'] });
    expect(preview.headers).toEqual(['Curso', 'Horas', '', 'Inicio', 'Código']);
    expect(preview.notes).toContain('Read sheet “Cursos” of 3 (1 “Portada”, 2 “Cursos”, 3 “Otros”); “Portada” is empty. Choose another sheet by its name or number (on the command line: --sheet).');
    // Merged header B1:C1 names column B only; merged data E6:F6 holds its value in E6 only.
    expect(preview.notes).toContain('The header “Horas” is a merged cell across columns B to C (B1): its text names column B, and column C has no header of its own.');
    expect(preview.notes).toContain('Dates in “Inicio” are read as ISO dates (2024-03-05, or 2024-03-05T14:30 with a time).');
    // Rows keep the sheet's numbers (row 5 is blank); formula results, rich text and hyperlinks read as text.
    expect(preview.sample).toEqual([
      { row: 2, line: 2, cells: ['Mecánica básica', '120', '', '2024-03-05', 'MEC01'] },
      { row: 3, line: 3, cells: ['Electromovilidad', '60', '', '2024-03-06', 'ELE02'] },
      { row: 4, line: 4, cells: ['Diagnosis', '40.5', '', '2024-03-05T14:30', 'DIA03'] },
      { row: 6, line: 6, cells: ['Soldadura', '30', '', '2024-04-18', 'SOL06'] },
    ]);
  });

  it('reads the sheet named, by name or number, and lists the sheets when the one named is not there', () => {
    expect(api.value('import.preview', { file: file(handMadeWorkbook()), sheet: 'Otros' }).sample).toEqual([{ row: 2, line: 2, cells: ['Other table', 'Other table'] }]);
    expect(api.value('import.preview', { file: file(handMadeWorkbook()), sheet: '3' }).workbook?.sheet).toBe('Otros');
    expect(failure(handMadeWorkbook(), { sheet: 'Hoja1' })).toBe('The workbook has no sheet “Hoja1”. Its sheets are: 1 “Portada”, 2 “Cursos”, 3 “Otros”. Choose one by its name or number (on the command line: --sheet).');
    expect(failure(handMadeWorkbook(), { sheet: 'Portada' })).toMatch(/^Sheet “Portada” holds no cells with values/);
  });

  it('imports through the same check, mapping, constants and undo as CSV, and again changes nothing', () => {
    const input = { file: file(handMadeWorkbook()), constants: { country: 'España' }, mapping: { Código: 'code' } };
    const check = api.value('import.check', input);
    expect(check.counts).toEqual({ new: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(check.workbook?.sheet).toBe('Cursos');
    expect(api.value('import.run', { ...input, dryRun: false }).committed).toBe(true);
    const rows = api.value('practices.list', { limit: 100 }).rows;
    expect(rows.map((r) => [r.name, r.hours, r.code, r.country]).sort()).toEqual([
      ['Diagnosis', 40.5, 'DIA03', 'Spain'],
      ['Electromovilidad', 60, 'ELE02', 'Spain'],
      ['Mecánica básica', 120, 'MEC01', 'Spain'],
      ['Soldadura', 30, 'SOL06', 'Spain'],
    ]);
    expect(api.value('import.run', { ...input, dryRun: false }).counts).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0 });
    api.value('history.undo', {});
    expect(api.value('practices.list', { limit: 100 }).rows).toHaveLength(0);
  });

  it('names the sheet’s own row in a rejected row', () => {
    const result = api.value('import.check', { file: file(handMadeWorkbook()), mapping: { Inicio: 'hours' }, constants: { country: 'Spain' } });
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(result.rejected[3]).toMatchObject({ row: 6, line: 6, reason: 'Column "Inicio": "2024-04-18" is not a number.' });
    expect(result.rejectedCsv.split('\r\n')[4]).toMatch(/^6;6;/);
  });

  it('is told by its content, whatever its name', () => {
    expect(api.value('import.preview', { file: file(handMadeWorkbook(), 'cursos.csv') }).workbook?.sheet).toBe('Cursos');
  });
});

describe('what cannot be read is refused in one sentence', () => {
  const compound = (name: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(strToU8(name).reduce<number[]>((all, b) => [...all, b, 0], []), 1024);
    return bytes;
  };

  it('an encrypted (password) workbook, an old .xls', () => {
    expect(failure(compound('EncryptedPackage'))).toMatch(/^This workbook is protected with a password \(encrypted\), so its cells cannot be read\./);
    expect(failure(compound('Workbook'))).toMatch(/^This is an old Excel workbook \(\.xls, the binary format before 2007\), which the import does not read\. In Excel, open it and use File > Save As/);
  });

  it('a zip that is no workbook, a Word document, a damaged zip', () => {
    expect(failure(zipSync({ 'notes.txt': strToU8('hello') }))).toBe('This is a zip file but not an Excel workbook (.xlsx): it holds no workbook part (xl/workbook.xml). Import an .xlsx workbook or a CSV file.');
    expect(failure(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toMatch(/^This is a Word document \(\.docx\), not a workbook\./);
    expect(failure(handMadeWorkbook().subarray(0, 900))).toMatch(/^This file starts like a zip \(an \.xlsx workbook is one\) but cannot be unpacked: it is damaged or cut short/);
  });

  it('a workbook over the size limit or unpacking past it, and a sheet named for a CSV file', () => {
    const large = new Uint8Array(MAX_WORKBOOK_MEGABYTES * 1024 * 1024 + 1);
    large.set([0x50, 0x4b, 0x03, 0x04]);
    expect(() => readWorkbookBytes(large)).toThrow(`The workbook is larger than ${MAX_WORKBOOK_MEGABYTES} MB, the most the import reads from an .xlsx file.`);
    // A sheet that unpacks past the limit (a zip bomb, or just a very large sheet) is refused before it is inflated.
    const sheet = new Uint8Array(MAX_WORKBOOK_UNPACKED_MEGABYTES * 1024 * 1024 + 1).fill(0x20);
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': sheet }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readWorkbookBytes(bomb)).toThrow(`The workbook's sheets unpack to more than ${MAX_WORKBOOK_UNPACKED_MEGABYTES} MB, the most the import reads from an .xlsx file.`);
    expect(failure(strToU8('name,country\nA,Spain\n'), { sheet: 'Data' })).toBe('A sheet was named (“Data”), but this file is CSV text, which has no sheets. Leave the sheet out, or choose the .xlsx workbook.');
  });
});
