/**
 * Records that reach a partner's file without history (written by another program, or a file
 * whose history was lost) carry no change set saying they are new, so the merge compares the two
 * files' keys in bulk (data/historyEntities.ts, keyGroups). These tests pin down what that
 * comparison must find: keys only the partner has, in key order, and nothing for keys both have,
 * however their values differ and however alike two different sets of keys look.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore, type Store } from '../store/store.js';
import { saveStoreAs } from '../store/files.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const open: Store[] = [];
function openAt(name: string): Store {
  const store = openStore(tmp.file(`${n++}-${name}`));
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

async function copyOf(store: Store): Promise<Store> {
  const path = tmp.file(`${n++}-copy.acmap`);
  await saveStoreAs(store, path);
  const copy = openStore(path);
  open.push(copy);
  return copy;
}
async function fileOf(store: Store) {
  const path = tmp.file(`${n++}-sent.acmap`);
  await saveStoreAs(store, path);
  return { name: 'partner.acmap', contentBase64: readFileSync(path).toString('base64') };
}
/** Forgets the change sets made after `since`: their records stay, as if written by another program. */
const forgetHistorySince = (store: Store, since: number) => store.db.prepare('DELETE FROM change_sets WHERE id > ?').run(since);
const lastChangeSet = (store: Store) => store.db.prepare('SELECT coalesce(max(id), 0) FROM change_sets').pluck().get() as number;
const addRater = (store: Store, id: string) => store.db.prepare(`INSERT INTO raters (id, name, team, created_at) VALUES (?, ?, NULL, '2025-01-01T00:00:00.000Z')`).run(id, `Rater ${id.length}`);
/** What the merge's change set wrote, in the order it wrote it. */
const mergeChanges = (store: Store) =>
  store.db
    .prepare(`SELECT entity, entity_key AS key, before IS NULL AS added FROM changes WHERE change_set_id = (SELECT change_set_id FROM merges ORDER BY id DESC LIMIT 1) ORDER BY seq`)
    .all() as { entity: string; key: string; added: number }[];

function sharedStart() {
  const ours = openAt('ours.acmap');
  const api = client(ours);
  const ana = api.value('raters.create', { name: 'Ana' }).id;
  const bo = api.value('raters.create', { name: 'Bo' }).id;
  for (const id of ['p1', 'p2', 'p3', 'gone']) api.value('practices.create', { id, fields: { name: `Practice ${id}`, country: 'Finland', provider: 'Original provider' } });
  api.value('scores.set', { practiceId: 'p1', dimension: 'assessment', raterId: ana, value: 3, evidence: null });
  api.value('scores.set', { practiceId: 'p2', dimension: 'governance', raterId: ana, value: 2, evidence: null });
  // Neither file will have history for these: only a comparison of the records themselves can tell them apart.
  forgetHistorySince(ours, 0);
  return { ours, api, ana, bo };
}

