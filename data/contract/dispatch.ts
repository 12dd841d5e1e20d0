/**
 * The handlers of the API contract and the dispatcher every host calls. Hosts pass what they
 * received (operation name and untrusted input); validation happens here, once, with the
 * contract's schemas, and every outcome comes back as an envelope.
 */
import { z } from 'zod';
import { isOperationName, operations, type OperationName, type OperationOutput, type ValidatedInput } from './contract.js';
import { ApiFailure, fail, ok, type Envelope } from '../domain/envelope.js';
import { getPreferences, setPreferences } from '../scoring/preferences.js';
import { listPractices, practiceFacets } from '../practices/list.js';
import { createPractice, deletePractice, updatePractice } from '../practices/practices.js';
import { practiceForViewer } from '../practices/view.js';
import { setCriteria, setElements } from '../practices/checklist.js';
import { euElementsSummary } from '../analysis/euElementsCounts.js';
import { createRater, listRaters } from '../scoring/raters.js';
import { getRubric, listDimensions } from '../scoring/rubric.js';
import { clearScore, setScore } from '../scoring/scores.js';
import type { Store } from '../store/store.js';
import { noteWrite } from '../store/revision.js';
import { historyOfPractice, historyStatus, redo, undo, withChangeSet } from '../history/history.js';
import { changeLabel } from '../history/labels.js';
import { cancelJob, jobStatus, startJob } from '../jobs/jobs.js';
import { compareTable } from '../analysis/compare.js';
import { coverage, setCoverageTargets } from '../analysis/coverage.js';
import { gapTable, practiceProfile, scoreDistribution } from '../analysis/gaps.js';
import { statsTable } from '../analysis/stats.js';
import { agreementTable } from '../analysis/agreementTable.js';
import { exportView } from '../exports/exportView.js';
import { previewImport, runImport } from '../import/importOperations.js';
import { checkMerge, mergeLog, runMerge } from '../merge/operations.js';
import { clearConsensus, disagreementQueue, setConsensus } from '../scoring/consensus.js';
import { getScoreSource, setScoreSource } from '../scoring/scoreSource.js';
import { createRubricVersion, listRubricVersions } from '../scoring/rubricVersions.js';
import { setDimensionTarget } from '../scoring/rubric.js';
import packageJson from '../../package.json' with { type: 'json' };

type Handlers = { [K in OperationName]: (store: Store, input: ValidatedInput<K>) => OperationOutput<K> };

