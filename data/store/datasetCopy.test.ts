/** Save As in the browser host (issue 17, item 9): the dataset's bytes, a consistent copy that opens as the same data. */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore } from './store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('app.datasetCopy', () => {
  it('returns the open dataset as an .acmap file that opens with the same practices and scores', () => {
    const store = openStore(tmp.file('partner.acmap'));
    const api = client(store);
    api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
    const rater = api.value('raters.create', { name: 'Ana' }).id;
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: rater, value: 3 });
    const file = api.value('app.datasetCopy', {});
    expect(file).toMatchObject({ fileName: 'partner.acmap', encoding: 'base64' });
    const copyPath = tmp.file('downloaded.acmap');
    writeFileSync(copyPath, Buffer.from(file.content, 'base64'));
    const copy = openStore(copyPath);
    try {
      const names = client(copy).value('practices.list', { limit: 1000 }).rows.map((r) => r.name);
      expect(names).toEqual(client(store).value('practices.list', { limit: 1000 }).rows.map((r) => r.name));
      expect(client(copy).value('practices.get', { id: 'sfs' }).scores[0]).toMatchObject({ value: 3 });
    } finally {
      copy.close();
      store.close();
    }
  });
});
