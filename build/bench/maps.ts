/**
 * The generated maps the benchmarks read: five dimensions, three raters, deterministic for a seed.
 * Generating 100,000 practices takes minutes, so a map is kept in the cache folder and reused
 * while the schema version is the same (a newer schema would otherwise upgrade it on open).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateMap } from '../../data/seed/generateMap.js';
import { LATEST_SCHEMA_VERSION } from '../../data/store/migrations.js';
import { openStore } from '../../data/store/store.js';
import { log, time } from './timing.js';

export const RATERS = 3;
const SEED = 1;

export interface BenchMap {
  practices: number;
  path: string;
  /** Seconds it took to generate, or null when an earlier run's map was reused. */
  generatedIn: number | null;
}

export function mapFor(cacheDir: string, practices: number, fresh: boolean): BenchMap {
  mkdirSync(cacheDir, { recursive: true });
  const prefix = `map-${practices}-r${RATERS}-s${SEED}-v`;
  const path = join(cacheDir, `${prefix}${LATEST_SCHEMA_VERSION}.acmap`);
  const older = readdirSync(cacheDir).filter((f) => f.startsWith(prefix) && f.endsWith('.acmap') && f !== basename(path));
  if (existsSync(path) && !fresh) return { practices, path, generatedIn: null };
  const partial = `${path}.partial`;
  for (const file of [path, partial]) removeDatabase(file);
  const previous = fresh ? undefined : older[0];
  const elapsed = time(() => {
    if (previous) {
      // A map from an older schema version: upgraded as the app would, far quicker than generating it again.
      log(`upgrading ${previous} to schema version ${LATEST_SCHEMA_VERSION}…`);
      renameSync(join(cacheDir, previous), partial);
      const store = openStore(partial);
      if (store.migratedFrom) rmSync(store.migratedFrom.backupPath, { force: true });
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.close();
      return;
    }
    log(`generating ${practices} practices (${RATERS} raters)…`);
    const store = openStore(partial);
    generateMap(store.db, { practices, raters: RATERS, seed: SEED });
    // One self-contained file, so copies made by plain file copy are complete.
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
  });
  for (const old of older) removeDatabase(join(cacheDir, old));
  renameSync(partial, path);
  return { practices, path, generatedIn: previous ? null : elapsed / 1000 };
}

/** A scratch copy of a map (a benchmark that writes must not change the cached map). */
export function copyMap(map: BenchMap, to: string): string {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${to}${suffix}`, { force: true });
  copyFileSync(map.path, to);
  return to;
}

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
