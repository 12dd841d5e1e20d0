/** What the scoring operations return (scores, raters, the rubric, consensus, disagreements). Plain data; the renderer imports these types. */
import type { Confidence, DimensionId, ScoreValue } from '../domain/domain.js';

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
  /** Who is compared, in the order asked. */
  raters: { id: string; name: string; seed: boolean }[];
  /** Who is compared and what is left out (the seed's reading unless asked), in a sentence. */
  comparison: string;
  /** Blind mode: only pairs the person at the screen has scored are listed. */
  blind: { raterId: string | null; raterName: string | null; note: string } | null;
}

/** Which number the views and charts use for a practice's dimension. */
export type ScoreSource = { kind: 'consensus' } | { kind: 'mean' } | { kind: 'rater'; raterId: string };

export interface Score {
  practiceId: string;
  dimension: DimensionId;
  raterId: string;
  /** null = not rated (different from 0). */
  value: ScoreValue | null;
  evidence: string | null;
  confidence: Confidence | null;
  rubricVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface Dimension {
  id: DimensionId;
  name: string;
  position: number;
  /** Score the mapping aims for; gap = target - score. */
  target: number;
}

export interface Rubric {
  version: number;
  label: string;
  createdAt: string;
  /** descriptors[dimension][level 0..4] */
  descriptors: Record<DimensionId, [string, string, string, string, string]>;
}

/** A rubric version in the list of versions: when it was made, what it changed, scores given under it. */
export interface RubricVersionSummary {
  version: number;
  label: string;
  createdAt: string;
  scores: number;
}

export interface Rater {
  id: string;
  name: string;
  team: string | null;
  createdAt: string;
  /** The seed's own reading of the rubric: shown with its evidence, never chosen to score as. */
  seed: boolean;
}

/** Preferences the UI keeps in the store so they survive restarts under either host. */
export interface Preferences {
  currentRaterId: string | null;
  /** null until the user first chooses: the UI then hides its default set of secondary columns. */
  hiddenColumns: string[] | null;
  /** Hide other raters' scores on a practice's dimension until the current rater has scored it. */
  blindMode: boolean;
}
