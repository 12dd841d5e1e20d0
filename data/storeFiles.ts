/** Dataset files as documents: a new empty one, and Save As (a consistent copy while the app runs). */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openStore, type OpenOptions, type Store } from './store.js';

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** A new dataset with the dimensions and the rubric but no practices. Replaces a file the user chose to overwrite. */
export function createEmptyStore(path: string, options: OpenOptions = {}): Store {
  removeDatabaseFiles(path);
  return openStore(path, options);
}

/**
 * Copies the open dataset to `path` with SQLite's online backup, so the copy is consistent even
 * while the app keeps working, and reports progress. The copy is written beside the target first
 * and only then moved into place, so a failed Save As leaves no half-written file behind.
 */
export async function saveStoreAs(store: Store, path: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (path === store.path) throw new Error('Choose a different file to save a copy to.');
  const partial = `${path}.partial`;
  removeDatabaseFiles(partial);
  try {
    await store.db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return 200; // pages per step: small enough to keep the app responsive
      },
    });
    onProgress?.(1, 1);
    if (existsSync(path)) removeDatabaseFiles(path);
    renameSync(partial, path);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
}
