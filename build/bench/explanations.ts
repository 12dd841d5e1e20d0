/**
 * The report's words that are not figures: why a goal is not met and what it would take, and
 * notes on method. Kept apart from the generator so each run rewrites the figures around them;
 * revise them when the figures say something else.
 */
import type { GoalId } from './goals.js';

export const EXPLANATIONS: Record<GoalId, string> = {
  import: 'TODO',
  queries: 'TODO',
  queriesAfterChange: 'TODO',
  firstRows: 'TODO',
  frames: 'TODO',
  memory: 'TODO',
};

export const METHOD_NOTES = 'TODO';
