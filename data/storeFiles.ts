/** Dataset files as documents: a new empty one, and Save As (a consistent copy while the app runs). */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openStore, type OpenOptions, type Store } from './store.js';

/** A database file with what SQLite writes beside it (the copy Save As writes keeps a rollback journal). */
function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
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
    throw new Error(saveAsFailure(error), { cause: error });
  }
}

/**
 * What went wrong, in words for the Save As error box. A full disk reaches SQLite as SQLITE_FULL
 * (ENOSPC); other failed writes (a drive removed, a file size limit) as I/O errors.
 */
function saveAsFailure(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  const kept = 'The open dataset is unchanged and no partial file was left behind';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return `The disk is full, so the copy could not be saved. ${kept}; free some space and try again.`;
  if (typeof code === 'string' && (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === 'EFBIG')) {
    return `The copy could not be written to the disk (${text}). ${kept}; check that the drive is still there and has room, or choose another.`;
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `The copy cannot be written there (${text}). ${kept}; choose another folder.`;
  return `The copy could not be saved: ${text}. ${kept}.`;
}
