import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openSeededStore } from '../seed/seed.js';
import { openStore, type Store } from '../store/store.js';
import { saveStoreAs } from '../store/files.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const open: Store[] = [];
const newPath = (name: string) => tmp.file(`${n++}-${name}`);

function openAt(path: string): Store {
  const store = openStore(path);
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

/** A dataset file as it travels by e-mail: its bytes, read after the sender's app wrote it out with Save As. */
async function send(store: Store, name = 'partner.acmap'): Promise<{ name: string; contentBase64: string }> {
  const path = newPath(name);
  await saveStoreAs(store, path);
  return { name, contentBase64: readFileSync(path).toString('base64') };
}
async function receive(store: Store): Promise<Store> {
  const path = newPath('received.acmap');
  await saveStoreAs(store, path);
  return openAt(path);
}
const fileOf = (path: string, name = 'partner.acmap') => ({ name, contentBase64: readFileSync(path).toString('base64') });

/** Data tables only: what a merge may change (history and the merge log are checked separately). */
function data(store: Store) {
  const { change_sets: _s, changes: _c, merges: _m, merged_change_sets: _k, settings: _p, ...rest } = snapshot(store.db);
  return rest;
}

let ours: Store;
let api: ReturnType<typeof client>;
let ana = '';

beforeEach(() => {
  ours = openAt(newPath('ours.acmap'));
  api = client(ours);
  ana = api.value('raters.create', { name: 'Ana', team: 'Madrid' }).id;
  for (const [id, name, country] of [
    ['sfs', 'SFS 6002', 'Finland'],
    ['ev', 'Sähköauton huolto', 'Finland'],
    ['cat', 'Catálogo de Especialidades', 'Spain'],
  ] as const) {
    api.value('practices.create', { id, fields: { name, country, provider: 'Original provider', narratives: { governance: 'National standard' } } });
  }
  api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ana, value: 3, evidence: 'Mandatory standard' });
});

