/**
 * Runs one of the contract's long operations (an import, a merge) as a job of the host and polls
 * it until it ends, reporting progress on the way. The job's own envelope is in the final status.
 */
import { call } from './apiClient';
import type { ApiError } from '../../../data/contract/envelope';
import type { JobStatus, OperationInput } from '../../../data/contract/contract';
import type { JobProgress } from '../../../data/jobs/context';
import { describeError } from '../ui/ErrorMessage';

type JobOperation = 'import.run' | 'merge.run' | 'analysis.export';

/** Reached from a rejected promise or an error envelope: always an ApiError with words in it. */
export function asApiError(error: unknown): ApiError {
  return { code: 'internal', message: describeError(error) };
}

export async function runJob<K extends JobOperation>(
  operation: K,
  input: OperationInput<K>,
  onProgress: (jobId: string, progress: JobProgress | null) => void,
): Promise<{ ok: true; value: JobStatus } | { ok: false; error: ApiError }> {
  const started = await call('jobs.start', { operation, input }).catch((error: unknown) => ({ ok: false as const, error: asApiError(error) }));
  if (!started.ok) return started;
  let status = started.value;
  while (status.state === 'running') {
    onProgress(status.id, status.progress);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await call('jobs.status', { id: status.id }).catch((error: unknown) => ({ ok: false as const, error: asApiError(error) }));
    if (!next.ok) return next;
    status = next.value;
  }
  return { ok: true as const, value: status };
}
