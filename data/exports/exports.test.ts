import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';
import { DIMENSION_IDS } from '../domain/domain.js';
import { openSeededStore, seedPractices } from '../seed/seed.js';
import { CSV_PRESETS, neutraliseFormula, toCsv } from './csv.js';
import type { DataTable } from './dataTable.js';
import { toHtml, toMarkdown } from './markup.js';
import { EXCEL_CELL_LIMIT, toXlsx } from './xlsx.js';

const table: DataTable = {
  title: 'Test: practices',
  columns: [
    { label: 'Name', kind: 'text' },
    { label: 'Hours', kind: 'number' },
    { label: 'Note', kind: 'text' },
  ],
  rows: [
    ['Catálogo; Mecatrónica', 82.5, 'He said "yes"\nand left'],
    ['Sähköauton huolto', null, '=HYPERLINK("http://x")'],
    ['-1', -1, '+34 600 000 000'],
    ['00123', 1234567.25, '@SUM(A1) | pipe'],
  ],
};

describe('CSV', () => {
  it('writes RFC 4180: commas, quotes doubled, quoted newlines, decimal point, CRLF, no BOM', () => {
    const csv = toCsv(table, CSV_PRESETS.standard);
    expect(csv.startsWith('Name,Hours,Note\r\n')).toBe(true);
    expect(csv).toContain('Catálogo; Mecatrónica,82.5,"He said ""yes""\nand left"\r\n');
    expect(csv).toContain('00123,1234567.25,');
  });

  it('writes Excel (Europe): byte-order mark, semicolons, decimal comma', () => {
    const csv = toCsv(table, CSV_PRESETS['excel-europe']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"Catálogo; Mecatrónica";82,5;');
    expect(csv).toContain('00123;1234567,25;');
  });

  it('neutralises cells Excel would run as formulas, and leaves numbers such as -1 alone', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula('+34 600 000 000')).toBe("'+34 600 000 000");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tcmd')).toBe("'\tcmd");
    expect(neutraliseFormula('-1')).toBe('-1');
    expect(neutraliseFormula('-82,5')).toBe('-82,5');
    expect(neutraliseFormula('Plain text')).toBe('Plain text');
    const csv = toCsv(table, CSV_PRESETS.standard);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('-1,-1,');
  });

  it('reads back with a CSV parser to the same cells (formula mark aside)', () => {
    const parsed = Papa.parse<string[]>(toCsv(table, CSV_PRESETS['excel-europe']).slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(['Catálogo; Mecatrónica', '82,5', 'He said "yes"\nand left']);
    expect(parsed[2]).toEqual(['Sähköauton huolto', '', '\'=HYPERLINK("http://x")']);
  });
});

describe('XLSX', () => {
  // Read back with exceljs's own (asynchronous) reader, not the import's, so the file is judged by another reader.
  const load = async (bytes: Uint8Array) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return book;
  };

  it('is a workbook with one sheet, named within 31 characters, a bold frozen header row', async () => {
    const book = await load(toXlsx(table));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Test practices']);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Hours', 'Note']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(unzipSync(toXlsx(table))['xl/worksheets/sheet1.xml']).toBeDefined();
  });

  it('writes text cells as text (never numbers or formulas) and numbers as numbers; an empty value stays empty', async () => {
    const sheet = (await load(toXlsx(table))).worksheets[0]!;
    expect(sheet.getCell('A5').value).toBe('00123');
    expect(sheet.getCell('C3').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').value).toBe('-1');
    expect(sheet.getCell('B2').value).toBe(82.5);
    expect(sheet.getCell('B5').value).toBe(1234567.25);
    expect(sheet.getCell('C2').value).toBe('He said "yes"\nand left');
    expect(sheet.getCell('B3').value).toBeNull();
    expect(strFromU8(unzipSync(toXlsx(table))['xl/worksheets/sheet1.xml']!)).not.toContain('<f>');
  });

  it('puts the title and context on a second sheet', async () => {
    const book = await load(toXlsx({ ...table, context: ['Filter: country Spain'] }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Test practices', 'About this table']);
    expect(book.worksheets[1]!.getColumn(1).values).toEqual([undefined, 'Test: practices', 'Filter: country Spain']);
  });

  it('cuts a text longer than an Excel cell holds (32,767), marks the cut, and names its row and column', async () => {
    const long = 'é'.repeat(40000);
    const bytes = toXlsx({ ...table, rows: [['Long', 1, long]] });
    const book = await load(bytes);
    const cell = String(book.worksheets[0]!.getCell('C2').value);
    expect(cell.length).toBe(EXCEL_CELL_LIMIT);
    expect(cell).toMatch(/é … \[cut: 7,\d{3} more characters; an Excel cell holds at most 32,767\]$/);
    const kept = cell.indexOf(' … [cut');
    expect(long.startsWith(cell.slice(0, kept))).toBe(true);
    expect(kept + Number(/cut: ([\d,]+)/.exec(cell)![1]!.replace(',', ''))).toBe(40000);
    expect(book.worksheets[1]!.getCell('A2').value).toBe(
      'Row 2, column “Note”: 40,000 characters, more than the 32,767 an Excel cell holds; the cell is cut and marked where. The CSV and JSON exports hold the whole text.',
    );
  });
});

describe('Markdown and HTML', () => {
  it('escape pipes and markup and keep line breaks', () => {
    const md = toMarkdown(table);
    expect(md).toContain('| Name | Hours | Note |\n|---|---:|---|');
    expect(md).toContain('@SUM(A1) \\| pipe');
    expect(md).toContain('He said "yes"<br>and left');
    const html = toHtml({ ...table, rows: [['<script>alert(1)</script>', 1, 'a\nb']] });
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<td style="text-align:right">1</td><td>a<br>b</td>');
  });
});

describe('the comparison export from the seed', () => {
  const { api } = storeForFile('seed.acmap', openSeededStore);

  it('reproduces D3.2 §1.4 cell by cell: every practice with narratives, in practice-number order', () => {
    const file = api.value('analysis.export', {
      view: 'compare',
      input: { filter: { withNarratives: true }, sort: { field: 'practiceNumber', desc: false } },
      cells: 'narrative',
      format: 'csv',
    });
    const [header, ...rows] = Papa.parse<string[]>(file.content, { skipEmptyLines: true }).data;
    expect(header).toEqual(['Practice', 'Country', 'Governance', 'Pedagogy', 'Assessment', 'Quality assurance', 'Financial sustainability']);
    const expected = seedPractices()
      .filter((p) => Object.keys(p.narratives).length > 0)
      .sort((a, b) => (a.practiceNumber ?? 99) - (b.practiceNumber ?? 99));
    expect(rows).toHaveLength(expected.length);
    expect(expected.length).toBe(18);
    rows.forEach((row, i) => {
      const p = expected[i]!;
      expect(row).toEqual([p.name, p.country, ...DIMENSION_IDS.map((d) => neutraliseFormula(p.narratives[d] ?? ''))]);
    });
  });

  it('titles the agreement table by its raters, and says so when there are fewer than two to compare', () => {
    const title = () => api.value('analysis.export', { view: 'agreement', input: {}, format: 'md' }).content.split('\n')[0];
    // The seed's reading is not one of the raters compared by default.
    expect(title()).toBe('**Agreement between raters (fewer than two raters to compare)**');
    const id = 'es-p01-fpcat-upc-electromobility-mcs';
    for (const name of ['Ana', 'Ben']) api.value('scores.set', { practiceId: id, dimension: 'governance', raterId: api.value('raters.create', { name }).id, value: 2 });
    expect(title()).toBe('**Agreement between Ana, Ben**');
  });
});
