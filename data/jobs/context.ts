/**
 * What a long operation may do while it runs as a job in a worker: say how far it is, and stop
 * when the user cancels. Outside a job both are no-ops, so the same code runs in the CLI too.
 */
import { ApiFailure } from '../domain/envelope.js';
import type { JobProgress } from './model.js';

export type { JobProgress };

interface JobContext {
  report(progress: JobProgress): void;
  cancelled(): boolean;
}

let context: JobContext | null = null;

export function setJobContext(next: JobContext | null): void {
  context = next;
}

/** Call every so often in a long loop: reports progress, and throws if the user cancelled (the transaction then rolls back). */
export function jobStep(phase: string, done: number, total: number): void {
  if (!context) return;
  if (context.cancelled()) throw new ApiFailure('cancelled', 'Cancelled: nothing was written.');
  context.report({ phase, done, total });
}
