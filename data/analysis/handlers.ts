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
import type * as schemas from './schemas.js';
import { statsTable } from './stats.js';
import { pathway } from './pathway.js';
import { lensView } from './lensView.js';
import type { lensViewInputSchema } from '../lenses/schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const analysisHandlers = {
  'analysis.compare': (store: Store, input: In<typeof schemas.compareInputSchema>) => compareTable(store.db, input),
  'analysis.gaps': (store: Store, input: In<typeof schemas.gapsInputSchema>) => gapTable(store.db, input),
  'analysis.distribution': (store: Store, input: In<typeof schemas.distributionInputSchema>) => scoreDistribution(store.db, input),
  'analysis.profile': (store: Store, input: In<typeof schemas.profileInputSchema>) => practiceProfile(store.db, input),
  'analysis.stats': (store: Store, input: In<typeof schemas.statsInputSchema>) => statsTable(store.db, input),
  'analysis.coverage': (store: Store, input: In<typeof schemas.coverageInputSchema>) => coverage(store.db, input),
  'analysis.euElements': (store: Store, input: In<typeof schemas.euElementsInputSchema>) => euElementsSummary(store.db, input),
  'analysis.lens': (store: Store, input: In<typeof lensViewInputSchema>) => lensView(store.db, input),
  'analysis.agreement': (store: Store, input: In<typeof schemas.agreementInputSchema>) => agreementTable(store.db, input),
  'analysis.pathway': (store: Store, input: In<typeof schemas.pathwayInputSchema>) => pathway(store.db, input),
  'analysis.disagreements': (store: Store, input: In<typeof schemas.disagreementsInputSchema>) => disagreementQueue(store.db, input),
  'analysis.export': (store: Store, input: In<typeof schemas.exportInputSchema>) => exportView(store.db, input, new Date(), store.path),
  // The report pack alone; analysis.export's view "report" is the same with a locale of choice.
  'coverage.setTargets': (store: Store, input: In<typeof schemas.coverageTargetsSchema>) => setCoverageTargets(store.db, input),
};
