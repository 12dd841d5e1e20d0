/** The handlers of the contract's own operations, `app.*` and `jobs.*` (the rule: features.ts). */
import packageJson from '../../package.json' with { type: 'json' };
import { ApiFailure } from '../domain/envelope.js';
import { cancelJob, jobStatus, startJob } from '../jobs/jobs.js';
import type { AppInfo } from '../store/model.js';
import type { ExportFile } from '../analysis/model.js';
import { datasetCopy } from '../store/files.js';
import type { Store } from '../store/store.js';
import type { ContractJobStatus, JobOperation } from './contract.js';
import { validateInput } from './validation.js';

function notFoundJob(id: string): never {
  throw new ApiFailure('not_found', `There is no background task ${id} (it may belong to an earlier run of the app).`);
}

export const contractHandlers = {
  'app.info': (store: Store): AppInfo => ({
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
  'app.datasetCopy': (store: Store): ExportFile => {
    const copy = datasetCopy(store);
    return { fileName: copy.fileName, mimeType: 'application/vnd.sqlite3', encoding: 'base64', content: copy.bytes.toString('base64') };
  },
  // The job's own input is checked now, so bad input is refused at once, not after a worker started.
  'jobs.start': (store: Store, input: { operation: JobOperation; input?: unknown }) =>
    startJob<ContractJobStatus>(store, input.operation, validateInput(input.operation, input.input, store.readOnly)),
  'jobs.status': (store: Store, input: { id: string }) => jobStatus<ContractJobStatus>(store, input.id) ?? notFoundJob(input.id),
  'jobs.cancel': (store: Store, input: { id: string }) => cancelJob<ContractJobStatus>(store, input.id) ?? notFoundJob(input.id),
};
