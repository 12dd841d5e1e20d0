/** Loads one practice (`practices.get`) and lets the page patch it after saves. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../app/apiClient';
import { useViewerKey } from '../../app/session';
import type { ApiError } from '../../../../data/domain/envelope';
import type { PracticeDetail } from '../../../../data/practices/model';

export type DetailState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; detail: PracticeDetail };

export function usePracticeDetail(id: string) {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Ticking Blind (or switching rater) asks again: the page then shows only what the data layer lets this viewer see.
  const viewerKey = useViewerKey();
  const asked = useRef<{ id: string; attempt: number } | null>(null);

  useEffect(() => {
    let live = true;
    // Another practice or a reload starts from "loading"; a new viewer keeps the page until the answer replaces it.
    if (asked.current?.id !== id || asked.current.attempt !== attempt) setState({ status: 'loading' });
    asked.current = { id, attempt };
    void call('practices.get', { id }).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', detail: result.value } : { status: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [id, attempt, viewerKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const patch = useCallback((change: (detail: PracticeDetail) => PracticeDetail) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', detail: change(s.detail) } : s));
  }, []);

  return { state, reload, patch };
}
