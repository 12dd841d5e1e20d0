/**
 * Long operations as jobs: each runs in a worker thread on its own connection to the dataset,
 * so the thread that serves the UI stays free; it reports progress and can be cancelled (the
 * worker's transaction then rolls back, leaving nothing half-written).
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { fail, type Envelope } from '../contract/envelope.js';
import type { JobProgress } from './context.js';
import type { JobStatus } from './model.js';
import type { Store } from '../store/store.js';

/** Where the bundled worker entry (data/jobWorker.ts) is; each host sets it once at start. */
let workerEntry: string | URL | null = null;
let nativeBinding: string | undefined;

export function configureJobs(entry: string | URL, binding?: string): void {
  workerEntry = entry;
  nativeBinding = binding;
}

interface Job {
  status: JobStatus;
  cancel: Int32Array;
  worker: Worker;
}

const jobsByStore = new WeakMap<Store, Map<string, Job>>();

type WorkerMessage = { type: 'progress'; progress: JobProgress } | { type: 'result'; result: Envelope<unknown> };

export function startJob(store: Store, operation: string, input: unknown): JobStatus {
  if (!workerEntry) throw new Error('Jobs are not configured in this host.');
  const jobs = jobsByStore.get(store) ?? new Map<string, Job>();
  jobsByStore.set(store, jobs);
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const status: JobStatus = { id: randomUUID(), operation, state: 'running', progress: null, result: null, startedAt: new Date().toISOString(), finishedAt: null };
  const worker = new Worker(workerEntry, { workerData: { storePath: store.path, readOnly: store.readOnly, nativeBinding, operation, input, cancel: cancel.buffer } });
  const finish = (result: Envelope<unknown>) => {
    if (status.state !== 'running') return;
    status.result = result;
    status.state = result.ok ? 'done' : result.error.code === 'cancelled' ? 'cancelled' : 'failed';
    status.finishedAt = new Date().toISOString();
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') status.progress = message.progress;
    else finish(message.result);
  });
  worker.on('error', (error) => finish(fail('internal', `The background task failed: ${error.message}. Nothing was written.`)));
  worker.on('exit', (code) => finish(fail('internal', `The background task stopped (exit ${code}) before it finished. Nothing was written.`)));
  jobs.set(status.id, { status, cancel, worker });
  return { ...status };
}

function jobOf(store: Store, id: string): Job | undefined {
  return jobsByStore.get(store)?.get(id);
}

export function jobStatus(store: Store, id: string): JobStatus | undefined {
  const job = jobOf(store, id);
  return job ? { ...job.status } : undefined;
}

/** Asks the job to stop; it rolls back and reports "cancelled" at its next step. */
export function cancelJob(store: Store, id: string): JobStatus | undefined {
  const job = jobOf(store, id);
  if (!job) return undefined;
  Atomics.store(job.cancel, 0, 1);
  return { ...job.status };
}
