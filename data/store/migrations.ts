/**
 * Numbered schema migrations. Each one runs in its own transaction together with the
 * `PRAGMA user_version` bump, so a store is always at exactly one known version.
 * To change the schema, add data/migrations/000N_name.sql and append it here; never edit
 * a migration that has shipped.
 */
import type { Database } from 'better-sqlite3';
import m0001 from '../migrations/0001_init.sql';
import m0002 from '../migrations/0002_history.sql';
import m0003 from '../migrations/0003_sort_name.sql';
import m0004 from '../migrations/0004_merge.sql';
import m0006 from '../migrations/0006_consensus.sql';
import m0007 from '../migrations/0007_bench_indexes.sql';
import m0005 from '../migrations/0005_eu_elements.sql';
import m0008 from '../migrations/0008_case_studies.sql';
import m0009 from '../migrations/0009_claims.sql';
import m0010 from '../migrations/0010_lenses.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_init', sql: m0001 },
  { version: 2, name: '0002_history', sql: m0002 },
  { version: 3, name: '0003_sort_name', sql: m0003 },
  { version: 4, name: '0004_merge', sql: m0004 },
  { version: 5, name: '0005_eu_elements', sql: m0005 },
  { version: 6, name: '0006_consensus', sql: m0006 },
  { version: 7, name: '0007_bench_indexes', sql: m0007 },
  { version: 8, name: '0008_case_studies', sql: m0008 },
  { version: 9, name: '0009_claims', sql: m0009 },
  { version: 10, name: '0010_lenses', sql: m0010 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the store's version, each in one transaction. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= schemaVersionOf(db)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
