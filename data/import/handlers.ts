/** The handlers of the `import.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { previewImport, runImport } from './importOperations.js';
import type * as schemas from './schemas.js';

type In<S extends z.ZodType> = z.output<S>;

export const importHandlers = {
  'import.preview': (_store: Store, input: In<typeof schemas.importPreviewInputSchema>) => previewImport(input),
  /** The plan of import.run without writing: the same code path, so what it says is what a run would do. */
  'import.check': (store: Store, input: In<typeof schemas.importCheckInputSchema>) => runImport(store.db, { ...input, dryRun: true }),
  'import.run': (store: Store, input: In<typeof schemas.importRunInputSchema>) => runImport(store.db, input),
};
