/**
 * The dispatcher every host calls. Hosts pass what they received (operation name and untrusted
 * input); validation happens here, once, with the contract's schemas; each operation runs the
 * handler its feature folder holds (features.ts says which); every outcome comes back as an envelope.
 */
import { isOperationName, OFF_THREAD_OPERATIONS, type OperationName, type OperationOutput, type ValidatedInput, operations } from './contract.js';
import { jobsConfigured, runInWorker } from '../jobs/jobs.js';
import { ApiFailure, fail, ok, type Envelope } from '../domain/envelope.js';
import { getPreferences, changeVisibleToViewer } from '../scoring/index.js';
import type { Store } from '../store/store.js';
import { noteWrite } from '../store/revision.js';
import { withChangeSet } from '../history/history.js';
import { changeLabel } from './changeLabels.js';
import { contractHandlers } from './handlers.js';
import { practicesHandlers } from '../practices/handlers.js';
import { scoringHandlers } from '../scoring/handlers.js';
import { analysisHandlers } from '../analysis/handlers.js';
import { importHandlers } from '../import/handlers.js';
import { mergeHandlers } from '../merge/handlers.js';
import { historyHandlers } from '../history/handlers.js';
import { qualityHandlers } from '../quality/handlers.js';
import { lensesHandlers } from '../lenses/handlers.js';
import { READ_ONLY_MESSAGE, validateInput } from './validation.js';

type Handlers = { [K in OperationName]: (store: Store, input: ValidatedInput<K>) => OperationOutput<K> };

/** Typed against the contract here: a handler missing, or one whose input or output does not fit, fails to compile. */
const handlers: Handlers = {
  ...contractHandlers,
  ...practicesHandlers,
  ...scoringHandlers,
  ...analysisHandlers,
  ...importHandlers,
  ...mergeHandlers,
  ...historyHandlers(changeVisibleToViewer),
  ...qualityHandlers,
  ...lensesHandlers,
};

/** Writes that are not changes to the data: moving through history itself, and UI preferences. */
const UNRECORDED = new Set<OperationName>(['history.undo', 'history.redo', 'preferences.set', 'jobs.start']);
/** Writes that continue the step before them when they change the same records (data/history/history.ts absorbPrevious). */
const COALESCING = new Set<OperationName>(['scores.set']);

/** Runs one operation. Never throws: every failure is an envelope whose message a person can read. */
export function dispatch(store: Store, operation: unknown, input: unknown): Envelope<unknown> {
  if (!isOperationName(operation)) {
    // Any value may arrive here (IPC passes objects through): describe it without calling into it.
    const name = typeof operation === 'string' ? operation.slice(0, 80) : `(a ${typeof operation})`;
    return fail('unknown_operation', `There is no operation called "${name}".`);
  }
  return run(store, operation, input);
}

/**
 * As `dispatch`, for a host that serves other requests meanwhile: an operation that reads a whole
 * file or dataset (OFF_THREAD_OPERATIONS) runs in a worker on its own connection, where it is
 * validated and run by this same dispatcher, so this thread keeps answering. Elsewhere, or where
 * no worker is configured, it is `dispatch`.
 */
export async function dispatchServing(store: Store, operation: unknown, input: unknown): Promise<Envelope<unknown>> {
  if (isOperationName(operation) && OFF_THREAD_OPERATIONS.includes(operation) && jobsConfigured()) {
    if (operations[operation].writes && store.readOnly) return fail('read_only', READ_ONLY_MESSAGE);
    return runInWorker(store, operation, input);
  }
  return dispatch(store, operation, input);
}

function run<K extends OperationName>(store: Store, operation: K, input: unknown): Envelope<OperationOutput<K>> {
  const spec = operations[operation];
  try {
    const validated = validateInput(operation, input, store.readOnly);
    const handler = handlers[operation] as (store: Store, input: ValidatedInput<K>) => OperationOutput<K>;
    try {
      if (!spec.writes || UNRECORDED.has(operation)) return ok(handler(store, validated));
      // Every other write is one change set in the history, undoable as one step.
      const raterId = getPreferences(store.db).currentRaterId;
      // A score's value, evidence and confidence are saved as separate writes but are one step to undo.
      const coalesce = COALESCING.has(operation);
      const value = withChangeSet(store.db, { operation, raterId, coalesce }, () => handler(store, validated), (result) =>
        changeLabel(store.db, operation, validated as Record<string, unknown>, result),
      );
      return ok(value);
    } finally {
      // Also after a failure: a write may have been partly attempted before it rolled back.
      if (spec.writes) noteWrite(store.db);
    }
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message, error.fields);
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_READONLY') return fail('read_only', 'The dataset file cannot be written (it is read-only on disk). Nothing was changed.');
    if (code === 'SQLITE_FULL') return fail('internal', 'The disk is full, so the change could not be saved. Nothing was changed; free some space and try again.');
    if (code === 'SQLITE_BUSY') return fail('conflict', 'Another program is writing to this dataset right now. Nothing was changed; try again in a moment.');
    return fail('internal', `Something went wrong: ${(error as Error).message ?? String(error)}. Nothing was changed.`);
  }
}
