/** Loads one practice (`practices.get`) and lets the page patch it after saves. */
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../app/apiClient';
import type { ApiError } from '../../../../data/domain/envelope';
import type { PracticeDetail } from '../../../../data/practices/model';

export type DetailState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; detail: PracticeDetail };

export function usePracticeDetail(id: string) {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void call('practices.get', { id }).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', detail: result.value } : { status: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const patch = useCallback((change: (detail: PracticeDetail) => PracticeDetail) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', detail: change(s.detail) } : s));
  }, []);

  return { state, reload, patch };
}
