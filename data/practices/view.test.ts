import { beforeEach, describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/support/scratchStore.js';

const { api } = storePerTest('blind');
let ana = '';
let bo = '';

beforeEach(() => {
  ana = api.value('raters.create', { name: 'Ana' }).id;
  bo = api.value('raters.create', { name: 'Bo' }).id;
  api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
  api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: bo, value: 4, evidence: 'National standard' });
  api.value('scores.set', { practiceId: 'sfs', dimension: 'pedagogy', raterId: bo, value: 1, evidence: null });
  api.value('consensus.set', { practiceId: 'sfs', dimension: 'governance', value: 3, rationale: 'Agreed' });
});

describe('blind mode', () => {
  it('hides other raters’ scores (and the consensus) on a dimension until the current rater has scored it', () => {
    api.value('preferences.set', { currentRaterId: ana, blindMode: true });
    const blind = api.value('practices.get', { id: 'sfs' });
    expect(blind.scores).toEqual([]);
    expect(blind.hiddenScores).toEqual({ governance: 1, pedagogy: 1 });
    expect(blind.consensus).toEqual({});

    const scored = api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ana, value: 2, evidence: 'My own reading' });
    expect(scored.value).toBe(2);
    const after = api.value('practices.get', { id: 'sfs' });
    expect(after.scores.map((s) => [s.dimension, s.raterId]).sort()).toEqual([
      ['governance', ana],
      ['governance', bo],
    ].sort());
    expect(after.hiddenScores).toEqual({ pedagogy: 1 });
    expect(after.consensus.governance?.value).toBe(3);
  });

  it('shows everything when it is off', () => {
    api.value('preferences.set', { currentRaterId: ana, blindMode: false });
    expect(api.value('practices.get', { id: 'sfs' }).scores).toHaveLength(2);
  });

  it('hides everything when it is on and nobody is scoring: nothing is theirs, so nothing is unblinded', () => {
    api.value('preferences.set', { currentRaterId: null, blindMode: true });
    expect(api.value('practices.get', { id: 'sfs' })).toMatchObject({ scores: [], hiddenScores: { governance: 1, pedagogy: 1 }, consensus: {} });
  });
});
