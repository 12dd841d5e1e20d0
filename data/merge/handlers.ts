/** The handlers of the `merge.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { checkMerge, mergeLog, runMerge } from './operations.js';
import type * as schemas from './schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const mergeHandlers = {
  'merge.check': (store: Store, input: In<typeof schemas.mergeCheckInputSchema>) => checkMerge(store.db, input.file),
  'merge.run': (store: Store, input: In<typeof schemas.mergeRunInputSchema>) => runMerge(store.db, input),
  'merge.log': (store: Store, input: In<typeof schemas.mergeLogInputSchema>) => mergeLog(store.db, input.limit),
};
