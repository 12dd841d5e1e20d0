/** The handlers of the `analysis.*` and `coverage.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { agreementTable } from './agreementTable.js';
import { compareTable } from './compare.js';
import { coverage, setCoverageTargets } from './coverage.js';
import { disagreementQueue } from './disagreements.js';
import { euElementsSummary } from './euElementsCounts.js';
import { exportView } from './exportView.js';
import { gapTable, practiceProfile, scoreDistribution } from './gaps.js';
import type {
  agreementInputSchema,
  compareInputSchema,
  coverageInputSchema,
  coverageTargetsSchema,
  disagreementsInputSchema,
  distributionInputSchema,
  euElementsInputSchema,
  exportInputSchema,
  gapsInputSchema,
  profileInputSchema,
  statsInputSchema,
} from './schemas.js';
import { statsTable } from './stats.js';

type In<S extends z.ZodType> = z.output<S>;

export const analysisHandlers = {
  'analysis.compare': (store: Store, input: In<typeof compareInputSchema>) => compareTable(store.db, input),
  'analysis.gaps': (store: Store, input: In<typeof gapsInputSchema>) => gapTable(store.db, input),
  'analysis.distribution': (store: Store, input: In<typeof distributionInputSchema>) => scoreDistribution(store.db, input),
  'analysis.profile': (store: Store, input: In<typeof profileInputSchema>) => practiceProfile(store.db, input),
  'analysis.stats': (store: Store, input: In<typeof statsInputSchema>) => statsTable(store.db, input),
  'analysis.coverage': (store: Store, input: In<typeof coverageInputSchema>) => coverage(store.db, input),
  'analysis.euElements': (store: Store, input: In<typeof euElementsInputSchema>) => euElementsSummary(store.db, input),
  'analysis.agreement': (store: Store, input: In<typeof agreementInputSchema>) => agreementTable(store.db, input),
  'analysis.disagreements': (store: Store, input: In<typeof disagreementsInputSchema>) => disagreementQueue(store.db, input),
  'analysis.export': (store: Store, input: In<typeof exportInputSchema>) => exportView(store.db, input),
  'coverage.setTargets': (store: Store, input: In<typeof coverageTargetsSchema>) => setCoverageTargets(store.db, input),
};
