/** What the job operations return. Plain data; the renderer imports these types. */
import type { ApiError } from '../domain/envelope.js';

/** How far a long operation is: a phase in words and a count of done out of total. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

interface JobBase<Operation extends string> {
  id: string;
  operation: Operation;
  /** The last progress the operation reported (kept once it has finished, for the final bar). */
  progress: JobProgress | null;
  startedAt: string;
}

/**
 * One job of one operation. A finished job carries the operation's own result: its value when it
 * is done, or the error it failed or was cancelled with — never an envelope to unwrap again.
 */
export type JobStatusOf<Operation extends string, Value> =
  | (JobBase<Operation> & { state: 'running'; finishedAt: null })
  | (JobBase<Operation> & { state: 'done'; finishedAt: string; value: Value })
  | (JobBase<Operation> & { state: 'failed' | 'cancelled'; finishedAt: string; error: ApiError });

/**
 * A job of any of the operations in `Outputs` (operation name -> what it returns), one member per
 * operation so that checking `operation` also tells the value's type. The contract passes its own
 * job operations; the default is what the jobs module itself knows (any operation, any value).
 */
export type JobStatus<Outputs extends object = Record<string, unknown>> = {
  [K in keyof Outputs & string]: JobStatusOf<K, Outputs[K]>;
}[keyof Outputs & string];
