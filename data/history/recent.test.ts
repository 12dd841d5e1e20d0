/** The header's history panel (history.recent) and notices that name a practice, never its id (issue 17, item 4). */
import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';

const { api } = storeForFile('recent.acmap');

describe('the recent history', () => {
  it('lists the latest steps newest first, undone ones marked, and names a deleted practice', () => {
    api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
    api.value('practices.update', { id: 'sfs', fields: { hours: 8 } });
    api.value('practices.delete', { id: 'sfs' });
    expect(api.value('history.status', {}).undo?.label).toBe('Deleted “SFS 6002”');
    expect(api.value('history.undo', {}).label).toBe('Deleted “SFS 6002”');
    const recent = api.value('history.recent', { limit: 2 });
    expect(recent.map((s) => [s.label, s.undoneAt !== null])).toEqual([
      ['Deleted “SFS 6002”', true],
      ['Edited “SFS 6002”', false],
    ]);
  });
});
