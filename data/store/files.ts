/** Dataset files as documents: a new empty one, and Save As (a consistent copy while the app runs). */
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

/** Said when the user cancels a Save As: nothing was written. */
export class SaveAsCancelled extends Error {
  constructor() {
    super('Save As was cancelled: no copy was written, and a file that was already there is as it was.');
    this.name = 'SaveAsCancelled';
  }
}

/**
 * Copies the open dataset to `path` with SQLite's online backup, so the copy is consistent even
 * while the app keeps working, and reports progress. The copy is written beside the target first
 * and only then moved into place, so a failed or cancelled Save As leaves no half-written file
 * behind and a file it would replace stays whole until the finished copy takes its name.
 */
export async function saveStoreAs(store: Store, path: string, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<void> {
  if (path === store.path) throw new Error('Choose a different file to save a copy to.');
  const partial = `${path}.partial`;
  removeDatabaseFiles(partial);
  try {
    await store.db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        // Throwing here is how better-sqlite3 stops a backup between steps.
        if (signal?.aborted) throw new SaveAsCancelled();
        onProgress?.(totalPages - remainingPages, totalPages);
        return 200; // pages per step: small enough to keep the app responsive
      },
    });
    if (signal?.aborted) throw new SaveAsCancelled();
    onProgress?.(1, 1);
    // The old file's own working files go; the rename then replaces the file itself in one step.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
    renameSync(partial, path);
  } catch (error) {
    removeDatabaseFiles(partial);
    if (error instanceof SaveAsCancelled) throw error;
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

/**
 * The open dataset's bytes, for a download (the browser host's Save As). SQLite's VACUUM INTO
 * writes a consistent copy from one read transaction, whatever the app writes meanwhile (as the
 * online backup does, but at once, so an operation can answer with it), into a private
 * temporary folder that is removed again. The copy is also compact (no free pages).
 */
export function datasetCopy(store: Store): { fileName: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'autocredify-copy-'));
  try {
    const path = join(dir, 'copy.acmap');
    store.db.prepare('VACUUM INTO ?').run(path);
    const name = basename(store.path).replace(/\.[^.]*$/, '') || 'dataset';
    return { fileName: `${name}.acmap`, bytes: readFileSync(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
