import { beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { openStore, type Store } from '../store/store.js';

const { store, reopen, api } = storePerTest('history');
let rater = '';

/** The data, without the history tables themselves. */
function data(s: Store = store()) {
  const { change_sets: _sets, changes: _changes, ...rest } = snapshot(s.db);
  return rest;
}
const csv = (content: string) => ({ name: 'sheet.csv', contentBase64: Buffer.from(content, 'utf8').toString('base64') });

beforeEach(() => {
  rater = api.value('raters.create', { name: 'Ana' }).id;
  api.value('practices.create', {
    id: 'sfs',
    fields: { name: 'SFS 6002', country: 'Finland', hours: 8, narratives: { governance: 'Mandatory national standard' }, sources: [{ document: '000.txt', section: 'P5' }] },
  });
  api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3, evidence: 'Standard' });
});

describe('undo and redo', () => {
  it('take back an edit and bring it back, with the label of what they do', () => {
    const before = data();
    api.value('practices.update', { id: 'sfs', fields: { hours: 16, narratives: {}, sources: [] } });
    const after = data();
    expect(api.value('history.status', {}).undo?.label).toBe('Edited “SFS 6002”');
    expect(api.value('history.undo', {}).label).toBe('Edited “SFS 6002”');
    expect(data()).toEqual(before);
    expect(api.value('history.status', {}).redo?.label).toBe('Edited “SFS 6002”');
    api.value('history.redo', {});
    expect(data()).toEqual(after);
  });

  it('bring a deleted practice back with its narratives, sources and every rater’s scores', () => {
    const before = data();
    api.value('practices.delete', { id: 'sfs' });
    expect(api.value('app.info', {}).practiceCount).toBe(0);
    api.value('history.undo', {});
    expect(data()).toEqual(before);
    expect(api.value('practices.get', { id: 'sfs' }).scores[0]).toMatchObject({ value: 3, evidence: 'Standard' });
  });

  it('take back a whole import as one step, after a restart too', () => {
    const before = data();
    const result = api.value('import.run', { file: csv('Practice id;Name;Country;Hours\nsfs;SFS 6002;Finland;12\nnew1;Sähköauton huolto;Finland;82,5\n'), key: 'id', dryRun: false });
    expect(result.counts).toMatchObject({ new: 1, updated: 1 });
    const after = data();
    reopen();
    expect(api.value('history.status', {}).undo?.label).toBe('Imported sheet.csv (1 new, 1 updated)');
    api.value('history.undo', {});
    expect(data()).toEqual(before);
    api.value('history.redo', {});
    expect(data()).toEqual(after);
  });

  it('walk back through several steps in order, and a new edit ends what redo can bring back', () => {
    const start = data();
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 4, evidence: 'Revised' });
    api.value('scores.clear', { practiceId: 'sfs', dimension: 'governance', raterId: rater });
    api.value('dimensions.setTarget', { id: 'governance', target: 4 });
    expect(api.value('history.undo', {}).label).toBe('Set the Governance target to 4');
    expect(api.value('history.undo', {}).label).toBe('Cleared the Governance score of “SFS 6002”');
    expect(api.value('history.undo', {}).label).toBe('Scored Governance of “SFS 6002”');
    expect(data()).toEqual(start);
    api.value('practices.update', { id: 'sfs', fields: { notes: 'New direction' } });
    expect(api.value('history.status', {}).redo).toBeNull();
    expect(api.call('history.redo', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'There is nothing to redo.' } });
  });

  it('never brings back a step a new edit ended, not even once that edit is undone in turn', async () => {
    api.value('dimensions.setTarget', { id: 'governance', target: 4 });
    expect(api.value('history.undo', {}).label).toBe('Set the Governance target to 4');
    // Apart in time from the undo (the rule compares when a step was undone with when later ones were made).
    await new Promise((resolve) => setTimeout(resolve, 5));
    api.value('practices.update', { id: 'sfs', fields: { notes: 'New direction' } });
    expect(api.value('history.undo', {}).label).toBe('Edited “SFS 6002”');
    // Redo brings back what was just undone, not the target change the edit had ended.
    expect(api.value('history.status', {}).redo?.label).toBe('Edited “SFS 6002”');
    expect(api.value('history.redo', {}).label).toBe('Edited “SFS 6002”');
    expect(api.value('history.status', {}).redo).toBeNull();
    expect(api.value('dimensions.list', {}).find((d) => d.id === 'governance')?.target).not.toBe(4);
  });

  it('refuse to undo over a change made since by another program, changing nothing', () => {
    api.value('practices.update', { id: 'sfs', fields: { hours: 16 } });
    const other = openStore(store().path);
    other.db.prepare("UPDATE practices SET hours = 99 WHERE id = 'sfs'").run();
    other.close();
    const before = snapshot(store().db);
    expect(api.call('history.undo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(store().db)).toEqual(before);
  });

  it('record nothing for reads, dry runs and refused input', () => {
    const count = () => (store().db.prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;
    const sets = count();
    api.value('import.run', { file: csv('Name;Country\nX;Spain\n'), key: 'nameCountry', dryRun: true });
    api.call('practices.update', { id: 'sfs', fields: { hours: -1 } });
    api.call('practices.update', { id: 'sfs', fields: { hours: 8 } }); // no change at all
    api.value('analysis.gaps', {});
    expect(count()).toBe(sets);
  });

  it('keep a practice’s history: who changed what, before and after', () => {
    api.value('preferences.set', { currentRaterId: rater });
    api.value('practices.update', { id: 'sfs', fields: { hours: 16 } });
    const entries = api.value('history.ofPractice', { id: 'sfs' });
    expect(entries[0]).toMatchObject({ entity: 'practice', changeSet: { label: 'Edited “SFS 6002”', raterId: rater } });
    expect((entries[0]!.before as { row: { hours: number } }).row.hours).toBe(8);
    expect((entries[0]!.after as { row: { hours: number } }).row.hours).toBe(16);
    expect(entries.map((e) => e.changeSet.label)).toEqual(['Edited “SFS 6002”', 'Scored Governance of “SFS 6002”', 'Created “SFS 6002”']);
    api.value('consensus.set', { practiceId: 'sfs', dimension: 'governance', value: 3, rationale: 'Agreed' });
    expect(api.value('history.ofPractice', { id: 'sfs' })[0]).toMatchObject({ entity: 'consensus', changeSet: { label: 'Agreed Governance of “SFS 6002” at 3' } });
  });
});
