/**
 * Disagreements and consensus: the practice x dimension pairs where raters' scores differ,
 * largest difference first, and the score the team agrees on for a pair, with its rationale.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DIMENSION_IDS, type DimensionId, type ScoreValue } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import type { ConsensusScore, DisagreementQueue } from './model.js';
import type { consensusClearInputSchema, consensusSetInputSchema, disagreementsInputSchema } from './schemas.js';
import { filteredPractices } from '../practices/list.js';
import { scoresBySource } from './derived.js';
import { requirePractice } from '../practices/practices.js';
import { listRaters } from './raters.js';
import { statement } from '../store/statements.js';

const SELECT = `SELECT practice_id AS practiceId, dimension_id AS dimension, value, rationale, recorded_by AS recordedBy,
  created_at AS createdAt, updated_at AS updatedAt FROM consensus_scores`;

export function getConsensus(db: Database, practiceId: string, dimension: DimensionId): ConsensusScore | null {
  return (statement(db, `${SELECT} WHERE practice_id = ? AND dimension_id = ?`).get(practiceId, dimension) as ConsensusScore | undefined) ?? null;
}

export function setConsensus(db: Database, input: z.output<typeof consensusSetInputSchema>, recordedBy: string | null): ConsensusScore {
  requirePractice(db, input.practiceId);
  const now = new Date().toISOString();
  const key = { practiceId: input.practiceId, dimension: input.dimension };
  track(db, 'consensus', key, () =>
    statement(
      db,
        `INSERT INTO consensus_scores (practice_id, dimension_id, value, rationale, recorded_by, created_at, updated_at)
         VALUES (@practiceId, @dimension, @value, @rationale, @recordedBy, @now, @now)
         ON CONFLICT (practice_id, dimension_id) DO UPDATE SET value = excluded.value, rationale = excluded.rationale,
           recorded_by = excluded.recorded_by, updated_at = excluded.updated_at
         WHERE value IS NOT excluded.value OR rationale IS NOT excluded.rationale`,
      )
      .run({ ...input, recordedBy, now }),
  );
  return getConsensus(db, input.practiceId, input.dimension)!;
}

export function clearConsensus(db: Database, input: z.output<typeof consensusClearInputSchema>): boolean {
  const key = { practiceId: input.practiceId, dimension: input.dimension };
  return track(db, 'consensus', key, () => statement(db, 'DELETE FROM consensus_scores WHERE practice_id = ? AND dimension_id = ?').run(input.practiceId, input.dimension).changes > 0);
}

interface PairRow {
  practiceId: string;
  practiceName: string;
  country: string;
  dimension: DimensionId;
  difference: number;
}

/** The pairs where the chosen raters differ by at least `minDifference`, largest first, a page at a time. */
export function disagreementQueue(db: Database, input: z.output<typeof disagreementsInputSchema>): DisagreementQueue {
  const all = listRaters(db);
  const raterIds = input.raters ?? all.filter((r) => !r.seed).map((r) => r.id);
  const unknown = raterIds.find((id) => !all.some((r) => r.id === id));
  if (unknown) throw new ApiFailure('not_found', `There is no rater with id "${unknown}" in this dataset.`);
  const source = filteredPractices(input.filter, { meansTable: () => scoresBySource(db) });
  // Every pair where the raters differ, with its consensus if any; the status only chooses the page's rows.
  const pairsSql = `WITH chosen AS (SELECT p.id ${source.sql}),
    pairs AS (
      SELECT s.practice_id, s.dimension_id, max(s.value) - min(s.value) AS difference
      FROM scores s JOIN chosen ON chosen.id = s.practice_id
      WHERE s.value IS NOT NULL AND s.rater_id IN (SELECT value FROM json_each(?))
      GROUP BY s.practice_id, s.dimension_id
      HAVING count(*) >= 2 AND max(s.value) - min(s.value) >= ?)
    SELECT pairs.practice_id AS practiceId, p.name AS practiceName, p.sort_name AS sortName, p.country, pairs.dimension_id AS dimension,
      d.position, pairs.difference, c.value AS consensusValue
    FROM pairs JOIN practices p ON p.id = pairs.practice_id JOIN dimensions d ON d.id = pairs.dimension_id
    LEFT JOIN consensus_scores c ON c.practice_id = pairs.practice_id AND c.dimension_id = pairs.dimension_id`;
  const wanted = { all: 'true', open: 'consensusValue IS NULL', settled: 'consensusValue IS NOT NULL' }[input.status];
  const params = [...source.params, JSON.stringify(raterIds), input.minDifference];
  const counts = statement(db, `SELECT count(*) AS total, count(consensusValue) AS settled, count(*) FILTER (WHERE ${wanted}) AS matching FROM (${pairsSql})`)
    .get(...params) as { total: number; settled: number; matching: number };
  const page = statement(db, `SELECT * FROM (${pairsSql}) WHERE ${wanted} ORDER BY difference DESC, sortName, practiceId, position LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as PairRow[];
  const scoresOf = statement(
      db,
    `SELECT s.rater_id AS raterId, r.name AS raterName, s.value, s.evidence, s.confidence FROM scores s JOIN raters r ON r.id = s.rater_id
     WHERE s.practice_id = ? AND s.dimension_id = ? AND s.value IS NOT NULL AND s.rater_id IN (SELECT value FROM json_each(?)) ORDER BY s.value DESC, r.name`,
  );
  const rows = page.map(({ practiceId, practiceName, country, dimension, difference }) => ({
    practiceId,
    practiceName,
    country,
    dimension,
    difference,
    scores: scoresOf.all(practiceId, dimension, JSON.stringify(raterIds)) as DisagreementQueue['rows'][number]['scores'],
    consensus: getConsensus(db, practiceId, dimension),
  }));
  return { ...counts, rows };
}

/** Consensus scores of one practice, by dimension (for its page). */
export function consensusOfPractice(db: Database, practiceId: string): Partial<Record<DimensionId, ConsensusScore>> {
  const rows = statement(db, `${SELECT} WHERE practice_id = ?`).all(practiceId) as ConsensusScore[];
  return Object.fromEntries(rows.filter((r) => DIMENSION_IDS.includes(r.dimension)).map((r) => [r.dimension, { ...r, value: r.value as ScoreValue }]));
}
