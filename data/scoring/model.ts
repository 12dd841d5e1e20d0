/** What the disagreement and consensus operations return. Plain data; the renderer imports these types. */
import type { DimensionId, ScoreValue } from '../domain/domain.js';

export interface ConsensusScore {
  practiceId: string;
  dimension: DimensionId;
  value: ScoreValue;
  rationale: string;
  recordedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One practice x dimension where the raters' scores differ, with each rater's score and evidence. */
export interface Disagreement {
  practiceId: string;
  practiceName: string;
  country: string;
  dimension: DimensionId;
  /** Highest minus lowest score. */
  difference: number;
  scores: { raterId: string; raterName: string; value: ScoreValue; evidence: string | null; confidence: string | null }[];
  consensus: ConsensusScore | null;
}

export interface DisagreementQueue {
  /** Pairs where the raters differ (for the practices and raters chosen), with or without consensus. */
  total: number;
  /** Of those, how many already have a consensus score. */
  settled: number;
  /** Pairs the status asked for (open, settled or all), before paging. */
  matching: number;
  rows: Disagreement[];
}

/** Which number the views and charts use for a practice's dimension. */
export type ScoreSource = { kind: 'consensus' } | { kind: 'mean' } | { kind: 'rater'; raterId: string };