describe('merging a partner’s copy of the dataset', () => {
  it('brings a second rater’s scores and the partner’s edits beside ours, matched by id, as one undoable step', async () => {
    const partner = await receive(ours);
    const them = client(partner);
    const bo = them.value('raters.create', { name: 'Bo', team: 'Tampere' }).id;
    them.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: bo, value: 2, evidence: 'Only electrical safety' });
    them.value('scores.set', { practiceId: 'ev', dimension: 'pedagogy', raterId: bo, value: 1, evidence: null });
    them.value('practices.update', { id: 'ev', fields: { provider: 'Koulutuskeskus Salpaus' } });
    them.value('practices.create', { id: 'new-fi', fields: { name: 'Hybrid vehicle module', country: 'Finland' } });
    // Meanwhile, here: another field of the same practice, and another practice.
    api.value('practices.update', { id: 'ev', fields: { hours: 40 } });
    api.value('practices.update', { id: 'cat', fields: { notes: 'Checked against the BOE' } });
    const file = await send(partner);

    const plan = api.value('merge.check', { file });
    expect(plan.conflicts).toEqual([]);
    expect(plan.newChangeSets).toBe(5);
    expect(plan.counts.rater).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(plan.counts.score).toEqual({ added: 2, updated: 0, removed: 0 });
    expect(plan.counts.practice).toEqual({ added: 1, updated: 1, removed: 0 });
    expect(plan.raters).toEqual([{ id: bo, name: 'Bo', team: 'Tampere', scores: 2 }]);

    const before = data(ours);
    const result = api.value('merge.run', { file });
    expect(result.committed).toBe(true);
    const sfs = api.value('practices.get', { id: 'sfs' });
    expect(sfs.scores.filter((s) => s.dimension === 'governance').map((s) => [s.raterId, s.value])).toEqual(
      expect.arrayContaining([
        [ana, 3],
        [bo, 2],
      ]),
    );
    const ev = api.value('practices.get', { id: 'ev' }).practice;
    expect([ev.provider, ev.hours]).toEqual(['Koulutuskeskus Salpaus', 40]);
    expect(api.value('practices.get', { id: 'cat' }).practice.notes).toBe('Checked against the BOE');
    // The new practice is findable by what the partner typed.
    expect(api.value('practices.list', { filter: { search: 'hybrid vehicle' } }).rows.map((r) => r.id)).toEqual(['new-fi']);

    const log = api.value('merge.log', {});
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ fileName: 'partner.acmap', undone: false, id: result.mergeId });
    expect(log[0]!.counts.score.added).toBe(2);
    expect(api.value('history.status', {}).undo?.label).toBe('Merged partner.acmap (4 added, 1 updated, 0 removed)');

    api.value('history.undo', {});
    expect(data(ours)).toEqual(before);
    expect(api.value('merge.log', {})[0]!.undone).toBe(true);
    // Undone, the partner's changes are new again: merging brings them back.
    expect(api.value('merge.check', { file }).upToDate).toBe(false);
    api.value('history.redo', {});
    expect(api.value('merge.check', { file }).upToDate).toBe(true);
  });

  it('brings the consensus a partner recorded, as a record of its own', async () => {
    const partner = await receive(ours);
    client(partner).value('consensus.set', { practiceId: 'sfs', dimension: 'governance', value: 3, rationale: 'Agreed in the Tampere meeting' });
    const result = api.value('merge.run', { file: await send(partner) });
    expect(result.counts.consensus).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(ours.db.prepare('SELECT rationale FROM consensus_scores').pluck().all()).toEqual(['Agreed in the Tampere meeting']);
  });

  it('changes nothing when the same file is merged a second time', async () => {
    const partner = await receive(ours);
    const them = client(partner);
    const bo = them.value('raters.create', { name: 'Bo' }).id;
    them.value('scores.set', { practiceId: 'cat', dimension: 'assessment', raterId: bo, value: 2, evidence: null });
    them.value('practices.update', { id: 'cat', fields: { provider: 'SEPE' } });
    api.value('practices.update', { id: 'cat', fields: { provider: 'FUNDAE' } });
    const file = await send(partner);
    const conflict = api.value('merge.check', { file }).conflicts[0]!;
    api.value('merge.run', { file, resolutions: { [conflict.id]: 'ours' } });

    const after = snapshot(ours.db);
    const again = api.value('merge.check', { file });
    expect(again).toMatchObject({ upToDate: true, conflicts: [], newChangeSets: 0 });
    expect(api.value('merge.run', { file }).committed).toBe(false);
    expect(snapshot(ours.db)).toEqual(after);
  });

  it('shows a field both sides changed side by side, refuses to guess, and keeps the value the user chooses', async () => {
    const partner = await receive(ours);
    client(partner).value('practices.update', { id: 'sfs', fields: { provider: 'Tukes', narratives: { governance: 'National standard', pedagogy: 'Workshop tasks' } } });
    api.value('practices.update', { id: 'sfs', fields: { provider: 'SESKO', narratives: { governance: 'National standard, revised 2022' } } });
    const file = await send(partner);

    const plan = api.value('merge.check', { file });
    expect(plan.conflicts).toEqual([
      {
        id: expect.any(String),
        entity: 'practice',
        record: '“SFS 6002”',
        practiceId: 'sfs',
        field: 'row.provider',
        fieldLabel: 'Provider or awarding body',
        ours: 'SESKO',
        theirs: 'Tukes',
        base: 'Original provider',
      },
    ]);
    const before = snapshot(ours.db);
    const refused = api.call('merge.run', { file });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    expect(refused.ok ? '' : refused.error.message).toMatch(/1 field was changed differently in both files/);
    expect(snapshot(ours.db)).toEqual(before);

    api.value('merge.run', { file, resolutions: { [plan.conflicts[0]!.id]: 'theirs' } });
    const practice = api.value('practices.get', { id: 'sfs' }).practice;
    // The chosen provider, our governance narrative and the partner's new pedagogy narrative.
    expect(practice.provider).toBe('Tukes');
    expect(practice.narratives).toEqual({ governance: 'National standard, revised 2022', pedagogy: 'Workshop tasks' });
  });

  it('lists a score both raters’ copies changed differently, with both values', async () => {
    const partner = await receive(ours);
    client(partner).value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ana, value: 4, evidence: 'Mandatory standard' });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ana, value: 2, evidence: 'Mandatory standard' });
    const plan = api.value('merge.check', { file: await send(partner) });
    expect(plan.conflicts.map((c) => [c.record, c.fieldLabel, c.ours, c.theirs, c.base])).toEqual([['“SFS 6002”, Governance, scored by Ana', 'Score', '2', '4', '3']]);
  });

  it('keeps raters apart when they share a name: people are matched by id, never by display name', async () => {
    const partner = await receive(ours);
    const them = client(partner);
    const otherAna = them.value('raters.create', { name: 'Ana', team: 'Madrid' }).id;
    them.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: otherAna, value: 1, evidence: null });
    api.value('merge.run', { file: await send(partner) });
    expect(api.value('raters.list', {}).filter((r) => r.name === 'Ana').map((r) => r.id).sort()).toEqual([ana, otherAna].sort());
    const governance = api.value('practices.get', { id: 'sfs' }).scores.filter((s) => s.dimension === 'governance');
    expect(governance.map((s) => s.value).sort()).toEqual([1, 3]);
  });

  it('takes the partner’s deletion of a practice nobody changed here, but keeps one that has new scores here', async () => {
    const partner = await receive(ours);
    const them = client(partner);
    them.value('practices.delete', { id: 'cat' });
    them.value('practices.delete', { id: 'ev' });
    api.value('scores.set', { practiceId: 'ev', dimension: 'pedagogy', raterId: ana, value: 2, evidence: null });
    const result = api.value('merge.run', { file: await send(partner) });
    expect(result.counts.practice.removed).toBe(1);
    expect(result.notes).toEqual(['The partner deleted “Sähköauton huolto”, but here it has components or scores added since; it was kept.']);
    expect(api.call('practices.get', { id: 'cat' }).ok).toBe(false);
    expect(api.value('practices.get', { id: 'ev' }).scores.map((s) => s.value)).toEqual([2]);
  });

  it('merges files that were never copies of each other: records only the partner has arrive', () => {
    const mine = openSeededStore(newPath('mine.acmap'));
    const theirsPath = newPath('theirs.acmap');
    const theirs = openSeededStore(theirsPath);
    open.push(mine, theirs);
    const them = client(theirs);
    const bo = them.value('raters.create', { name: 'Bo' }).id;
    const finnish = them.value('practices.list', { filter: { countryGroup: ['Finland'] }, limit: 5 }).rows.map((r) => r.id);
    for (const id of finnish) them.value('scores.set', { practiceId: id, dimension: 'assessment', raterId: bo, value: 2, evidence: null });
    theirs.close();
    const plan = client(mine).value('merge.check', { file: fileOf(theirsPath) });
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.score.added).toBe(finnish.length);
    expect(plan.counts.practice).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it('refuses broken and foreign files with a clear message and changes nothing', () => {
    const fixture = (name: string) => ({ name, contentBase64: readFileSync(new URL(`../../test/fixtures/datasets/${name}`, import.meta.url)).toString('base64') });
    const before = snapshot(ours.db);
    const cases: [ReturnType<typeof fixture>, RegExp][] = [
      [fixture('not-sqlite.acmap'), /“not-sqlite.acmap” is not an AutoCredify Mapper dataset/],
      [fixture('foreign.sqlite'), /“foreign.sqlite” is not an AutoCredify Mapper dataset/],
      [fixture('newer-version.acmap'), /written by a newer AutoCredify Mapper/],
      [fixture('with-trigger.acmap'), /schema objects AutoCredify Mapper never creates/],
      [fixture('truncated.acmap'), /damaged|not an AutoCredify Mapper dataset/],
    ];
    for (const [file, message] of cases) {
      for (const operation of ['merge.check', 'merge.run'] as const) {
        const result = api.call(operation, { file });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(message);
          expect(result.error.message).not.toMatch(/autocredify-merge-/); // no temporary path
        }
      }
    }
    expect(api.call('merge.run', { file: { name: 'x.acmap', contentBase64: '%%%' } }).ok).toBe(false);
    expect(snapshot(ours.db)).toEqual(before);
  });

  it('refuses a crafted file whose practice this app could not have written', async () => {
    const partner = await receive(ours);
    client(partner).value('practices.update', { id: 'ev', fields: { hours: 12 } });
    partner.db.prepare(`UPDATE practices SET practice_type = 'ransomware' WHERE id = 'ev'`).run();
    const before = snapshot(ours.db);
    const result = api.call('merge.run', { file: await send(partner) });
    expect(result.ok ? '' : result.error.message).toMatch(/The practice “Sähköauton huolto” in “partner.acmap” is not valid \(practiceType/);
    expect(snapshot(ours.db)).toEqual(before);
  });

  it('refuses a crafted file with a column this app never creates, before anything reads it', async () => {
    const partner = await receive(ours);
    client(partner).value('practices.update', { id: 'ev', fields: { hours: 12 } });
    // The merge would write the partner's states column by column: the name must never reach SQL text.
    partner.db.exec(`ALTER TABLE practices ADD COLUMN "notes = 'x'; --" TEXT`);
    const before = snapshot(ours.db);
    for (const operation of ['merge.check', 'merge.run'] as const) {
      const result = api.call(operation, { file: await send(partner) });
      expect(result.ok ? '' : result.error.message).toMatch(/“partner.acmap” is laid out differently from any dataset AutoCredify Mapper writes \(table "practices" is altered\)/);
    }
    expect(snapshot(ours.db)).toEqual(before);
  });

  it('refuses a crafted EU information element the app does not know', async () => {
    const partner = await receive(ours);
    client(partner).value('practices.setElements', { id: 'ev', elements: [{ element: 'title', status: 'yes', note: null }] });
    partner.db.prepare(`UPDATE lens_answers SET item_id = 'backdoor' WHERE practice_id = 'ev'`).run();
    const result = api.call('merge.check', { file: await send(partner) });
    expect(result.ok ? '' : result.error.message).toMatch(/The practice “Sähköauton huolto” in “partner.acmap” is not valid \(answers/);
  });

  it('upgrades a partner’s file from an older version in a private copy, and merges it', () => {
    const file = { name: 'version-1.acmap', contentBase64: readFileSync(new URL('../../test/fixtures/datasets/version-1.acmap', import.meta.url)).toString('base64') };
    const plan = api.value('merge.check', { file });
    expect(plan.counts.practice.added).toBeGreaterThan(0);
    expect(plan.conflicts).toEqual([]);
  });
});
