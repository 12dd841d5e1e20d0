/** How every host opens its dataset: the --db file, or the default one (created and seeded on first use). */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openSeededStore } from '../data/seed.js';
import type { OpenOptions, Store } from '../data/store.js';
import { defaultStorePath } from './storeLocation.js';

export function openHostStore(dbPath: string | undefined, options: OpenOptions = {}): Store {
  const path = resolve(dbPath ?? defaultStorePath());
  mkdirSync(dirname(path), { recursive: true });
  // A file the user names may come from anywhere: check it. The app's own dataset opens quickly.
  return openSeededStore(path, { checkIntegrity: dbPath !== undefined, ...options });
}

/** One line for the user about what opening did, or null when there is nothing to say. */
export function openingNotice(store: Store): string | null {
  if (store.migratedFrom) {
    return `Upgraded ${store.path} from dataset version ${store.migratedFrom.version}; the old file was kept as ${store.migratedFrom.backupPath}.`;
  }
  if (store.readOnly) return `${store.path} is read-only: you can look, filter and export, but not change it.`;
  return null;
}