const handlers: Handlers = {
  'app.info': (store) => ({
    appName: 'AutoCredify Mapper',
    appVersion: packageJson.version,
    storePath: store.path,
    schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    readOnly: store.readOnly,
    readOnlyReason: store.readOnlyReason,
    upgradedFrom: store.migratedFrom,
    practiceCount: (store.db.prepare('SELECT count(*) AS n FROM practices').get() as { n: number }).n,
    scoreCount: (store.db.prepare('SELECT count(*) AS n FROM scores WHERE value IS NOT NULL').get() as { n: number }).n,
    sqliteVersion: (store.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
  }),
  'practices.list': (store, input) => listPractices(store.db, input),
  'practices.facets': (store) => practiceFacets(store.db),
  'practices.get': (store, input) => practiceForViewer(store.db, input.id),
  'practices.create': (store, input) => practiceForViewer(store.db, createPractice(store.db, input.fields, input.id)),
  'practices.update': (store, input) => {
    updatePractice(store.db, input.id, input.fields);
    return practiceForViewer(store.db, input.id);
  },
  'practices.delete': (store, input) => {
    deletePractice(store.db, input.id);
    return { id: input.id };
  },
  'practices.setElements': (store, input) => {
    setElements(store.db, input.id, input.elements);
    return practiceForViewer(store.db, input.id);
  },
  'practices.setCriteria': (store, input) => {
    setCriteria(store.db, input.id, input.criteria);
    return practiceForViewer(store.db, input.id);
  },
  'scores.set': (store, input) => setScore(store.db, input),
  'scores.clear': (store, input) => ({ cleared: clearScore(store.db, input) }),
  'analysis.disagreements': (store, input) => disagreementQueue(store.db, input),
  'consensus.set': (store, input) => setConsensus(store.db, input, getPreferences(store.db).currentRaterId),
  'consensus.clear': (store, input) => ({ cleared: clearConsensus(store.db, input) }),
  'scoreSource.get': (store) => getScoreSource(store.db),
  'scoreSource.set': (store, input) => setScoreSource(store.db, input.source),
  'dimensions.list': (store) => listDimensions(store.db),
  'rubric.get': (store, input) => getRubric(store.db, input.version),
  'rubric.update': (store, input) => createRubricVersion(store.db, input),
  'rubric.versions': (store) => listRubricVersions(store.db),
  'raters.list': (store) => listRaters(store.db),
  'raters.create': (store, input) => createRater(store.db, input),
  'dimensions.setTarget': (store, input) => setDimensionTarget(store.db, input.id, input.target),
  'analysis.compare': (store, input) => compareTable(store.db, input),
  'analysis.gaps': (store, input) => gapTable(store.db, input),
  'analysis.distribution': (store, input) => scoreDistribution(store.db, input),
  'analysis.profile': (store, input) => practiceProfile(store.db, input),
  'analysis.stats': (store, input) => statsTable(store.db, input),
  'analysis.coverage': (store, input) => coverage(store.db, input),
  'analysis.euElements': (store, input) => euElementsSummary(store.db, input),
  'analysis.agreement': (store, input) => agreementTable(store.db, input),
  'coverage.setTargets': (store, input) => setCoverageTargets(store.db, input),
  'analysis.export': (store, input) => exportView(store.db, input),
  'import.preview': (_store, input) => previewImport(input),
  'import.check': (store, input) => runImport(store.db, { ...input, dryRun: true }),
  'import.run': (store, input) => runImport(store.db, input),
  'merge.check': (store, input) => checkMerge(store.db, input.file),
  'merge.run': (store, input) => runMerge(store.db, input),
  'merge.log': (store, input) => mergeLog(store.db, input.limit),
  'history.status': (store) => historyStatus(store.db),
  'history.undo': (store) => undo(store.db),
  'history.redo': (store) => redo(store.db),
  'history.ofPractice': (store, input) => historyOfPractice(store.db, input.id, input.limit),
  'jobs.start': (store, input) => {
    // Checked here so that bad input is refused at once, not after a worker started.
    const spec = operations[input.operation];
    if (spec.writes && store.readOnly) throw new ApiFailure('read_only', 'This dataset is open read-only, so it cannot be changed. Save a copy to edit it.');
    const parsed = spec.input.safeParse(input.input ?? {});
    if (!parsed.success) {
      const { message, fields } = describeIssues(parsed.error);
      throw new ApiFailure('invalid_input', message, fields);
    }
    return startJob(store, input.operation, parsed.data);
  },
  'jobs.status': (store, input) => jobStatus(store, input.id) ?? notFoundJob(input.id),
  'jobs.cancel': (store, input) => cancelJob(store, input.id) ?? notFoundJob(input.id),
  'preferences.get': (store) => getPreferences(store.db),
  'preferences.set': (store, input) => setPreferences(store.db, input),
};

/** Writes that are not changes to the data: moving through history itself, and UI preferences. */
const UNRECORDED = new Set<OperationName>(['history.undo', 'history.redo', 'preferences.set', 'jobs.start']);

function notFoundJob(id: string): never {
  throw new ApiFailure('not_found', `There is no background task ${id} (it may belong to an earlier run of the app).`);
}

/** Field path -> first message, and one sentence that names them, for a person to read. */
function describeIssues(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    fields[path] ??= issue.message;
  }
  const list = Object.entries(fields)
    .slice(0, 5)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  return { message: `The request was not valid, so nothing was changed (${list}).`, fields };
}

/** Runs one operation. Never throws: every failure is an envelope whose message a person can read. */
export function dispatch(store: Store, operation: unknown, input: unknown): Envelope<unknown> {
  if (!isOperationName(operation)) {
    // Any value may arrive here (IPC passes objects through): describe it without calling into it.
    const name = typeof operation === 'string' ? operation.slice(0, 80) : `(a ${typeof operation})`;
    return fail('unknown_operation', `There is no operation called "${name}".`);
  }
  return run(store, operation, input);
}

function run<K extends OperationName>(store: Store, operation: K, input: unknown): Envelope<OperationOutput<K>> {
  const spec = operations[operation];
  if (spec.writes && store.readOnly) {
    return fail('read_only', 'This dataset is open read-only, so it cannot be changed. Save a copy to edit it.');
  }
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error);
    return fail('invalid_input', message, fields);
  }
  try {
    const handler = handlers[operation] as (store: Store, input: unknown) => OperationOutput<K>;
    try {
      if (!spec.writes || UNRECORDED.has(operation)) return ok(handler(store, parsed.data));
      // Every other write is one change set in the history, undoable as one step.
      const raterId = getPreferences(store.db).currentRaterId;
      const value = withChangeSet(store.db, { operation, raterId }, () => handler(store, parsed.data), (result) =>
        changeLabel(store.db, operation, parsed.data as Record<string, unknown>, result),
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
