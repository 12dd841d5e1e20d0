/** The handlers of the `checks.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { runChecks, setRule } from './checks.js';
import type * as schemas from './schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const qualityHandlers = {
  'checks.run': (store: Store, input: In<typeof schemas.checksRunInputSchema>) => runChecks(store.db, input),
  'checks.setRule': (store: Store, input: In<typeof schemas.checksSetRuleInputSchema>) => setRule(store.db, input),
};