describe('merging records that arrived without history', () => {
  it('brings only the records the partner has and this dataset never had, in key order', async () => {
    const { ours, api, ana, bo } = sharedStart();
    const partner = await copyOf(ours);
    const sent = lastChangeSet(partner);

    // Here, with history: the same practice scored on the same dimensions by the same two raters, the other way round.
    api.value('scores.set', { practiceId: 'p1', dimension: 'governance', raterId: ana, value: 2, evidence: null });
    api.value('scores.set', { practiceId: 'p1', dimension: 'pedagogy', raterId: bo, value: 2, evidence: null });
    api.value('scores.set', { practiceId: 'p2', dimension: 'pedagogy', raterId: bo, value: 1, evidence: null });
    api.value('consensus.set', { practiceId: 'p1', dimension: 'governance', value: 2, rationale: 'Agreed here' });
    api.value('practices.delete', { id: 'gone' });

    // In the partner's file, then stripped of its history.
    const them = client(partner);
    them.value('practices.update', { id: 'p1', fields: { provider: 'Changed without history' } });
    them.value('scores.set', { practiceId: 'p1', dimension: 'assessment', raterId: ana, value: 1, evidence: null });
    them.value('scores.set', { practiceId: 'p1', dimension: 'governance', raterId: bo, value: 1, evidence: null });
    them.value('scores.set', { practiceId: 'p1', dimension: 'pedagogy', raterId: ana, value: 4, evidence: null });
    them.value('practices.create', { id: 'only-theirs', fields: { name: 'Hybrid vehicle module', country: 'Finland', narratives: { pedagogy: 'Workshop tasks' } } });
    // Ids that sort differently as UTF-16 (JavaScript) and as UTF-8 (SQLite), and one made of a digest’s punctuation
    // (with a control character: a NUL is refused at the door since ids must be storable text).
    const [ligature, emoji, awkward] = ['\uFB00', '\u{1F600}', 'q"[,]:\\\u0001x'];
    for (const id of [ligature, emoji, awkward]) addRater(partner, id);
    them.value('scores.set', { practiceId: 'p2', dimension: 'governance', raterId: emoji, value: 3, evidence: null });
    them.value('scores.set', { practiceId: 'p2', dimension: 'governance', raterId: ligature, value: 2, evidence: null });
    them.value('scores.set', { practiceId: 'p3', dimension: 'pedagogy', raterId: awkward, value: 2, evidence: null });
    them.value('scores.set', { practiceId: 'p3', dimension: 'assessment', raterId: bo, value: 0, evidence: null });
    them.value('consensus.set', { practiceId: 'p1', dimension: 'pedagogy', value: 3, rationale: 'Agreed there' });
    partner.db.prepare(`INSERT INTO settings (key, value) VALUES ('preferences', '{"theme":"dark"}') ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run();
    forgetHistorySince(partner, sent);
    const file = await fileOf(partner);

    const plan = api.value('merge.check', { file });
    expect(plan.newChangeSets).toBe(0);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.practice).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(plan.counts.score).toEqual({ added: 6, updated: 0, removed: 0 });
    expect(plan.counts.rater).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(plan.counts.consensus).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(plan.counts.setting).toEqual({ added: 0, updated: 0, removed: 0 });
    // Raters in the order their first score is written: key order, as SQLite sorts the ids.
    expect(plan.raters.map((r) => [r.id, r.scores])).toEqual([
      [bo, 2],
      [ana, 1],
      [ligature, 1],
      [emoji, 1],
      [awkward, 1],
    ]);

    const before = snapshot(ours.db);
    expect(api.value('merge.run', { file }).committed).toBe(true);
    const scoreKeys = mergeChanges(ours)
      .filter((c) => c.entity === 'score')
      .map((c) => JSON.parse(c.key) as { practiceId: string; dimension: string; raterId: string });
    expect(scoreKeys.map((k) => [k.practiceId, k.dimension, k.raterId])).toEqual([
      ['p1', 'governance', bo],
      ['p1', 'pedagogy', ana],
      ['p2', 'governance', ligature],
      ['p2', 'governance', emoji],
      ['p3', 'assessment', bo],
      ['p3', 'pedagogy', awkward],
    ]);
    expect(mergeChanges(ours).every((c) => c.added === 1)).toBe(true);

    // Records both files have stay as they are here, whatever the partner's file says without history.
    expect(api.value('practices.get', { id: 'p1' }).practice.provider).toBe('Original provider');
    const scoreOf = (practiceId: string, dimension: string, raterId: string) =>
      ours.db.prepare('SELECT value FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').pluck().get(practiceId, dimension, raterId);
    expect(scoreOf('p1', 'assessment', ana)).toBe(3);
    expect([scoreOf('p1', 'governance', ana), scoreOf('p1', 'governance', bo), scoreOf('p1', 'pedagogy', ana), scoreOf('p1', 'pedagogy', bo)]).toEqual([2, 1, 4, 2]);
    // Ours only: kept. Deleted here (the history says so): not brought back.
    expect(scoreOf('p2', 'pedagogy', bo)).toBe(1);
    expect(api.call('practices.get', { id: 'gone' }).ok).toBe(false);
    expect(api.value('practices.get', { id: 'only-theirs' }).practice.narratives).toEqual({ pedagogy: 'Workshop tasks' });
    expect(ours.db.prepare('SELECT dimension_id FROM consensus_scores ORDER BY 1').pluck().all()).toEqual(['governance', 'pedagogy']);
    expect(ours.db.prepare(`SELECT count(*) FROM settings WHERE key = 'preferences' AND value LIKE '%dark%'`).pluck().get()).toBe(0);

    expect(api.value('merge.check', { file }).upToDate).toBe(true);
    api.value('history.undo', {});
    const { change_sets: _a, changes: _b, merges: _c, merged_change_sets: _d, ...data } = snapshot(ours.db);
    const { change_sets: _e, changes: _f, merges: _g, merged_change_sets: _h, ...dataBefore } = before;
    expect(data).toEqual(dataBefore);
  });

  it('finds nothing to do in a copy whose history was lost but whose records are all here', async () => {
    const { ours, api, ana } = sharedStart();
    const partner = await copyOf(ours);
    forgetHistorySince(partner, 0);
    api.value('scores.set', { practiceId: 'p3', dimension: 'pedagogy', raterId: ana, value: 1, evidence: null });
    const before = snapshot(ours.db);
    const plan = api.value('merge.check', { file: await fileOf(partner) });
    expect(plan).toMatchObject({ upToDate: true, newChangeSets: 0, conflicts: [], raters: [] });
    expect(api.value('merge.run', { file: await fileOf(partner) }).committed).toBe(false);
    expect(snapshot(ours.db)).toEqual(before);
  });

  it('agrees with a key-by-key comparison on many practices whose scores partly overlap', async () => {
    const ours = openAt('many.acmap');
    const api = client(ours);
    const practices = Array.from({ length: 40 }, (_, i) => `m${i}`);
    for (const id of practices) api.value('practices.create', { id, fields: { name: `Practice ${id}`, country: 'Spain' } });
    const raters = ['r1', 'r,2', 'r"3', '\u{1F600}', '\uFB00'];
    for (const id of raters) addRater(ours, id);
    const partner = await copyOf(ours);
    const sent = lastChangeSet(partner);
    const dimensions = ['governance', 'pedagogy', 'assessment', 'quality_assurance', 'financial_sustainability'] as const;
    // A fixed pseudo-random pattern: each file scores about half of every practice's dimension and rater pairs.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const store of [ours, partner]) {
      const set = client(store);
      for (const practiceId of practices) {
        for (const dimension of dimensions) for (const raterId of raters) if (next() < 0.5) set.value('scores.set', { practiceId, dimension, raterId, value: Math.floor(next() * 5) as 0 | 1 | 2 | 3 | 4, evidence: null });
      }
    }
    forgetHistorySince(partner, sent);
    forgetHistorySince(ours, sent);
    // Expected: the partner's keys missing here, looked up one at a time, in SQLite's key order.
    const theirKeys = partner.db.prepare('SELECT practice_id, dimension_id, rater_id FROM scores ORDER BY 1, 2, 3').raw().all() as string[][];
    const here = ours.db.prepare('SELECT 1 FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').pluck();
    const expected = theirKeys.filter((k) => here.get(...k) === undefined);
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(theirKeys.length);

    const file = await fileOf(partner);
    expect(api.value('merge.check', { file }).counts.score).toEqual({ added: expected.length, updated: 0, removed: 0 });
    api.value('merge.run', { file });
    const written = mergeChanges(ours).map((c) => Object.values(JSON.parse(c.key) as Record<string, string>));
    expect(written).toEqual(expected);
  });
});
