/**
 * A store's revision: it changes whenever anything is written, by this process (counted by the
 * dispatcher after each write operation) or by another connection (SQLite's data_version).
 * Caches of derived data key on it.
 */
import type { Database } from 'better-sqlite3';

const writes = new WeakMap<Database, number>();

export function noteWrite(db: Database): void {
  writes.set(db, (writes.get(db) ?? 0) + 1);
}

export function revisionOf(db: Database): string {
  return `${writes.get(db) ?? 0}:${db.pragma('data_version', { simple: true }) as number}`;
}
