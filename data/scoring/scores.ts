/** Scores: one row per practice x dimension x rater, under the rubric version current when set. */
import type { Database } from 'better-sqlite3';
import type { Confidence, DimensionId, ScoreValue } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import type { Score } from './model.js';
import { getRater } from './raters.js';
import { currentRubricVersion } from './rubric.js';
import { reserveChanges, track } from '../history/history.js';
import { statement } from '../store/statements.js';

const selectScore = `SELECT practice_id AS practiceId, dimension_id AS dimension, rater_id AS raterId, value, evidence, confidence,
  rubric_version AS rubricVersion, created_at AS createdAt, updated_at AS updatedAt FROM scores`;

export interface ScoreKey {
  practiceId: string;
  dimension: DimensionId;
  raterId: string;
}

export interface ScoreInput extends ScoreKey {
  value: ScoreValue | null;
  evidence: string | null;
  confidence: Confidence | null;
}

export function listScoresOfPractice(db: Database, practiceId: string): Score[] {
  return statement(db, `${selectScore} s WHERE practice_id = ? ORDER BY (SELECT position FROM dimensions d WHERE d.id = s.dimension_id), rater_id`)
    .all(practiceId) as Score[];
}

function getScore(db: Database, key: ScoreKey): Score | undefined {
  return statement(db, `${selectScore} WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?`).get(key.practiceId, key.dimension, key.raterId) as
    | Score
    | undefined;
}

/** Scoring sits below practices, so it asks the table itself whether the practice exists. */
export function requireScorablePractice(db: Database, practiceId: string): void {
  if (!statement(db, 'SELECT 1 FROM practices WHERE id = ?').get(practiceId)) {
    throw new ApiFailure('not_found', `There is no practice with id "${practiceId}" to score. It may have been deleted.`);
  }
}

function checkKey(db: Database, key: ScoreKey): void {
  requireScorablePractice(db, key.practiceId);
  if (!getRater(db, key.raterId)) {
    throw new ApiFailure('not_found', `There is no rater with id "${key.raterId}" in this dataset. Choose who is scoring first.`);
  }
}

const UPSERT_SCORE = `INSERT INTO scores (practice_id, dimension_id, rater_id, value, evidence, confidence, rubric_version, created_at, updated_at)
  VALUES (@practiceId, @dimension, @raterId, @value, @evidence, @confidence, @rubricVersion, @now, @now)
  ON CONFLICT (practice_id, dimension_id, rater_id) DO UPDATE SET
    value = excluded.value, evidence = excluded.evidence, confidence = excluded.confidence,
    rubric_version = excluded.rubric_version, updated_at = excluded.updated_at`;

/** Sets (or replaces) one rater's score; the creation time of an existing score is kept. */
export function setScore(db: Database, input: ScoreInput, now = new Date().toISOString()): Score {
  return db.transaction(() => {
    checkKey(db, input);
    const key = { practiceId: input.practiceId, dimension: input.dimension, raterId: input.raterId };
    track(db, 'score', key, () => statement(db, UPSERT_SCORE).run({ ...input, rubricVersion: currentRubricVersion(db), now }));
    return getScore(db, input) as Score;
  })();
}

/**
 * Sets many scores whose practices and raters the caller has checked exist (an import's plan),
 * inside the caller's transaction, `isNew` where the caller saw no score for the key in it:
 * what setScore does for each, without checking each key again or reading each score back.
 * New scores are written, and recorded in the history, by two statements per call, not two
 * round trips per score: most of an import of 100,000 scores was those round trips.
 */
export function setCheckedScores(db: Database, inputs: readonly (ScoreInput & { isNew: boolean })[], now = new Date().toISOString()): void {
  if (!db.inTransaction) throw new Error('setCheckedScores writes inside the caller’s transaction.');
  const rubricVersion = currentRubricVersion(db);
  const upsert = statement(db, UPSERT_SCORE);
  const created: unknown[][] = [];
  for (const { isNew, ...input } of inputs) {
    if (isNew) created.push([input.practiceId, input.dimension, input.raterId, input.value, input.evidence, input.confidence]);
    else track(db, 'score', { practiceId: input.practiceId, dimension: input.dimension, raterId: input.raterId }, () => upsert.run({ ...input, rubricVersion, now }));
  }
  if (created.length === 0) return;
  const rows = JSON.stringify(created);
  statement(db, INSERT_SCORES_FROM_JSON).run({ rows, rubricVersion, now });
  const changes = reserveChanges(db, created.length);
  if (changes) statement(db, recordCreatedScoresSql(db)).run({ rows, rubricVersion, now, ...changes });
}

const INSERT_SCORES_FROM_JSON = `INSERT INTO scores (practice_id, dimension_id, rater_id, value, evidence, confidence, rubric_version, created_at, updated_at)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, @rubricVersion, @now, @now FROM json_each(@rows)`;

/**
 * The history of scores just created from `@rows`, one change each, exactly as `track` records
 * them: the key as the practice's history reads it, and the whole row, column by column in the
 * table's order as `SELECT *` gives it, built from the same values the insert wrote rather than
 * read back (SQLite's JSON text matches JSON.stringify's for text, integers and null;
 * data/import/scoreImport.test.ts compares them byte for byte).
 */
function recordCreatedScoresSql(db: Database): string {
  const written: Record<string, string> = {
    practice_id: 'j.value ->> 0',
    dimension_id: 'j.value ->> 1',
    rater_id: 'j.value ->> 2',
    value: 'j.value ->> 3',
    evidence: 'j.value ->> 4',
    confidence: 'j.value ->> 5',
    // Bound from JavaScript as a real number; the STRICT column stores it as the integer it is.
    rubric_version: 'CAST(@rubricVersion AS INTEGER)',
    created_at: '@now',
    updated_at: '@now',
  };
  const columns = (statement(db, "SELECT name FROM pragma_table_info('scores') ORDER BY cid").all() as { name: string }[]).map((c) => c.name);
  const unknown = columns.filter((c) => written[c] === undefined);
  if (unknown.length > 0) throw new Error(`setCheckedScores does not write the scores column(s) ${unknown.join(', ')}.`);
  return `INSERT INTO changes (change_set_id, seq, entity, entity_key, before, after)
    SELECT @changeSetId, @firstSeq + j.key, 'score', json_object('practiceId', j.value ->> 0, 'dimension', j.value ->> 1, 'raterId', j.value ->> 2),
      NULL, json_object(${columns.map((c) => `'${c}', ${written[c]}`).join(', ')})
    FROM json_each(@rows) j`;
}

export function clearScore(db: Database, key: ScoreKey): boolean {
  checkKey(db, key);
  const result = track(db, 'score', { practiceId: key.practiceId, dimension: key.dimension, raterId: key.raterId }, () =>
    statement(db, 'DELETE FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').run(key.practiceId, key.dimension, key.raterId),
  );
  return result.changes > 0;
}
