import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { DIMENSION_IDS } from '../domain/domain.js';
import { openSeededStore, seedPractices } from '../seed/seed.js';
import { CSV_PRESETS, neutraliseFormula, toCsv } from './csv.js';
import type { DataTable } from './dataTable.js';
import { toHtml, toMarkdown } from './markup.js';
import { toXlsx } from './xlsx.js';

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
  const files = unzipSync(toXlsx(table));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);

  it('is a workbook with one sheet, a bold frozen header row', () => {
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Test practices"');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Name</t></is></c>');
    expect(sheet).toContain('state="frozen"');
  });

  it('writes text cells as text (never numbers or formulas) and numbers as numbers', () => {
    expect(sheet).toContain('<c r="A5" t="inlineStr" s="2"><is><t xml:space="preserve">00123</t></is></c>');
    expect(sheet).toContain('<c r="C3" t="inlineStr" s="2"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t></is></c>');
    expect(sheet).toContain('<c r="B2" s="2"><v>82.5</v></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toMatch(/r="B3"/); // an empty value stays empty, never 0
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
  const tmp = tempDir();
  const store = openSeededStore(tmp.file('seed.acmap'));
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });

  it('reproduces D3.2 §1.4 cell by cell: every practice with narratives, in practice-number order', () => {
    const file = client(store).value('analysis.export', {
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
    const api = client(store);
    const title = () => api.value('analysis.export', { view: 'agreement', input: {}, format: 'md' }).content.split('\n')[0];
    // The seed's reading is not one of the raters compared by default.
    expect(title()).toBe('**Agreement between raters (fewer than two raters to compare)**');
    const id = 'es-p01-fpcat-upc-electromobility-mcs';
    for (const name of ['Ana', 'Ben']) api.value('scores.set', { practiceId: id, dimension: 'governance', raterId: api.value('raters.create', { name }).id, value: 2 });
    expect(title()).toBe('**Agreement between Ana, Ben**');
  });
});
