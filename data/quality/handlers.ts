/** The handlers of the `checks.*` and `claims.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { runChecks, setRule } from './checks.js';
import { deleteClaim, listClaims, setClaim } from './claims.js';
import type * as schemas from './schemas.js';
import type { exportInputSchema } from '../analysis/schemas.js';
import { checksBeforeExport } from './beforeExport.js';

type In<S extends z.ZodType> = z.output<S>;

export const qualityHandlers = {
  'checks.run': (store: Store, input: In<typeof schemas.checksRunInputSchema>) => runChecks(store.db, input),
  'checks.beforeExport': (store: Store, input: In<typeof exportInputSchema>) => checksBeforeExport(store.db, input),
  'checks.setRule': (store: Store, input: In<typeof schemas.checksSetRuleInputSchema>) => setRule(store.db, input),
  'claims.list': (store: Store) => listClaims(store.db),
  'claims.set': (store: Store, input: In<typeof schemas.claimSetInputSchema>) => setClaim(store.db, input),
  'claims.delete': (store: Store, input: In<typeof schemas.claimIdInputSchema>) => deleteClaim(store.db, input.id),
};
