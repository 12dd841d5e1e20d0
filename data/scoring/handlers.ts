/**
 * The handlers of the scoring operations: `scores.*`, `consensus.*`, `scoreSource.*`,
 * `dimensions.*`, `rubric.*`, `raters.*` and `preferences.*` (the rule: data/contract/features.ts).
 */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { clearConsensus, setConsensus } from './consensus.js';
import { getPreferences, setPreferences } from './preferences.js';
import { createRater, listRaters } from './raters.js';
import { getRubric, listDimensions, setDimensionTarget } from './rubric.js';
import { createRubricVersion, listRubricVersions } from './rubricVersions.js';
import type * as schemas from './schemas.js';
import { getScoreSource, setScoreSource } from './scoreSource.js';
import { clearScore, setScore } from './scores.js';

type In<S extends z.ZodType> = z.output<S>;

export const scoringHandlers = {
  'scores.set': (store: Store, input: In<typeof schemas.scoreSetInputSchema>) => setScore(store.db, input),
  'scores.clear': (store: Store, input: In<typeof schemas.scoreClearInputSchema>) => ({ cleared: clearScore(store.db, input) }),
  'consensus.set': (store: Store, input: In<typeof schemas.consensusSetInputSchema>) => setConsensus(store.db, input, getPreferences(store.db).currentRaterId),
  'consensus.clear': (store: Store, input: In<typeof schemas.consensusClearInputSchema>) => ({ cleared: clearConsensus(store.db, input) }),
  'scoreSource.get': (store: Store) => getScoreSource(store.db),
  'scoreSource.set': (store: Store, input: In<typeof schemas.scoreSourceSetInputSchema>) => setScoreSource(store.db, input.source),
  'dimensions.list': (store: Store) => listDimensions(store.db),
  'dimensions.setTarget': (store: Store, input: In<typeof schemas.dimensionTargetInputSchema>) => setDimensionTarget(store.db, input.id, input.target),
  'rubric.get': (store: Store, input: In<typeof schemas.rubricGetInputSchema>) => getRubric(store.db, input.version),
  'rubric.update': (store: Store, input: In<typeof schemas.rubricUpdateInputSchema>) => createRubricVersion(store.db, input),
  'rubric.versions': (store: Store) => listRubricVersions(store.db),
  'raters.list': (store: Store) => listRaters(store.db),
  'raters.create': (store: Store, input: In<typeof schemas.raterCreateInputSchema>) => createRater(store.db, input),
  'preferences.get': (store: Store) => getPreferences(store.db),
  'preferences.set': (store: Store, input: In<typeof schemas.preferencesPatchSchema>) => setPreferences(store.db, input),
};
