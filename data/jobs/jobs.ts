/**
 * Long operations as jobs: each runs in a worker thread on its own connection to the dataset,
 * so the thread that serves the UI stays free; it reports progress and can be cancelled (the
 * worker's transaction then rolls back, leaving nothing half-written).
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { fail, type Envelope } from '../domain/envelope.js';
import type { JobProgress } from './context.js';
import type { JobStatus } from './model.js';
import type { Store } from '../store/store.js';

/** Where the bundled worker entry (data/contract/jobWorker.ts) is; each host sets it once at start. */
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

/** The final status of a job whose operation answered `result`: its value, or its error, unwrapped once here. */
function finished(running: JobStatus, result: Envelope<unknown>): JobStatus {
  const { id, operation, progress, startedAt } = running;
  const base = { id, operation, progress, startedAt, finishedAt: new Date().toISOString() };
  if (result.ok) return { ...base, state: 'done', value: result.value };
  return { ...base, state: result.error.code === 'cancelled' ? 'cancelled' : 'failed', error: result.error };
}

/** A worker running one operation on its own connection to the store's file. */
function spawn(store: Store, operation: string, input: unknown, cancel: Int32Array): Worker {
  if (!workerEntry) throw new Error('Jobs are not configured in this host.');
  return new Worker(workerEntry, { workerData: { storePath: store.path, readOnly: store.readOnly, nativeBinding, operation, input, cancel: cancel.buffer } });
}

/** Whether this host can run operations in a worker (each host configures it at start; tests may not). */
export function jobsConfigured(): boolean {
  return workerEntry !== null;
}

export function startJob<S extends JobStatus>(store: Store, operation: string, input: unknown): S {
  const jobs = jobsByStore.get(store) ?? new Map<string, Job>();
  jobsByStore.set(store, jobs);
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const worker = spawn(store, operation, input, cancel);
  const job: Job = {
    status: { id: randomUUID(), operation, state: 'running', progress: null, startedAt: new Date().toISOString(), finishedAt: null },
    cancel,
    worker,
  };
  // The first answer wins: a worker that reported its result and then exits changes nothing.
  const finish = (result: Envelope<unknown>) => {
    if (job.status.state === 'running') job.status = finished(job.status, result);
  };
  whenDone(worker, finish, (progress) => {
    if (job.status.state === 'running') job.status = { ...job.status, progress };
  });
  jobs.set(job.status.id, job);
  return typed<S>(job.status);
}

/** Calls `finish` once with the worker's answer, or with an error saying how it stopped without one. */
function whenDone(worker: Worker, finish: (result: Envelope<unknown>) => void, onProgress: (progress: JobProgress) => void): void {
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'result') finish(message.result);
    else onProgress(message.progress);
  });
  worker.on('error', (error) => finish(fail('internal', `The background task failed: ${error.message}. Nothing was written.`)));
  worker.on('exit', (code) => finish(fail('internal', `The background task stopped (exit ${code}) before it finished. Nothing was written.`)));
}

/**
 * Runs one operation in a worker and answers with its envelope: for an operation called directly
 * (not as a job) that reads a whole file or dataset, so the host's own thread keeps answering
 * other requests meanwhile. No progress, no cancel: the caller simply waits.
 */
export function runInWorker(store: Store, operation: string, input: unknown): Promise<Envelope<unknown>> {
  return new Promise((resolve) => {
    let answered = false;
    const finish = (result: Envelope<unknown>) => {
      if (answered) return;
      answered = true;
      resolve(result);
    };
    whenDone(spawn(store, operation, input, new Int32Array(new SharedArrayBuffer(4))), finish, () => undefined);
  });
}

function jobOf(store: Store, id: string): Job | undefined {
  return jobsByStore.get(store)?.get(id);
}

/**
 * A status as the caller's type for it. The worker ran the contract's own dispatch for the job's
 * operation, so a done job's value is that operation's output: the contract's dispatcher names
 * that type (S) here, once, and no caller of `jobs.status` casts. Statuses are replaced, never
 * changed in place, so the object handed out stays as it was.
 */
function typed<S extends JobStatus>(status: JobStatus): S {
  return status as S;
}

export function jobStatus<S extends JobStatus>(store: Store, id: string): S | undefined {
  const job = jobOf(store, id);
  return job ? typed<S>(job.status) : undefined;
}

/** Asks the job to stop; it rolls back and reports "cancelled" at its next step. */
export function cancelJob<S extends JobStatus>(store: Store, id: string): S | undefined {
  const job = jobOf(store, id);
  if (!job) return undefined;
  Atomics.store(job.cancel, 0, 1);
  return typed<S>(job.status);
}
