/** The handlers of the `merge.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { checkMerge, mergeLog, runMerge } from './operations.js';
import type { mergeCheckInputSchema, mergeLogInputSchema, mergeRunInputSchema } from './schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const mergeHandlers = {
  'merge.check': (store: Store, input: In<typeof mergeCheckInputSchema>) => checkMerge(store.db, input.file),
  'merge.run': (store: Store, input: In<typeof mergeRunInputSchema>) => runMerge(store.db, input),
  'merge.log': (store: Store, input: In<typeof mergeLogInputSchema>) => mergeLog(store.db, input.limit),
};
