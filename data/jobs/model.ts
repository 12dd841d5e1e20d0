/** What the job operations return. Plain data; the renderer imports these types. */
import type { Envelope } from '../contract/envelope.js';
import type { JobProgress } from './context.js';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  operation: string;
  state: JobState;
  progress: JobProgress | null;
  /** The operation's own envelope, once it has finished. */
  result: Envelope<unknown> | null;
  startedAt: string;
  finishedAt: string | null;
}
