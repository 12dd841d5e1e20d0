/** The worker side of a job: opens the dataset, runs one operation of the contract, reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from './dispatch.js';
import { fail, type Envelope } from '../domain/envelope.js';
import { setJobContext, type JobProgress } from '../jobs/context.js';
import { openStore } from '../store/store.js';

const data = workerData as { storePath: string; readOnly: boolean; nativeBinding?: string; operation: string; input: unknown; cancel: SharedArrayBuffer };
const cancel = new Int32Array(data.cancel);
let lastReport = 0;

setJobContext({
  // A few reports a second are enough for a progress bar.
  report: (progress: JobProgress) => {
    const now = Date.now();
    if (now - lastReport < 100) return;
    lastReport = now;
    parentPort?.postMessage({ type: 'progress', progress });
  },
  cancelled: () => Atomics.load(cancel, 0) === 1,
});

let result: Envelope<unknown>;
try {
  // As the host opened it: a dataset opened read-only stays read-only in its background tasks too.
  const store = openStore(data.storePath, { readOnly: data.readOnly, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  try {
    result = dispatch(store, data.operation, data.input);
  } finally {
    store.close();
  }
} catch (error) {
  result = fail('internal', `The background task could not run: ${(error as Error).message}. Nothing was written.`);
}
parentPort?.postMessage({ type: 'result', result });
