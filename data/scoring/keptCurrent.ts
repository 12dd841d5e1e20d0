/**
 * What derived data needs to know to stay current instead of being derived again: since a
 * generation it last saw, which practices changed. Each connection counts generations of the
 * store's data; a generation's changes come from the history (data/history/changedPractices.ts),
 * which records every tracked write, also those of other connections (the job worker, another
 * process). A write on this connection the history does not explain (a seed, a generator, a test
 * writing SQL), another connection's write that left no history, or a change of the score source
 * or the raters makes the generation's change `everything`, and derived data is rebuilt whole.
 */
import type { Database } from 'better-sqlite3';
import { historyPoint, practicesChangedBetween, type HistoryPoint, type PracticeChanges } from '../history/changedPractices.js';
import { dataVersion, revisionOf, totalChangesOf, unexplainedChanges } from '../store/revision.js';

export type { PracticeChanges };

interface Tracker {
  revision: string;
  total: number;
  unexplained: number;
  dataVersion: number;
  point: HistoryPoint;
  generation: number;
  /** The changes that made each of the latest generations, oldest first. */
  log: { generation: number; changes: PracticeChanges }[];
}

const trackers = new WeakMap<Database, Tracker>();
/** Generations remembered: derived data that fell further behind is rebuilt whole. */
const LOG_LENGTH = 64;
const EVERYTHING: PracticeChanges = { everything: true };

function samePoint(a: HistoryPoint, b: HistoryPoint): boolean {
  if (a.maxId !== b.maxId || a.undone.size !== b.undone.size) return false;
  for (const [id, at] of a.undone) if (b.undone.get(id) !== at) return false;
  return true;
}

/** The tracker brought up to the store as it is now. Outside a transaction only. */
function tracker(db: Database): Tracker {
  const revision = revisionOf(db);
  const total = totalChangesOf(db);
  let t = trackers.get(db);
  if (!t) {
    t = { revision, total, unexplained: unexplainedChanges(db), dataVersion: dataVersion(db), point: historyPoint(db), generation: 0, log: [] };
    trackers.set(db, t);
    return t;
  }
  // Nothing written by anyone since: the common case, two cheap reads.
  if (t.revision === revision && t.total === total) return t;
  // The history is read before any data is derived from the store as it is now, so a write that
  // lands in between is seen next time, never lost.
  const point = historyPoint(db);
  const version = dataVersion(db);
  const unexplained = unexplainedChanges(db);
  let changes: PracticeChanges | null;
  if (unexplained !== t.unexplained) changes = EVERYTHING;
  else if (samePoint(point, t.point)) changes = version !== t.dataVersion ? EVERYTHING : null;
  else changes = practicesChangedBetween(db, t.point, point);
  if (changes && (changes.everything || changes.practices.size > 0)) {
    t.generation += 1;
    t.log.push({ generation: t.generation, changes });
    if (t.log.length > LOG_LENGTH) t.log.shift();
  }
  Object.assign(t, { revision, total, unexplained, dataVersion: version, point });
  return t;
}

/**
 * The store's generation now, and what changed since `generation` (null: nothing; `everything`
 * for data never derived, or derived too long ago). Outside a transaction only: what a
 * transaction sees may yet be rolled back.
 */
export function changedSince(db: Database, generation: number | undefined): { generation: number; changes: PracticeChanges | null } {
  const t = tracker(db);
  if (generation === t.generation) return { generation, changes: null };
  const first = t.log[0];
  if (generation === undefined || !first || first.generation > generation + 1) return { generation: t.generation, changes: EVERYTHING };
  const practices = new Set<string>();
  const records = new Set<string>();
  for (const entry of t.log) {
    if (entry.generation <= generation) continue;
    if (entry.changes.everything) return { generation: t.generation, changes: EVERYTHING };
    for (const id of entry.changes.practices) practices.add(id);
    for (const id of entry.changes.records) records.add(id);
  }
  return { generation: t.generation, changes: { everything: false, practices, records } };
}

/**
 * One value per connection, computed on first use and brought up to date on use after a change:
 * `refresh` is given what changed (never `everything`, for which `compute` runs again). Never
 * kept from inside a transaction.
 */
export function keptCurrent<T>(
  compute: (db: Database) => T,
  refresh: (db: Database, value: T, changes: Extract<PracticeChanges, { everything: false }>) => T,
): (db: Database) => T {
  const kept = new WeakMap<Database, { generation: number; value: T }>();
  return (db) => {
    if (db.inTransaction) return compute(db);
    const hit = kept.get(db);
    const { generation, changes } = changedSince(db, hit?.generation);
    if (hit && changes === null) return hit.value;
    const value = hit && changes && !changes.everything ? refresh(db, hit.value, changes) : compute(db);
    kept.set(db, { generation, value });
    return value;
  };
}

/**
 * One value per connection, computed again on first use after a change: of any practice, or
 * with `recordsOnly`, of a practice's record (not its scores).
 */
export function perRevision<T>(compute: (db: Database) => T, options: { recordsOnly?: boolean } = {}): (db: Database) => T {
  return keptCurrent(compute, (db, value, changes) => (options.recordsOnly && changes.records.size === 0 ? value : compute(db)));
}
