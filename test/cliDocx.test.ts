/**
 * The command line writes Word documents (issue 14): a table view with --format docx in the
 * locale's numbers, the case studies, and `autocredify report`, a pack with the seed's comparison
 * table, one gap chart and two case studies. Each file is read back with mammoth and fflate and its
 * table compared, cell by cell, with the view the same dataset gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { viewTable } from '../data/analysis/viewRequest.js';
import { reportTableSchema } from '../data/analysis/schemas.js';
import { formatNumber } from '../data/exports/docx/numbers.js';
import { openStore } from '../data/store/store.js';
import { readDocx } from './support/docxReader.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = tmp.file('cli-docx.acmap');

const cli = commandLine(tmp.file('data'), '--db', db);

/** The view's table from the same dataset, as its cells read in `locale`. */
function expectedCells(request: unknown, locale: string): string[][] {
  const store = openStore(db, { readOnly: true });
  try {
    const { table } = viewTable(store.db, reportTableSchema.parse(request));
    return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? formatNumber(v, locale) : v)))];
  } finally {
    store.close();
  }
}

describe('Word documents from the command line', () => {
  it('writes a table view with --format docx, numbers with the locale’s decimal mark', async () => {
    const out = tmp.file('gaps.docx');
    const run = cli('gaps', '--group-by', 'countryGroup', '--format', 'docx', '--locale', 'es-ES', '--out', out);
    expect(run.stderr).toMatch(/^Wrote /);
    expect(run.status).toBe(0);
    const doc = await readDocx(readFileSync(out));
    expect(doc.tables[0]).toEqual(expectedCells({ view: 'gaps', input: { groupBy: 'countryGroup' } }, 'es-ES'));
    expect(doc.tables[0]!.flat().some((c) => /^\d+,\d+$/.test(c))).toBe(true);
    expect(doc.images).toEqual(['image/png']);
  });

  it('writes `autocredify report`: the comparison table, one gap chart and two case studies', async () => {
    const out = tmp.file('pack.docx');
    const ids = 'fi-p05-sfs6002-electrical-safety-training,pt-cs-atec-ev-hv-learning-pathway';
    const run = cli('report', '--title', 'Pack', '--table', 'compare', '--gap-chart', 'countryGroup', '--case-studies', ids, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const doc = await readDocx(readFileSync(out));
    expect(doc.paragraphs[0]).toBe('Pack');
    expect(doc.paragraphs).toContain('File: cli-docx.acmap');
    expect(doc.tables[0]).toEqual(expectedCells({ view: 'compare', input: {}, cells: 'narrative' }, 'en-GB'));
    expect(doc.images).toHaveLength(1);
    expect(doc.headings.filter((h) => h.startsWith('h2 Case study')).map((h) => h.slice(3, 16))).toEqual(['Case study 1:', 'Case study 5:']);
  });

  it('exports the case studies as Word and as a JSON file that imports back', async () => {
    const out = tmp.file('cases.docx');
    expect(cli('export', 'case-studies', '--ids', 'pt-cs-atec-ev-hv-learning-pathway', '--format', 'docx', '--out', out).status).toBe(0);
    const doc = await readDocx(readFileSync(out));
    expect(doc.headings.filter((h) => h.startsWith('h2 ')).slice(0, 3)).toEqual(['h2 1 General information [1]', 'h2 2 Context and objectives [2]', 'h2 3 Stakeholder roles and collaboration [3]']);
    const json = cli('export', 'case-studies', '--ids', 'pt-cs-atec-ev-hv-learning-pathway', '--format', 'json');
    expect(json.status).toBe(0);
    const imported = cli('call', 'practices.importCaseStudies', JSON.stringify({ content: json.stdout }));
    expect(imported.status, imported.stderr).toBe(0);
    // The same text again: nothing changes.
    expect(JSON.parse(imported.stdout)).toEqual({ practices: 0, sections: 0 });
  });

  it('imports a case-study file with `autocredify import FILE`, recognised by its content', () => {
    const id = 'pt-cs-atec-ev-hv-learning-pathway';
    const json = cli('export', 'case-studies', '--ids', id, '--format', 'json');
    const file = JSON.parse(json.stdout) as { practices: { id: string; sections: { section: string; blocks: { kind: string; text?: string }[] }[] }[] };
    // A partner rewrote the first section and saved the file under a name that says nothing of its kind.
    file.practices[0]!.sections[0]!.blocks = [{ kind: 'paragraph', text: 'Rewritten by a partner.' }];
    const path = tmp.file('from-partner.txt');
    writeFileSync(path, JSON.stringify(file, null, 2));
    const run = cli('import', path);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Case studies: 1 section written in 1 practice/);
    const detail = JSON.parse(cli('call', 'practices.get', JSON.stringify({ id })).stdout) as { caseStudy: { section: string; blocks: { text?: string }[] }[] };
    expect(detail.caseStudy[0]!.blocks).toEqual([{ kind: 'paragraph', text: 'Rewritten by a partner.' }]);
    // Again: nothing changes; a CSV option is refused, not ignored.
    expect(cli('import', path).stdout).toMatch(/nothing changed/);
    const refused = cli('import', path, '--dry-run');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is a case-study file: --dry-run applies to CSV files only/);
  });

  it('refuses a report in another format, in one line', () => {
    const run = cli('report', '--format', 'xlsx', '--out', tmp.file('x.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/A report pack is a Word document/);
  });
});
