/** The handlers of the `lenses.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { practiceLenses, setLensAnswers } from './answers.js';
import { createLens, lensById, lensSummaries, lensVersions, updateLens } from './definitions.js';
import type * as schemas from './schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const lensesHandlers = {
  'lenses.list': (store: Store) => lensSummaries(store.db),
  'lenses.get': (store: Store, input: In<typeof schemas.lensGetInputSchema>) => lensById(store.db, input.id, input.version),
  'lenses.versions': (store: Store, input: In<typeof schemas.lensGetInputSchema>) => lensVersions(store.db, input.id),
  'lenses.create': (store: Store, input: In<typeof schemas.lensCreateInputSchema>) => createLens(store.db, input),
  'lenses.update': (store: Store, input: In<typeof schemas.lensUpdateInputSchema>) => updateLens(store.db, input),
  'lenses.ofPractice': (store: Store, input: In<typeof schemas.lensOfPracticeInputSchema>) => practiceLenses(store.db, input.id),
  'lenses.setAnswers': (store: Store, input: In<typeof schemas.lensSetAnswersInputSchema>) => setLensAnswers(store.db, input),
};
