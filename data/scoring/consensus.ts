/** Consensus: the score the team agrees on for a practice x dimension, with its rationale. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DIMENSION_IDS, type DimensionId, type ScoreValue } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import type { ConsensusScore } from './model.js';
import type { consensusClearInputSchema, consensusSetInputSchema } from './schemas.js';
import { requireScorablePractice } from './scores.js';
import { statement } from '../store/statements.js';

const SELECT = `SELECT practice_id AS practiceId, dimension_id AS dimension, value, rationale, recorded_by AS recordedBy,
  created_at AS createdAt, updated_at AS updatedAt FROM consensus_scores`;

export function getConsensus(db: Database, practiceId: string, dimension: DimensionId): ConsensusScore | null {
  return (statement(db, `${SELECT} WHERE practice_id = ? AND dimension_id = ?`).get(practiceId, dimension) as ConsensusScore | undefined) ?? null;
}

export function setConsensus(db: Database, input: z.output<typeof consensusSetInputSchema>, recordedBy: string | null): ConsensusScore {
  requireScorablePractice(db, input.practiceId);
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

/** Consensus scores of one practice, by dimension (for its page). */
export function consensusOfPractice(db: Database, practiceId: string): Partial<Record<DimensionId, ConsensusScore>> {
  const rows = statement(db, `${SELECT} WHERE practice_id = ?`).all(practiceId) as ConsensusScore[];
  return Object.fromEntries(rows.filter((r) => DIMENSION_IDS.includes(r.dimension)).map((r) => [r.dimension, { ...r, value: r.value as ScoreValue }]));
}
