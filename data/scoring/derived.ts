/**
 * Each practice's score means, kept per connection in a temporary table and kept current: at
 * 100,000 practices averaging a million scores takes about half a second, and every view that
 * filters, sorts or aggregates by score needs those averages. The table is filled once, then
 * after a change only the practices the history says changed are computed again
 * (keptCurrent.ts); a change it cannot tell (a write bypassing the history, the score source)
 * fills it again whole.
 */
import type { Database } from 'better-sqlite3';
import { DIMENSION_IDS } from '../domain/domain.js';
import { explainedWrite } from '../store/revision.js';
import { statement } from '../store/statements.js';
import { changedSince } from './keptCurrent.js';
import { scorePivotSql } from './scoreSource.js';
import { blindedScoresSql, type Viewer } from './viewer.js';

export { keptCurrent, perRevision, type PracticeChanges } from './keptCurrent.js';

/**
 * Per practice and dimension: the number the views use (scoreSource.ts: the consensus, the
 * raters' mean or one rater; column named as the dimension) and how many raters' scores are behind
 * it (n_<dimension>). The same aggregate a join on the scores would compute, so the figures are
 * identical to the last bit.
 */
export const SCORE_MEANS_TABLE = 'temp.practice_score_means';

const meansGeneration = new WeakMap<Database, number>();

/**
 * The pivot of just the practices in the JSON array `@ids`: the CTEs named as the tables stand in
 * for them within the statement, so it is the same aggregate over those practices' rows only
 * (integers summed and counted: the same figures to the last bit as over the whole table).
 */
function pivotOfPracticesSql(db: Database): string {
  const only = (table: string) => `${table} AS (SELECT * FROM main.${table} WHERE practice_id IN (SELECT value FROM json_each(@ids)))`;
  return `WITH ${only('scores')}, ${only('consensus_scores')} ${scorePivotSql(db)}`;
}

function fillWhole(db: Database): void {
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS practice_score_means (practice_id TEXT PRIMARY KEY, ${DIMENSION_IDS.map((d) => `${d} REAL, n_${d} INTEGER`).join(', ')}) WITHOUT ROWID`,
  );
  db.transaction(() => {
    db.prepare(`DELETE FROM ${SCORE_MEANS_TABLE}`).run();
    db.prepare(`INSERT INTO ${SCORE_MEANS_TABLE} ${scorePivotSql(db)}`).run();
  })();
}

function refreshPractices(db: Database, ids: ReadonlySet<string>): void {
  const json = JSON.stringify([...ids]);
  db.transaction(() => {
    statement(db, `DELETE FROM ${SCORE_MEANS_TABLE} WHERE practice_id IN (SELECT value FROM json_each(@ids))`).run({ ids: json });
    // The pivot's text depends on the score source, which cannot have changed here (that is `everything`).
    statement(db, `INSERT INTO ${SCORE_MEANS_TABLE} ${pivotOfPracticesSql(db)}`).run({ ids: json });
  })();
}

/**
 * The name of the score-means table, current for the store as it is now; null inside a
 * transaction, where a rollback could empty the table behind our back (callers then aggregate
 * the scores themselves, as before).
 */
export function scoreMeansTable(db: Database): string | null {
  if (db.inTransaction) return null;
  const { generation, changes } = changedSince(db, meansGeneration.get(db));
  // Our temporary table is no change to the store: its rows are explained.
  if (changes?.everything) explainedWrite(db, () => fillWhole(db));
  else if (changes) explainedWrite(db, () => refreshPractices(db, changes.practices));
  meansGeneration.set(db, generation);
  return SCORE_MEANS_TABLE;
}

/**
 * The table of scores views use, or (inside a transaction) the same figures as a subquery, as the
 * viewer may see them (viewer.ts: blind mode hides others' figures of pairs the viewer has not scored).
 */
export function scoresBySource(db: Database, viewer: Viewer): string {
  return blindedScoresSql(scoreMeansTable(db) ?? `(${scorePivotSql(db)})`, viewer);
}

/**
 * The score columns (as in the score-means table) of a few practices: from the table while it
 * is current or can be made so cheaply, else computed for just those practices, so that a page
 * of the table after a change does not wait for every score in the store to be aggregated.
 */
export function scoresOfPractices(db: Database, ids: readonly string[], viewer: Viewer): ({ practice_id: string } & Record<string, number | null>)[] {
  const json = JSON.stringify(ids);
  const cheap = !db.inTransaction && changedSince(db, meansGeneration.get(db)).changes?.everything !== true;
  const sql = cheap && scoreMeansTable(db)
    ? `SELECT * FROM ${blindedScoresSql(SCORE_MEANS_TABLE, viewer)} WHERE practice_id IN (SELECT value FROM json_each(@ids))`
    : viewer.blind
      ? `SELECT * FROM ${blindedScoresSql(`(${pivotOfPracticesSql(db)})`, viewer)}`
      : pivotOfPracticesSql(db);
  return db.prepare(sql).all({ ids: json }) as ({ practice_id: string } & Record<string, number | null>)[];
}
