/**
 * A store's revision: it changes whenever anything is written, by this process (counted by the
 * dispatcher after each write operation) or by another connection (SQLite's data_version).
 * Caches of derived data key on it.
 *
 * Beside it, the rows this connection changed that nothing explains: SQLite's total_changes()
 * less the rows changed by writes the history records (change sets, undo, redo) or that change
 * nothing views derive from (preferences, derived data's own temporary tables). Derived data is
 * refreshed from the history for explained writes, and rebuilt whole after any other (a seed, a
 * generator, a test writing SQL).
 */
import type { Database } from 'better-sqlite3';
import { statement } from './statements.js';

const writes = new WeakMap<Database, number>();

export function noteWrite(db: Database): void {
  writes.set(db, (writes.get(db) ?? 0) + 1);
}

export function revisionOf(db: Database): string {
  return `${writes.get(db) ?? 0}:${dataVersion(db)}`;
}

/** Changes when another connection (the job worker, another process) commits a write. */
export function dataVersion(db: Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}

const explained = new WeakMap<Database, number>();
const depth = new WeakMap<Database, number>();

/** Rows this connection ever changed (SQLite's total_changes()). */
export function totalChangesOf(db: Database): number {
  return statement(db, 'SELECT total_changes()').pluck().get() as number;
}

/**
 * Runs writes whose rows the history explains (or that change no data), so that they are not
 * taken for writes that bypass it. Nested calls count once, in the outermost.
 */
export function explainedWrite<T>(db: Database, run: () => T): T {
  const level = depth.get(db) ?? 0;
  if (level > 0) return run();
  const before = totalChangesOf(db);
  depth.set(db, 1);
  try {
    return run();
  } finally {
    depth.set(db, 0);
    // Rolled-back rows count too: SQLite's count never goes back, and they changed nothing.
    explained.set(db, (explained.get(db) ?? 0) + totalChangesOf(db) - before);
  }
}

/** Rows this connection changed outside explainedWrite, ever: when it grows, derived data is rebuilt whole. */
export function unexplainedChanges(db: Database): number {
  return totalChangesOf(db) - (explained.get(db) ?? 0);
}
