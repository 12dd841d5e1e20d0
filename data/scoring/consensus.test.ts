import { beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { SEED_RATER_ID } from '../domain/domain.js';

const { store, api } = storePerTest('consensus');
let ana = '';
let bo = '';

beforeEach(() => {
  store().db.prepare("INSERT INTO raters (id, name, created_at) VALUES (?, 'Seed reading of the rubric', '2026-01-01')").run(SEED_RATER_ID);
  ana = api.value('raters.create', { name: 'Ana' }).id;
  bo = api.value('raters.create', { name: 'Bo' }).id;
  const practices = [
    ['a', 'Alpha', 'Finland'],
    ['b', 'Beta', 'Spain'],
    ['c', 'Gamma', 'Finland'],
  ] as const;
  for (const [id, name, country] of practices) api.value('practices.create', { id, fields: { name, country } });
  const score = (practiceId: string, dimension: 'governance' | 'pedagogy' | 'assessment', raterId: string, value: 0 | 1 | 2 | 3 | 4) =>
    api.value('scores.set', { practiceId, dimension, raterId, value, evidence: `${raterId === ana ? 'Ana' : 'Bo'} read ${practiceId}` });
  score('a', 'governance', ana, 4);
  score('a', 'governance', bo, 1); // difference 3
  score('a', 'pedagogy', ana, 2);
  score('a', 'pedagogy', bo, 2); // agree
  score('b', 'assessment', ana, 3);
  score('b', 'assessment', bo, 2); // difference 1
  score('c', 'governance', ana, 0); // Bo did not score it: not a disagreement
  // The seed's reading differs from everyone, but is not a rater in the queue unless asked for.
  store().db.prepare("INSERT INTO scores VALUES ('a', 'pedagogy', ?, 4, NULL, NULL, 1, '2026-01-01', '2026-01-01')").run(SEED_RATER_ID);
});

describe('the disagreement queue', () => {
  it('lists the pairs where raters differ, largest difference first, with each rater’s score and evidence', () => {
    const queue = api.value('analysis.disagreements', {});
    expect(queue).toMatchObject({ total: 2, settled: 0, matching: 2 });
    expect(queue.rows.map((r) => [r.practiceName, r.dimension, r.difference])).toEqual([
      ['Alpha', 'governance', 3],
      ['Beta', 'assessment', 1],
    ]);
    expect(queue.rows[0]!.scores).toEqual([
      { raterId: ana, raterName: 'Ana', value: 4, evidence: 'Ana read a', confidence: null },
      { raterId: bo, raterName: 'Bo', value: 1, evidence: 'Bo read a', confidence: null },
    ]);
  });

  it('filters by difference, by the practices’ filter, and by the raters compared', () => {
    expect(api.value('analysis.disagreements', { minDifference: 2 }).rows.map((r) => r.practiceId)).toEqual(['a']);
    expect(api.value('analysis.disagreements', { filter: { countryGroup: ['Spain'] } }).rows.map((r) => r.practiceId)).toEqual(['b']);
    const withSeed = api.value('analysis.disagreements', { raters: [ana, SEED_RATER_ID] });
    expect(withSeed.rows.map((r) => [r.practiceId, r.dimension, r.difference])).toEqual([['a', 'pedagogy', 2]]);
    const unknown = api.call('analysis.disagreements', { raters: [ana, 'nobody'] });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not_found');
  });

  it('records a consensus with its rationale, shows the pair as settled, and undoes it', () => {
    const refused = api.call('consensus.set', { practiceId: 'a', dimension: 'governance', value: 3, rationale: '  ' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Say why the team agreed/);
    api.value('preferences.set', { currentRaterId: ana });
    const before = snapshot(store().db);
    const agreed = api.value('consensus.set', { practiceId: 'a', dimension: 'governance', value: 3, rationale: 'Framework exists; validation not yet published' });
    expect(agreed).toMatchObject({ value: 3, recordedBy: ana });
    expect(api.value('history.status', {}).undo?.label).toBe('Agreed Governance of “Alpha” at 3');
    expect(api.value('analysis.disagreements', {})).toMatchObject({ total: 2, settled: 1, matching: 2 });
    expect(api.value('analysis.disagreements', { status: 'open' })).toMatchObject({ total: 2, settled: 1, matching: 1 });
    expect(api.value('analysis.disagreements', { status: 'open' }).rows.map((r) => r.practiceId)).toEqual(['b']);
    expect(api.value('analysis.disagreements', { status: 'settled' }).rows[0]!.consensus).toMatchObject({ value: 3, rationale: 'Framework exists; validation not yet published' });
    api.value('history.undo', {});
    const { change_sets: _a, changes: _b, ...now } = snapshot(store().db);
    const { change_sets: _c, changes: _d, ...then } = before;
    expect(now).toEqual(then);
  });

  it('keeps a practice’s consensus in its history when the practice is deleted, so undo brings it back', () => {
    api.value('consensus.set', { practiceId: 'c', dimension: 'governance', value: 1, rationale: 'Only one reading' });
    api.value('practices.delete', { id: 'c' });
    api.value('history.undo', {});
    expect(store().db.prepare('SELECT value FROM consensus_scores WHERE practice_id = ?').pluck().get('c')).toBe(1);
  });
});

describe('which number the views use', () => {
  it('is the consensus by default, and can be the mean or one rater, as a recorded setting', () => {
    expect(api.value('scoreSource.get', {})).toEqual({ kind: 'consensus' });
    expect(api.value('scoreSource.set', { source: { kind: 'rater', raterId: bo } })).toEqual({ kind: 'rater', raterId: bo });
    expect(api.value('history.status', {}).undo?.label).toBe('Views now use one rater’s scores');
    const unknown = api.call('scoreSource.set', { source: { kind: 'rater', raterId: 'nobody' } });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not_found');
    api.value('history.undo', {});
    expect(api.value('scoreSource.get', {})).toEqual({ kind: 'consensus' });
  });

  it('drives the gaps, the table’s score column and score filters: consensus, else the mean; or the mean; or one rater', () => {
    const governance = () => {
      const cell = api.value('analysis.gaps', { filter: { search: 'alpha' } }).overall.cells.governance;
      const row = api.value('practices.list', { filter: { search: 'alpha' } }).rows[0]!;
      return [cell.mean, cell.gap, row.scores.governance];
    };
    // Ana 4, Bo 1: the mean is 2.5 until the team agrees on 3.
    expect(governance()).toEqual([2.5, 0.5, 2.5]);
    api.value('consensus.set', { practiceId: 'a', dimension: 'governance', value: 3, rationale: 'Agreed' });
    expect(governance()).toEqual([3, 0, 3]);
    expect(api.value('practices.list', { filter: { scores: { governance: { min: 3 } } } }).rows.map((r) => r.id)).toEqual(['a']);
    api.value('scoreSource.set', { source: { kind: 'mean' } });
    expect(governance()).toEqual([2.5, 0.5, 2.5]);
    expect(api.value('practices.list', { filter: { scores: { governance: { min: 3 } } } }).rows).toEqual([]);
    api.value('scoreSource.set', { source: { kind: 'rater', raterId: bo } });
    expect(governance()).toEqual([1, 2, 1]);
    // A consensus on a pair nobody scored counts too (it is the team's reading).
    api.value('scoreSource.set', { source: { kind: 'consensus' } });
    api.value('consensus.set', { practiceId: 'b', dimension: 'governance', value: 2, rationale: 'Discussed without scoring' });
    expect(api.value('analysis.gaps', { filter: { search: 'beta' } }).overall.cells.governance.mean).toBe(2);
  });
});
