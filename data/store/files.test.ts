import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openSeededStore } from '../seed/seed.js';
import { openStore, StoreOpenError } from './store.js';
import { generateMap } from '../seed/generateMap.js';
import { createEmptyStore, SaveAsCancelled, saveStoreAs } from './files.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('dataset files', () => {
  it('Save As makes a consistent copy while the store stays open and in use, reporting progress', async () => {
    const store = openSeededStore(tmp.file('original.acmap'));
    const api = client(store);
    api.value('raters.create', { name: 'Ana' });
    const progress: number[] = [];
    await saveStoreAs(store, tmp.file('copy.acmap'), (done, total) => progress.push(done / total));
    expect(progress.at(-1)).toBe(1);
    const copy = openStore(tmp.file('copy.acmap'), { checkIntegrity: true });
    expect(snapshot(copy.db)).toEqual(snapshot(store.db));
    expect(existsSync(tmp.file('copy.acmap.partial'))).toBe(false);
    copy.close();
    api.value('practices.update', { id: 'es-p01-fpcat-upc-electromobility-mcs', fields: { notes: 'after the copy' } });
    store.close();
  });

  it('Save As cancelled part-way writes nothing and leaves the file it would have replaced as it was', async () => {
    const store = openSeededStore(tmp.file('to-cancel.acmap'));
    generateMap(store.db, { practices: 1500, raters: 2 }); // many steps of 200 pages
    const target = tmp.file('cancel-target.acmap');
    writeFileSync(target, 'the file the user would have replaced');
    const cancel = new AbortController();
    const steps: number[] = [];
    const saving = saveStoreAs(
      store,
      target,
      (done, total) => {
        steps.push(done / total);
        if (steps.length === 2) cancel.abort();
      },
      cancel.signal,
    );
    await expect(saving).rejects.toThrow(SaveAsCancelled);
    expect(steps).toHaveLength(2);
    expect(steps[1]).toBeLessThan(1);
    expect(readFileSync(target, 'utf8')).toBe('the file the user would have replaced');
    expect(readdirSync(tmp.dir).filter((name) => name.startsWith('cancel-target'))).toEqual(['cancel-target.acmap']);
    // The dataset itself goes on as before, and a Save As after it completes.
    await saveStoreAs(store, target);
    const copy = openStore(target, { checkIntegrity: true });
    expect(snapshot(copy.db)).toEqual(snapshot(store.db));
    copy.close();
    store.close();
  });

  it('New makes an empty dataset with the rubric and no practices', () => {
    writeFileSync(tmp.file('replaced.acmap'), 'an old file the user chose to replace');
    const store = createEmptyStore(tmp.file('replaced.acmap'));
    expect(client(store).value('app.info', {}).practiceCount).toBe(0);
    expect(client(store).value('rubric.get', {}).version).toBe(1);
    store.close();
  });

  it('a damaged (truncated) file is refused and left untouched', () => {
    const path = tmp.file('truncated.acmap');
    const store = openSeededStore(path);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = readFileSync(path);
    expect(() => openStore(path, { checkIntegrity: true })).toThrow(StoreOpenError);
    try {
      openStore(path, { checkIntegrity: true });
    } catch (error) {
      expect((error as StoreOpenError).problem).toBe('damaged');
      expect((error as Error).message).toMatch(/damaged/);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a file whose pages were overwritten fails the integrity check', () => {
    const path = tmp.file('scribbled.acmap');
    const store = openSeededStore(path);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const bytes = readFileSync(path);
    const pageSize = 4096;
    // Scribble over the b-tree headers of some pages (not the file header): SQLite opens the file, the check does not pass.
    for (let page = 2; page <= 6; page++) bytes.fill(0x41, pageSize * (page - 1), pageSize * (page - 1) + 64);
    writeFileSync(path, bytes);
    expect(() => openStore(path, { checkIntegrity: true })).toThrow(/damaged/);
  });
});
