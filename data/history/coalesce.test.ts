/** One user action, one history step: a score's value, evidence and confidence (issue 17, item 4). */
import { beforeEach, describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/support/scratchStore.js';

const { store, api } = storePerTest('coalesce');

let rater = '';
const sets = () => store().db.prepare('SELECT count(*) FROM change_sets').pluck().get() as number;
const score = () => api.value('practices.get', { id: 'sfs' });

beforeEach(() => {
  rater = api.value('raters.create', { name: 'Ana' }).id;
  api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
});

describe('a score is one step in the history', () => {
  it('value, then evidence, then confidence: one step, undone back to unscored in one undo', () => {
    const before = sets();
    const unscored = JSON.stringify(score());
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3 });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3, evidence: 'National standard' });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3, evidence: 'National standard', confidence: 'high' });
    expect(sets()).toBe(before + 1);
    expect(api.value('history.status', {}).undo?.label).toBe('Scored Governance of “SFS 6002”');
    api.value('history.undo', {});
    expect(JSON.stringify(score())).toBe(unscored);
    expect(api.value('history.status', {}).undo?.label).toBe('Created “SFS 6002”');
    api.value('history.redo', {});
    expect(score().scores.find((s) => s.dimension === 'governance')).toMatchObject({ value: 3, evidence: 'National standard', confidence: 'high' });
  });

  it('another dimension, an undone step or an edit between are steps of their own', () => {
    const before = sets();
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3 });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'pedagogy', raterId: rater, value: 2 });
    expect(sets()).toBe(before + 2);
    api.value('history.undo', {});
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 4 });
    expect(sets()).toBe(before + 3);
    api.value('practices.update', { id: 'sfs', fields: { hours: 8 } });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 1 });
    expect(sets()).toBe(before + 5);
  });
});

describe('a new value is a decision of its own', () => {
  it('3 then 4 are two steps; undo goes back to 3 with its evidence', () => {
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3, evidence: 'Standard' });
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 4, evidence: 'Revised' });
    api.value('history.undo', {});
    expect(score().scores.find((s) => s.dimension === 'governance')).toMatchObject({ value: 3, evidence: 'Standard' });
  });
});
