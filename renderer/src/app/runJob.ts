/**
 * Runs one of the contract's long operations (an import, a merge, an export) as a job of the host
 * and polls it until it ends, reporting progress on the way. It answers like `call` does: the
 * operation's own value, or one error (the job's, or the host's when it could not be asked).
 */
import { useCallback } from 'react';
import { call } from './apiClient';
import { useNavigation } from './navigation';
import type { ApiError, Envelope } from '../../../data/domain/envelope';
import { operations, type ContractJobStatus, type JobOperation, type OperationInput, type OperationOutput } from '../../../data/contract/contract';
import type { JobProgress } from '../../../data/jobs/model';
import type { JobStatusOf } from '../../../data/jobs/model';
import { describeError } from '../ui/ErrorMessage';

/** Reached from a rejected promise or an error envelope: always an ApiError with words in it. */
export function asApiError(error: unknown): ApiError {
  return { code: 'internal', message: describeError(error) };
}

/**
 * The status of the job this caller started. The host keeps each job's operation beside it, so a
 * status of another operation would be the host's mistake; checked rather than assumed.
 */
function isJobOf<K extends JobOperation>(status: ContractJobStatus, operation: K): status is ContractJobStatus & JobStatusOf<K, OperationOutput<K>> {
  return status.operation === operation;
}

export async function runJob<K extends JobOperation>(
  operation: K,
  input: OperationInput<K>,
  onProgress: (jobId: string, progress: JobProgress | null) => void,
): Promise<Envelope<OperationOutput<K>>> {
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
  if (!isJobOf(status, operation)) return { ok: false, error: { code: 'internal', message: `The background task answered for ${status.operation}, not ${operation}.` } };
  return status.state === 'done' ? { ok: true, value: status.value } : { ok: false, error: status.error };
}

/**
 * runJob for a screen. A job that writes (an import, a merge) changes which rows the practice
 * table shows and where, so once it succeeds the table starts at the top instead of where it was
 * left: said here once, not by every screen that runs such a job.
 */
export function useRunJob(): typeof runJob {
  const { forget } = useNavigation().tablePosition;
  return useCallback(
    async (operation, input, onProgress) => {
      const result = await runJob(operation, input, onProgress);
      if (result.ok && operations[operation].writes) forget();
      return result;
    },
    [forget],
  );
}
