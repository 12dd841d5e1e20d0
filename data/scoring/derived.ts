/**
 * Data derived from the whole store, kept per connection until the store changes. At 100,000
 * practices averaging a million scores takes about half a second, and every view that filters,
 * sorts or aggregates by score needs those averages: computing them once per change of the
 * store, not once per question, is what keeps the table and the analyses interactive.
 */
import type { Database, Statement } from 'better-sqlite3';
import { DIMENSION_IDS } from '../domain/domain.js';
import { revisionOf } from '../store/revision.js';
import { scorePivotSql } from './scoreSource.js';

const totalChangesQuery = new WeakMap<Database, Statement>();
/** Rows our own temporary tables changed: SQLite counts them in total_changes() like any others. */
const ownChanges = new WeakMap<Database, number>();

function totalChanges(db: Database): number {
  let statement = totalChangesQuery.get(db);
  if (!statement) {
    statement = db.prepare('SELECT total_changes()').pluck();
    totalChangesQuery.set(db, statement);
  }
  return statement.get() as number;
}

/**
 * The store's revision (storeRevision.ts) plus the rows this connection changed, so that writes
 * made without the dispatcher (tests, the seed, generators) make derived data stale too.
 */
export function derivedRevision(db: Database): string {
  return `${revisionOf(db)}:${totalChanges(db) - (ownChanges.get(db) ?? 0)}`;
}

/** Runs a write to our temporary tables without it counting as a change of the store. */
function writeOwn(db: Database, write: () => void): void {
  const before = totalChanges(db);
  write();
  ownChanges.set(db, (ownChanges.get(db) ?? 0) + totalChanges(db) - before);
}

/**
 * One value per connection and revision: computed on first use after any change. Never kept
 * from inside a transaction: what it saw may yet be rolled back.
 */
export function perRevision<T>(compute: (db: Database) => T): (db: Database) => T {
  const kept = new WeakMap<Database, { revision: string; value: T }>();
  return (db) => {
    if (db.inTransaction) return compute(db);
    const revision = derivedRevision(db);
    const hit = kept.get(db);
    if (hit && hit.revision === revision) return hit.value;
    const value = compute(db);
    kept.set(db, { revision, value });
    return value;
  };
}

/**
 * Per practice and dimension: the number the views use (scoreSource.ts: the consensus, the
 * raters' mean or one rater; column named as the dimension) and how many raters' scores are behind
 * it (n_<dimension>). The same aggregate a join on the scores would compute, so the figures are
 * identical to the last bit.
 */
export const SCORE_MEANS_TABLE = 'temp.practice_score_means';

const meansRevision = new WeakMap<Database, string>();

/**
 * The name of the score-means table, filled for the store as it is now; null inside a
 * transaction, where a rollback could empty the table behind our back (callers then aggregate
 * the scores themselves, as before).
 */
export function scoreMeansTable(db: Database): string | null {
  if (db.inTransaction) return null;
  const revision = derivedRevision(db);
  if (meansRevision.get(db) === revision) return SCORE_MEANS_TABLE;
  writeOwn(db, () => {
    db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS practice_score_means (practice_id TEXT PRIMARY KEY, ${DIMENSION_IDS.map((d) => `${d} REAL, n_${d} INTEGER`).join(', ')}) WITHOUT ROWID`,
    );
    db.transaction(() => {
      db.prepare(`DELETE FROM ${SCORE_MEANS_TABLE}`).run();
      db.prepare(`INSERT INTO ${SCORE_MEANS_TABLE} ${scorePivotSql(db)}`).run();
    })();
  });
  meansRevision.set(db, derivedRevision(db));
  return SCORE_MEANS_TABLE;
}

/** The table of scores views use, or (inside a transaction) the same figures as a subquery. */
export function scoresBySource(db: Database): string {
  return scoreMeansTable(db) ?? `(${scorePivotSql(db)})`;
}

/**
 * The score columns (as in the score-means table) of a few practices: from the table while it is
 * up to date, else computed for just those practices, so that a page of the table after a change
 * does not wait for every score in the store to be aggregated. The CTE named "scores" stands in
 * for the table within this statement: the same aggregate, over those practices' rows only.
 */
export function scoresOfPractices(db: Database, ids: readonly string[]): ({ practice_id: string } & Record<string, number | null>)[] {
  const json = JSON.stringify(ids);
  const fresh = !db.inTransaction && meansRevision.get(db) === derivedRevision(db);
  const sql = fresh
    ? `SELECT * FROM ${SCORE_MEANS_TABLE} WHERE practice_id IN (SELECT value FROM json_each(?))`
    : `WITH scores AS (SELECT * FROM main.scores WHERE practice_id IN (SELECT value FROM json_each(?))) ${scorePivotSql(db)}`;
  return db.prepare(sql).all(json) as ({ practice_id: string } & Record<string, number | null>)[];
}
