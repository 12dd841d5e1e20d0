/**
 * A test file's throwaway store, in a temp folder of its own (never shared with another file) that is
 * removed after the file's tests. One home for the setup every data test needs.
 */
import { afterAll, beforeEach } from 'vitest';
import { openStore, type OpenOptions, type Store } from '../../data/store/store.js';
import { client } from './apiClient.js';
import { tempDir } from './tempFiles.js';

type Open = (path: string) => Store;

/** One store for the whole file (or the describe block that calls this), opened now, closed and its folder removed after its tests. */
export function storeForFile(name: string, open: Open = openStore) {
  const tmp = tempDir();
  const store = open(tmp.file(name));
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });
  return { tmp, store, api: client(store) };
}

/**
 * A new, empty store before each test, closed after it. `store()` is the current test's store, and
 * `api` always calls it, so a file's own beforeEach (registered after this) can fill it; `reopen`
 * closes it and opens its file again (for example read-only) for the rest of the test.
 */
export function storePerTest(name: string, open: Open = openStore) {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;
  let current: Store | null = null;
  beforeEach(() => {
    current = open(tmp.file(`${name}-${n++}.acmap`));
    return () => current?.close();
  });
  const store = (): Store => {
    if (current === null) throw new Error('The store is opened before each test; use it inside a test or a hook.');
    return current;
  };
  const reopen = (options?: OpenOptions): Store => {
    const { path } = store();
    store().close();
    current = openStore(path, options);
    return current;
  };
  return { tmp, store, reopen, api: client(store) };
}
