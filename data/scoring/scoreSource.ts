/**
 * Which number stands for a practice's dimension in the table, the analyses and the charts: the
 * consensus where the team recorded one (else the raters' mean), the mean of the raters, or one
 * rater's score. A dataset setting, recorded in the history like any other change.
 */
import type { Database } from 'better-sqlite3';
import { DIMENSION_IDS } from '../domain/domain.js';
import type { ScoreSource } from './model.js';
import { scoreSourceSchema } from './schemas.js';
import { ApiFailure } from '../domain/envelope.js';
import { getRater } from './raters.js';
import { readSetting, writeSetting } from '../history/settings.js';

const KEY = 'scoreSource';
const DEFAULT: ScoreSource = { kind: 'consensus' };

export function getScoreSource(db: Database): ScoreSource {
  const stored = readSetting(db, KEY, scoreSourceSchema) ?? DEFAULT;
  // A rater removed since (by an undo or a merge) cannot be the source: fall back to the default.
  return stored.kind === 'rater' && !getRater(db, stored.raterId) ? DEFAULT : stored;
}

export function setScoreSource(db: Database, source: ScoreSource): ScoreSource {
  if (source.kind === 'rater' && !getRater(db, source.raterId)) throw new ApiFailure('not_found', `There is no rater with id "${source.raterId}" in this dataset.`);
  writeSetting(db, KEY, source, true);
  return getScoreSource(db);
}

const MEAN = `SELECT practice_id, dimension_id, avg(value) AS value, count(*) AS raters FROM scores WHERE value IS NOT NULL GROUP BY practice_id, dimension_id`;

/**
 * A subquery of the number each practice x dimension has under the current source:
 * (practice_id, dimension_id, value, raters), where raters counts the raters' scores behind it.
 * The rater's id is a validated, stored id, quoted as an SQL string.
 */
export function effectiveScoresSql(db: Database): string {
  const source = getScoreSource(db);
  if (source.kind === 'mean') return MEAN;
  if (source.kind === 'rater') {
    return `SELECT practice_id, dimension_id, value, 1 AS raters FROM scores WHERE value IS NOT NULL AND rater_id = '${source.raterId.replaceAll("'", "''")}'`;
  }
  return `SELECT m.practice_id, m.dimension_id, coalesce(c.value, m.value) AS value, m.raters FROM (${MEAN}) m
      LEFT JOIN consensus_scores c ON c.practice_id = m.practice_id AND c.dimension_id = m.dimension_id
    UNION ALL
    SELECT c.practice_id, c.dimension_id, c.value, 0 AS raters FROM consensus_scores c
      WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.practice_id = c.practice_id AND s.dimension_id = c.dimension_id AND s.value IS NOT NULL)`;
}

/**
 * Per practice, one row: the number of each dimension under the current source (column named as
 * the dimension) and the raters' scores behind it (n_<dimension>).
 */
export function scorePivotSql(db: Database): string {
  const columns = DIMENSION_IDS.map(
    (d) => `max(CASE WHEN dimension_id = '${d}' THEN value END) AS ${d}, coalesce(sum(CASE WHEN dimension_id = '${d}' THEN raters END), 0) AS n_${d}`,
  ).join(', ');
  return `SELECT practice_id, ${columns} FROM (${effectiveScoresSql(db)}) GROUP BY practice_id`;
}
