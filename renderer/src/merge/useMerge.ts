/**
 * The merge screen's state: read the partner's file, check it (merge.check, nothing written),
 * collect a choice for every conflict, then merge exactly that file with those choices as a job
 * (progress, cancel). Choosing another file drops the check, so what is merged is what was shown.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../app/apiClient';
import type { ApiError } from '../../../data/domain/envelope';
import type { MergePlan, MergeResult } from '../../../data/contract/contract';
import type { JobProgress } from '../../../data/jobs/model';
import { fileSizeText, fileToBase64, MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../ui/fileBase64';
import { asApiError, useRunJob } from '../app/runJob';

export interface PartnerFile {
  name: string;
  contentBase64: string;
}

export type MergeState =
  | { status: 'idle' }
  | { status: 'checking'; file: { name: string } }
  | { status: 'failed'; error: ApiError; file: PartnerFile | null; plan: MergePlan | null }
  | { status: 'checked'; file: PartnerFile; plan: MergePlan }
  | { status: 'merging'; file: PartnerFile; plan: MergePlan; jobId: string | null; progress: JobProgress | null }
  | { status: 'merged'; file: PartnerFile; result: MergeResult };

export type Side = 'ours' | 'theirs';

export function useMerge() {
  const { t } = useTranslation('merge');
  const runJob = useRunJob();
  const [state, setState] = useState<MergeState>({ status: 'idle' });
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const ticket = useRef(0);

  const chooseFile = useCallback(async (chosen: File) => {
    const mine = ++ticket.current;
    setChoices({});
    if (chosen.size > MAX_FILE_BYTES) {
      const message = t('page.tooBig', { name: chosen.name, size: fileSizeText(chosen.size), megabytes: MAX_FILE_MEGABYTES });
      setState({ status: 'failed', file: null, plan: null, error: { code: 'invalid_input', message } });
      return;
    }
    setState({ status: 'checking', file: { name: chosen.name } });
    let file: PartnerFile;
    try {
      file = { name: chosen.name, contentBase64: await fileToBase64(chosen) };
    } catch (error) {
      if (mine === ticket.current) setState({ status: 'failed', file: null, plan: null, error: asApiError(error) });
      return;
    }
    const result = await call('merge.check', { file }).catch((error: unknown) => ({ ok: false as const, error: asApiError(error) }));
    if (mine !== ticket.current) return; // another file was chosen meanwhile
    setState(result.ok ? { status: 'checked', file, plan: result.value } : { status: 'failed', file, plan: null, error: result.error });
  }, [t]);

  const choose = useCallback((id: string, side: Side) => setChoices((prev) => ({ ...prev, [id]: side })), []);
  const chooseAll = useCallback(
    (side: Side) => {
      if (state.status !== 'checked' && state.status !== 'failed') return;
      setChoices(Object.fromEntries((state.plan?.conflicts ?? []).map((c) => [c.id, side])));
    },
    [state],
  );

  const merge = useCallback(() => {
    if (state.status !== 'checked' && !(state.status === 'failed' && state.file && state.plan)) return;
    const file = state.file!;
    const plan = state.plan!;
    setState({ status: 'merging', file, plan, jobId: null, progress: null });
    const failed = (error: ApiError) => setState({ status: 'failed', file, plan, error });
    void runJob('merge.run', { file, resolutions: choices }, (jobId, progress) =>
      setState((current) => (current.status === 'merging' ? { ...current, jobId, progress } : current)),
    ).then((result) => {
      if (!result.ok) return failed(result.error);
      setState({ status: 'merged', file, result: result.value });
    });
  }, [state, choices, runJob]);

  const cancel = useCallback(() => {
    if (state.status === 'merging' && state.jobId) void call('jobs.cancel', { id: state.jobId });
  }, [state]);

  const reset = useCallback(() => {
    ticket.current += 1;
    setChoices({});
    setState({ status: 'idle' });
  }, []);

  return { state, choices, chooseFile, choose, chooseAll, merge, cancel, reset };
}
