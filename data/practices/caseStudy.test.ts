/**
 * A practice's case-study write-up (issue 14, item 1): the ten sections of D3.3's template as
 * paragraphs and lists with sources, stored in migration 0008's STRICT table, one history step per
 * edit (undo, redo, and a deleted practice's write-up brought back by undo), a case-study file out
 * and in again, and a partner's sections merged and checked with the API's schemas.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { CASE_STUDY_SECTION_IDS, emptyCaseStudySections } from '../domain/caseStudy.js';
import { saveStoreAs } from '../store/files.js';
import { openStore, type Store } from '../store/store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const open: Store[] = [];
const openAt = (path: string) => {
  const store = openStore(path);
  open.push(store);
  return store;
};
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

let store: Store;
let api: ReturnType<typeof client>;
beforeEach(() => {
  store = openAt(tmp.file(`cs-${n++}.acmap`));
  api = client(store);
  api.value('practices.create', { id: 'atec', fields: { name: 'ATEC learning pathway', country: 'Portugal', caseStudy: true } });
  api.value('practices.create', { id: 'other', fields: { name: 'Other practice', country: 'Spain' } });
});

const context = {
  id: 'atec',
  section: 'context' as const,
  blocks: [
    { kind: 'paragraph' as const, text: 'The pathway answers the shift to electric vehicles.' },
    { kind: 'list' as const, items: ['Safety first', 'Diagnosis'] },
  ],
  sources: [{ document: '001_d93079c503058265.txt', section: '5.2 Context and objectives' }],
};

describe('the case-study write-up of a practice', () => {
  it('is stored in a STRICT table keyed by practice and section, which the file check accepts', () => {
    const sql = store.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'case_study_sections'").pluck().get() as string;
    expect(sql).toMatch(/STRICT, WITHOUT ROWID$/);
    expect(sql).toContain('PRIMARY KEY (practice_id, section_id)');
    api.value('practices.setCaseStudySection', context);
    const path = store.path;
    store.close();
    // Reopening runs the schema check against a store migrated by our migrations: it must pass.
    const again = openAt(path);
    expect(client(again).value('practices.get', { id: 'atec' }).caseStudy[1]).toEqual({ section: 'context', blocks: context.blocks, sources: context.sources });
  });

  it('gives the ten sections in the template order, empty until written, and says which are still empty', () => {
    const detail = api.value('practices.get', { id: 'atec' });
    expect(detail.caseStudy.map((s) => s.section)).toEqual([...CASE_STUDY_SECTION_IDS]);
    expect(emptyCaseStudySections(detail.caseStudy)).toHaveLength(10);
    const after = api.value('practices.setCaseStudySection', context);
    expect(after.caseStudy[1]).toEqual({ section: 'context', blocks: context.blocks, sources: context.sources });
    expect(emptyCaseStudySections(after.caseStudy)).toEqual(CASE_STUDY_SECTION_IDS.filter((s) => s !== 'context'));
  });

  it('is one step in the history per edit: undo and redo put a section back as it was', () => {
    api.value('practices.setCaseStudySection', context);
    api.value('practices.setCaseStudySection', { ...context, blocks: [{ kind: 'paragraph', text: 'Rewritten.' }] });
    expect(api.value('history.status', {}).undo?.label).toBe('Edited the case study of “ATEC learning pathway” (2 Context and objectives)');
    expect(api.value('history.undo', {}).changes).toBe(1);
    expect(api.value('practices.get', { id: 'atec' }).caseStudy[1]!.blocks).toEqual(context.blocks);
    api.value('history.undo', {});
    expect(api.value('practices.get', { id: 'atec' }).caseStudy[1]!.blocks).toEqual([]);
    api.value('history.redo', {});
    expect(api.value('practices.get', { id: 'atec' }).caseStudy[1]!.blocks).toEqual(context.blocks);
    // Saving the same text records nothing.
    const sets = store.db.prepare('SELECT count(*) FROM change_sets').pluck().get();
    api.value('practices.setCaseStudySection', context);
    expect(store.db.prepare('SELECT count(*) FROM change_sets').pluck().get()).toBe(sets);
    expect(api.value('history.ofPractice', { id: 'atec' })[0]!.entity).toBe('caseStudy');
  });

  it('goes with a deleted practice and comes back with it on undo', () => {
    api.value('practices.setCaseStudySection', context);
    api.value('practices.delete', { id: 'atec' });
    expect(store.db.prepare('SELECT count(*) FROM case_study_sections').pluck().get()).toBe(0);
    api.value('history.undo', {});
    expect(api.value('practices.get', { id: 'atec' }).caseStudy[1]!.blocks).toEqual(context.blocks);
  });

  it('reads a section another program wrote wrongly as empty, rather than failing the page', () => {
    store.db.pragma('ignore_check_constraints = ON');
    store.db.prepare("INSERT INTO case_study_sections VALUES ('atec', 'general', 'not json', '[]', 'x'), ('atec', 'context', ?, '[]', 'x')").run(JSON.stringify([{ kind: 'table' }]));
    store.db.pragma('ignore_check_constraints = OFF');
    const detail = api.value('practices.get', { id: 'atec' });
    expect(detail.caseStudy.slice(0, 2)).toEqual([
      { section: 'general', blocks: [], sources: [] },
      { section: 'context', blocks: [], sources: [] },
    ]);
  });

  it('refuses what the schema does not allow, changing nothing', () => {
    for (const input of [
      { ...context, section: 'summary' },
      { ...context, blocks: [{ kind: 'list', items: [] }] },
      { ...context, blocks: [{ kind: 'table', rows: [] }] },
      { ...context, blocks: [{ kind: 'paragraph', text: '   ' }] },
      { ...context, id: 'nobody' },
    ]) {
      expect(api.raw('practices.setCaseStudySection', input).ok).toBe(false);
    }
    expect(store.db.prepare('SELECT count(*) FROM case_study_sections').pluck().get()).toBe(0);
  });

  it('round-trips through the case-study export and import, as one step to undo', () => {
    api.value('practices.setCaseStudySection', context);
    api.value('practices.setCaseStudySection', { id: 'atec', section: 'materials', blocks: [{ kind: 'list', items: ['Course catalogue', 'Q&A “quotes” ; and commas'] }], sources: [] });
    // The app's own export of the write-ups (analysis.export, view caseStudies, JSON) is what imports back.
    const file = api.value('analysis.export', { view: 'caseStudies', input: { shortlist: false }, format: 'json' });
    const other = openAt(tmp.file(`cs-other-${n++}.acmap`));
    const them = client(other);
    them.value('practices.create', { id: 'atec', fields: { name: 'ATEC learning pathway', country: 'Portugal' } });
    expect(them.value('practices.importCaseStudies', { content: file.content })).toEqual({ practices: 1, sections: 2 });
    expect(them.value('practices.get', { id: 'atec' }).caseStudy).toEqual(api.value('practices.get', { id: 'atec' }).caseStudy);
    them.value('history.undo', {});
    expect(emptyCaseStudySections(them.value('practices.get', { id: 'atec' }).caseStudy)).toHaveLength(10);
    // A file naming a practice this dataset lacks is refused whole.
    const bad = JSON.parse(file.content) as { practices: { id: string }[] };
    bad.practices.push({ ...bad.practices[0]!, id: 'missing' });
    expect(them.raw('practices.importCaseStudies', { content: JSON.stringify(bad) }).ok).toBe(false);
    expect(other.db.prepare('SELECT count(*) FROM case_study_sections').pluck().get()).toBe(0);
    expect(them.raw('practices.importCaseStudies', { content: 'not json' }).ok).toBe(false);
  });
});

describe('merging case-study sections', () => {
  async function partnerCopy(): Promise<Store> {
    const path = tmp.file(`partner-${n++}.acmap`);
    await saveStoreAs(store, path);
    return openAt(path);
  }
  async function fileOf(partner: Store) {
    const path = tmp.file(`sent-${n++}.acmap`);
    await saveStoreAs(partner, path);
    return { name: 'partner.acmap', contentBase64: readFileSync(path).toString('base64') };
  }

  it('takes the sections only the partner wrote, and asks when both wrote the same section differently', async () => {
    api.value('practices.setCaseStudySection', context);
    const partner = await partnerCopy();
    const them = client(partner);
    them.value('practices.setCaseStudySection', { id: 'atec', section: 'general', blocks: [{ kind: 'paragraph', text: 'Written by the partner.' }], sources: [] });
    them.value('practices.setCaseStudySection', { ...context, blocks: [{ kind: 'paragraph', text: 'Their context.' }] });
    api.value('practices.setCaseStudySection', { ...context, blocks: [{ kind: 'paragraph', text: 'Our context.' }] });
    const file = await fileOf(partner);
    const plan = api.value('merge.check', { file });
    expect(plan.counts.caseStudy).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ entity: 'caseStudy', fieldLabel: 'Case-study text', ours: 'Our context.', theirs: 'Their context.' });
    api.value('merge.run', { file, resolutions: { [plan.conflicts[0]!.id]: 'theirs' } });
    const merged = api.value('practices.get', { id: 'atec' }).caseStudy;
    expect(merged[0]!.blocks).toEqual([{ kind: 'paragraph', text: 'Written by the partner.' }]);
    expect(merged[1]!.blocks).toEqual([{ kind: 'paragraph', text: 'Their context.' }]);
    api.value('history.undo', {});
    expect(api.value('practices.get', { id: 'atec' }).caseStudy[1]!.blocks).toEqual([{ kind: 'paragraph', text: 'Our context.' }]);
  });

  it('refuses a partner’s section whose text the API would refuse', async () => {
    const partner = await partnerCopy();
    // Written behind the app's back: valid JSON for SQLite, not a block the API accepts.
    partner.db
      .prepare("INSERT INTO case_study_sections VALUES ('atec', 'general', ?, '[]', '2026-01-01T00:00:00Z')")
      .run(JSON.stringify([{ kind: 'script', text: 'x' }]));
    const file = await fileOf(partner);
    const result = api.call('merge.check', { file });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('case-study section');
  });
});

it('a file whose case-study table differs from the migration is refused', () => {
  const path = tmp.file(`altered-${n++}.acmap`);
  openAt(path).close();
  const raw = new Database(path);
  raw.exec('DROP TABLE case_study_sections; CREATE TABLE case_study_sections (practice_id TEXT, section_id TEXT, blocks TEXT, sources TEXT, updated_at TEXT)');
  raw.close();
  expect(() => openStore(path)).toThrow(/case_study_sections/);
});
