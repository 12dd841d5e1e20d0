/**
 * Word exports read back with independent readers (test/support/docxReader.ts: mammoth and the
 * package's XML through fflate): every table view's cells equal the view's own table cell by cell
 * (numbers with the locale's decimal mark), header rows repeat, wide tables turn landscape, captions
 * say the filter, gap charts are images (PNG with an SVG beside it), case studies follow the
 * template's order, and a report pack holds its title page, the dataset's version and its parts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { readDocx } from '../../test/support/docxReader.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { CASE_STUDY_SECTIONS } from '../domain/caseStudy.js';
import { formatNumber } from '../exports/docx/numbers.js';
import { openSeededStore } from '../seed/seed.js';
import type { Store } from '../store/store.js';
import type { OperationInput } from '../contract/contract.js';
import { viewTable, type TableViewRequest } from './viewRequest.js';
import { scoresTableOf } from './caseStudyDocx.js';
import { practiceForViewer } from '../practices/index.js';
import { exportInputSchema, reportTableSchema } from './schemas.js';

const tmp = tempDir();
let store: Store;
let api: ReturnType<typeof client>;
const ATEC = 'pt-cs-atec-ev-hv-learning-pathway';
const SFS = 'fi-p05-sfs6002-electrical-safety-training';

beforeAll(() => {
  store = openSeededStore(tmp.file('seed.acmap'));
  api = client(store);
  // A second rater beside the seed's reading, so the agreement table has figures.
  const ana = api.value('raters.create', { name: 'Ana', team: 'Madrid' }).id;
  for (const [practiceId, value] of [[SFS, 2], [ATEC, 3], ['es-p01-fpcat-upc-electromobility-mcs', 1]] as const) {
    api.value('scores.set', { practiceId, dimension: 'governance', raterId: ana, value, evidence: 'Read by Ana' });
    api.value('scores.set', { practiceId, dimension: 'assessment', raterId: ana, value: 2, evidence: null });
  }
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

async function exported(input: OperationInput<'analysis.export'>) {
  const file = api.value('analysis.export', input);
  expect(file.fileName).toMatch(/\.docx$/);
  expect(file.encoding).toBe('base64');
  return readDocx(Buffer.from(file.content, 'base64'));
}

const TABLE_VIEWS: { request: TableViewRequest; filterWords: string }[] = [
  { request: { view: 'compare', input: { filter: { caseStudy: true } }, cells: 'both' } as TableViewRequest, filterWords: 'Filter: Case study: yes' },
  { request: { view: 'gaps', input: { filter: {}, groupBy: 'countryGroup' } }, filterWords: 'All practices' },
  { request: { view: 'stats', input: { filter: { countryGroup: ['Spain', 'Portugal'] }, groupBy: ['countryGroup'], measures: ['hours', 'score.governance'] } } as TableViewRequest, filterWords: 'Filter: Country group: Spain or Portugal; grouped by country group' },
  { request: { view: 'coverage', input: { filter: {} } }, filterWords: 'All practices' },
  { request: { view: 'agreement', input: { filter: {} } } as TableViewRequest, filterWords: 'All practices' },
  { request: { view: 'euElements', input: { filter: {} } }, filterWords: 'All practices' },
];

describe('a table view as a Word table', () => {
  for (const { request, filterWords } of TABLE_VIEWS) {
    it(`${request.view}: every cell as the view has it, in the locale's numbers, header repeated, caption with the filter`, async () => {
      const input = exportInputSchema.parse({ ...request, format: 'docx', locale: 'es-ES' });
      const doc = await exported(input as OperationInput<'analysis.export'>);
      const { view, format: _f, locale: _l, ...rest } = input as typeof input & { locale: string };
      const { table } = viewTable(store.db, { view, ...rest } as TableViewRequest);
      const expected = [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? formatNumber(v, 'es-ES') : v)))];
      expect(doc.tables[0]).toEqual(expected);
      expect(table.rows.length).toBeGreaterThan(0);
      // The header row repeats on every page; only the first row of each Word table is a header.
      const rows = doc.documentXml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!;
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.filter((r) => r.includes('<w:tblHeader/>')).length).toBe(doc.pageTables.length);
      expect(doc.paragraphs.some((p) => p.startsWith(`Table 1. ${table.title}. ${filterWords}`))).toBe(true);
      // Wide tables are laid out landscape.
      expect(doc.documentXml.includes('w:orient="landscape"')).toBe(table.columns.length > 6);
    });
  }

  it('cuts a table too wide for its words into blocks of columns, each repeating the row labels, no heading broken inside a word', async () => {
    const doc = await exported({ view: 'gaps', input: { groupBy: 'countryGroup' }, format: 'docx', locale: 'es-ES' });
    const { table } = viewTable(store.db, { view: 'gaps', input: { filter: {}, groupBy: 'countryGroup' } });
    expect(table.columns).toHaveLength(22);
    expect(doc.pageTables.length).toBeGreaterThan(1);
    // Each block starts with the country group; its own columns follow on from the block before.
    const own = doc.pageTables.map((t) => t[0]!.slice(1));
    expect(doc.pageTables.every((t) => t.map((r) => r[0]).join() === doc.pageTables[0]!.map((r) => r[0]).join())).toBe(true);
    expect(own.flat()).toEqual(table.columns.slice(1).map((c) => c.label));
    expect(doc.paragraphs).toContain(`Table 1, continued: columns ${own[0]!.length + 2}–${own[0]!.length + own[1]!.length + 1} of 22.`);
  });

  it('writes numbers with a decimal comma for Spanish and a point for English', async () => {
    const es = await exported({ view: 'gaps', input: {}, format: 'docx', locale: 'es-ES' });
    const en = await exported({ view: 'gaps', input: {}, format: 'docx', locale: 'en-GB' });
    const fractional = (doc: typeof es) => doc.tables[0]!.slice(1).flat().filter((c) => /^-?\d+[.,]\d+$/.test(c));
    expect(fractional(es).length).toBeGreaterThan(0);
    expect(fractional(es).every((c) => c.includes(','))).toBe(true);
    expect(fractional(en).every((c) => c.includes('.'))).toBe(true);
    expect(api.raw('analysis.export', { view: 'gaps', input: {}, format: 'docx', locale: 'klingon' }).ok).toBe(false);
  });

  it('embeds the gap chart of the gaps view as an image with a caption (PNG shown, SVG beside it)', async () => {
    const doc = await exported({ view: 'gaps', input: { groupBy: 'countryGroup' }, format: 'docx' });
    expect(doc.images).toEqual(['image/png']);
    const media = Object.keys(doc.parts).filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.png'))).toBe(true);
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(doc.documentXml).toContain('asvg:svgBlip');
    const png = doc.parts[media.find((p) => p.endsWith('.png'))!]!;
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const header = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([1600, 900]);
    const svg = new TextDecoder().decode(doc.parts[media.find((p) => p.endsWith('.svg'))!]!);
    for (const group of ['Spain', 'Finland', 'Portugal']) expect(svg).toContain(group);
    expect(doc.paragraphs.some((p) => p.startsWith('Figure 1. Gap to target by dimension and country group. All practices (no filter).'))).toBe(true);
  });
});

describe('case studies as a Word document', () => {
  it('writes one practice in the template’s order with its scores table, evidence and references', async () => {
    const doc = await exported({ view: 'caseStudies', input: { practiceIds: [ATEC] }, format: 'docx' });
    const detail = api.value('practices.get', { id: ATEC });
    expect(doc.headings[0]).toBe('h1 Case study 5: ' + detail.practice.name);
    const sections = doc.headings.filter((h) => h.startsWith('h2 ')).map((h) => h.slice(3).replace(/ \[[\d, ]+\]$/, ''));
    expect(sections).toEqual([...CASE_STUDY_SECTIONS.map((s) => `${s.number} ${s.title}`), 'Scores', 'References']);
    // Section 2's first paragraph is the seed's, word for word.
    const context = detail.caseStudy[1]!.blocks[0]!;
    expect(context.kind === 'paragraph' && doc.paragraphs.includes(context.text)).toBe(true);
    expect(doc.paragraphs).toContain('[1] 001_d93079c503058265.txt, 5.1 General information');
    const scores = doc.tables[0]!;
    expect(scores[0]).toEqual(['Dimension', 'Rater', 'Score (0–4)', 'Confidence', 'Evidence']);
    expect(scores).toContainEqual(['Governance', 'Ana', '3', '', 'Read by Ana']);
    // Cell by cell, the scores table the practice's page data gives.
    const table = scoresTableOf(store.db, practiceForViewer(store.db, ATEC));
    expect(scores).toEqual([table.columns.map((c) => c.label), ...table.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]);
  });

  it('writes the shortlist: the case studies in their order, and a JSON file that imports back', async () => {
    const doc = await exported({ view: 'caseStudies', input: {}, format: 'docx' });
    const numbers = doc.headings.filter((h) => h.startsWith('h1 ')).map((h) => Number(/^h1 Case study (\d+):/.exec(h)?.[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const json = api.value('analysis.export', { view: 'caseStudies', input: { shortlist: false }, format: 'json' });
    expect((JSON.parse(json.content) as { practices: unknown[] }).practices).toHaveLength(11);
  });
});

describe('a report pack', () => {
  it('has a title page with the dataset’s version, the comparison table, one gap chart and two case studies, in order', async () => {
    const file = api.value('analysis.export', {
      view: 'report',
      format: 'docx',
      locale: 'fi-FI',
      input: {
        title: 'Mapping report pack',
        tables: [{ view: 'compare', input: { filter: { caseStudy: true } }, cells: 'narrative' }],
        gapCharts: [{ groupBy: 'countryGroup' }],
        caseStudies: { practiceIds: [SFS, ATEC] },
      },
    });
    const doc = await readDocx(Buffer.from(file.content, 'base64'));
    expect(doc.paragraphs[0]).toBe('Mapping report pack');
    const changeSets = store.db.prepare('SELECT count(*) FROM change_sets').pluck().get() as number;
    expect(doc.paragraphs).toContain('File: seed.acmap');
    expect(doc.paragraphs).toContain(`Change sets: ${changeSets} (${changeSets} in force, 0 undone)`);
    expect(doc.headings.filter((h) => /^h[12] /.test(h)).slice(0, 6)).toEqual([
      'h2 Dataset version',
      'h2 Contents',
      'h1 Tables',
      'h2 Comparison of practices by dimension',
      'h1 Gap charts',
      'h1 Case studies',
    ]);
    const { table } = viewTable(store.db, reportTableSchema.parse({ view: 'compare', input: { filter: { caseStudy: true } }, cells: 'narrative' }));
    expect(doc.tables[0]).toEqual([table.columns.map((c) => c.label), ...table.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]);
    expect(doc.images).toEqual(['image/png']);
    const caseStudies = doc.headings.filter((h) => h.startsWith('h2 Case study'));
    expect(caseStudies).toEqual([`h2 Case study 1: ${api.value('practices.get', { id: SFS }).practice.name}`, `h2 Case study 5: ${api.value('practices.get', { id: ATEC }).practice.name}`]);
  });
});
