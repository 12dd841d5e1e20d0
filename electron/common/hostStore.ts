/** How every host opens its dataset: the --db file, or the default one (created and seeded on first use). */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openSeededStore } from '../../data/seed/seed.js';
import type { OpenOptions, Store } from '../../data/store/store.js';
import { acquireStoreLock, describeHolder, storeLockHolder, type LockAttempt, type StoreLock } from '../../data/store/lock.js';
import { createEmptyStore } from '../../data/store/files.js';
import { defaultStorePath } from './storeLocation.js';

/** Why a store opened read-only although the file is writable: another instance has it. */
const lockNotices = new WeakMap<Store, string>();

/**
 * The file's lock, or a stand-in where no lock file can be written beside it (a folder we may
 * not write to): then SQLite's own locking is all there is, as before locks existed.
 */
function tryLock(path: string): LockAttempt {
  try {
    return acquireStoreLock(path);
  } catch {
    return { acquired: true, lock: { lockPath: '', release: () => undefined } };
  }
}

/** The store, closing which also lets go of the file's lock. */
function holding(store: Store, lock: StoreLock): Store {
  // A file read-only on disk is never written here, so another instance may have it.
  if (store.readOnly) {
    lock.release();
    return store;
  }
  return {
    ...store,
    close: () => {
      try {
        store.close();
      } finally {
        lock.release();
      }
    },
  };
}

export function openHostStore(dbPath: string | undefined, options: OpenOptions = {}): Store {
  const path = resolve(dbPath ?? defaultStorePath());
  mkdirSync(dirname(path), { recursive: true });
  // A file the user names may come from anywhere: check it. The app's own dataset opens quickly,
  // and only it is filled when found empty (a first start cut short); an empty file the user names
  // may be a copy still being written, which filling would destroy.
  const opening = { checkIntegrity: dbPath !== undefined, adoptEmptyFile: dbPath === undefined, ...options };
  if (options.readOnly) return openSeededStore(path, opening);
  const attempt = tryLock(path);
  if (!attempt.acquired) {
    const opened = openSeededStore(path, { ...opening, readOnly: true });
    const notice = `${describeHolder(path, attempt.holder)}; opened read-only. Close it there to make changes here.`;
    const store: Store = { ...opened, readOnlyReason: notice };
    lockNotices.set(store, notice);
    return store;
  }
  try {
    return holding(openSeededStore(path, opening), attempt.lock);
  } catch (error) {
    attempt.lock.release();
    throw error;
  }
}

/** Throws when another instance has `path` open: Save As and New would replace the file under it. */
export function refuseIfOpenElsewhere(path: string): void {
  const state = storeLockHolder(resolve(path));
  if (state.held) throw new Error(`${describeHolder(resolve(path), state.holder)}; close it there first, or choose another file.`);
}

/** File > New: an empty dataset at `path`, which must not be open in another instance. */
export function createHostEmptyStore(path: string, options: OpenOptions = {}): Store {
  const target = resolve(path);
  const attempt = tryLock(target);
  if (!attempt.acquired) throw new Error(`${describeHolder(target, attempt.holder)}; close it there first, or choose another file.`);
  try {
    return holding(createEmptyStore(target, options), attempt.lock);
  } catch (error) {
    attempt.lock.release();
    throw error;
  }
}

/** One line for the user about what opening did, or null when there is nothing to say. */
export function openingNotice(store: Store): string | null {
  const locked = lockNotices.get(store);
  if (locked) return locked;
  if (store.migratedFrom) {
    return `Upgraded ${store.path} from dataset version ${store.migratedFrom.version}; the old file was kept as ${store.migratedFrom.backupPath}.`;
  }
  if (store.readOnly) return `${store.path} is read-only: you can look, filter and export, but not change it.`;
  return null;
}
