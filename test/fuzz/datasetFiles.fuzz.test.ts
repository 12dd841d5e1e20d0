/**
 * Mutated dataset files (bits flipped, bytes overwritten, inserted, cut out, the file truncated),
 * opened the way a file from elsewhere is opened (--db, File > Open: with the integrity check),
 * and sent to merge.check as a partner's file: either refused with a clear message, leaving the
 * file byte for byte as it was, or opened whole (integrity ok) and usable.
 */
import fc from 'fast-check';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../data/contract/dispatch.js';
import { openStore, StoreOpenError, type Store } from '../../data/store/store.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { envelopeSchema, fuzzParameters, mutate, mutation, sha256, smallStore } from './fuzzSupport.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Real files: a current dataset with practices, scores and history, and one from version 1 (opening upgrades it). */
const current = (() => {
  const { store } = smallStore(tmp.file('original.acmap'));
  const path = store.path;
  store.close(); // WAL checkpointed and removed: the whole dataset is in the one file, as it travels
  return readFileSync(path);
})();
const versionOne = readFileSync(fileURLToPath(new URL('../fixtures/datasets/version-1.acmap', import.meta.url)));
// Some files go through unchanged: most mutations make a file unreadable, and the files that opened
// used to be mostly the ones cut to 0 bytes, which were seeded in place (now refused: issue 13).
const mutatedFile = fc.tuple(fc.constantFrom(current, current, versionOne), fc.array(mutation, { minLength: 0, maxLength: 3 })).map(([bytes, mutations]) => mutate(bytes, mutations));

let counter = 0;

describe('mutated dataset files', () => {
  it('are refused with a clear message and left byte for byte as they were, or open whole and usable', () => {
    let opened = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutatedFile, (bytes) => {
        const path = tmp.file(`mutated-${++counter}.acmap`);
        writeFileSync(path, bytes);
        const before = sha256(bytes);
        let store: Store;
        try {
          store = openStore(path, { checkIntegrity: true });
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(StoreOpenError);
          expect((error as Error).message).toContain(path);
          expect(sha256(readFileSync(path))).toBe(before);
          // SQLite's working files must not be left beside a file we did not open.
          for (const suffix of ['-wal', '-shm', '-journal']) expect(existsSync(`${path}${suffix}`), suffix).toBe(false);
          rmSync(path);
          refused++;
          return;
        }
        try {
          opened++;
          expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
          for (const [operation, input] of [
            ['app.info', {}],
            ['practices.list', { limit: 50 }],
            ['analysis.gaps', {}],
            ['history.status', {}],
          ] as const) {
            const result = dispatch(store, operation, input);
            expect(envelopeSchema.safeParse(result).success, JSON.stringify(result).slice(0, 300)).toBe(true);
          }
        } finally {
          store.close();
        }
      }),
      fuzzParameters(150),
    );
    // Both outcomes occur: the mutations reach past the header checks, and some files still open.
    expect(refused).toBeGreaterThan(10);
    expect(opened).toBeGreaterThan(10);
  });

  it('sent to merge.check as a partner’s file, are refused with an envelope and never touch the open dataset', () => {
    const { store } = smallStore(tmp.file('merge-target.acmap'));
    try {
      fc.assert(
        fc.property(mutatedFile, (bytes) => {
          const before = snapshot(store.db);
          const result = dispatch(store, 'merge.check', { file: { name: 'partner.acmap', contentBase64: bytes.toString('base64') } });
          expect(envelopeSchema.safeParse(result).success, JSON.stringify(result).slice(0, 300)).toBe(true);
          expect(snapshot(store.db)).toEqual(before);
        }),
        fuzzParameters(60),
      );
    } finally {
      store.close();
    }
  });
});
