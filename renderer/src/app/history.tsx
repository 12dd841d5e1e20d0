/**
 * Undo and redo you can see: the next steps' names (history.status, asked again after every
 * step and every few seconds, since any screen may write), the notice of what was just undone,
 * and the confirmation before an import or a merge is undone from a page that does not show it.
 * A step changes the data in place (session.dataChanged): no reload, no jump to the top.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from './apiClient';
import { useSession } from './session';
import type { ChangeSetSummary, HistoryStatus } from '../../../data/history/model';
import type { Route } from './useHashRoute';
import { needsConfirmation, noticeText } from './historyStep';

export interface HistoryNotice {
  text: string;
  error: boolean;
}

type Direction = 'undo' | 'redo';

export interface HistoryControl {
  status: HistoryStatus;
  notice: HistoryNotice | null;
  dismissNotice(): void;
  /** Undo or redo now, or ask first when the step is an import or merge this page does not show. */
  request(direction: Direction): void;
  /** The step waiting for the user's yes, if any. */
  pending: { direction: Direction; step: ChangeSetSummary } | null;
  confirm(): void;
  cancel(): void;
  /** Bumped after every step (the history panel reads again). */
  generation: number;
}

const HistoryContext = createContext<HistoryControl | null>(null);

export function useHistory(): HistoryControl {
  const value = useContext(HistoryContext);
  if (!value) throw new Error('useHistory is used outside HistoryProvider');
  return value;
}

const POLL_MS = 2500;

export function HistoryProvider({ route, children }: { route: Route; children: ReactNode }) {
  const { dataChanged } = useSession();
  const [status, setStatus] = useState<HistoryStatus>({ undo: null, redo: null });
  const [notice, setNotice] = useState<HistoryNotice | null>(null);
  const [pending, setPending] = useState<HistoryControl['pending']>(null);
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);

  const readStatus = useCallback(async () => {
    const result = await call('history.status', {});
    if (result.ok) setStatus(result.value);
  }, []);

  // Any screen may write (a score, an edit): read the next steps again now and then, and on return to the window.
  useEffect(() => {
    void readStatus();
    const timer = window.setInterval(() => void readStatus(), POLL_MS);
    const onFocus = () => void readStatus();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [readStatus, route]);

  const run = useCallback(
    async (direction: Direction) => {
      setBusy(true);
      const result = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      setBusy(false);
      setNotice(result.ok ? { text: noticeText(direction, result.value), error: false } : { text: result.error.message, error: true });
      if (result.ok) {
        dataChanged();
        setGeneration((n) => n + 1);
      }
      await readStatus();
    },
    [dataChanged, readStatus],
  );

  const request = useCallback(
    (direction: Direction) => {
      if (busy) return;
      // The shown status may be stale (a write since the last poll, or none read yet on a page just
      // opened): ask the store which step is next before deciding whether to ask the user first.
      void (async () => {
        const fresh = await call('history.status', {});
        if (fresh.ok) setStatus(fresh.value);
        const step = fresh.ok ? (direction === 'undo' ? fresh.value.undo : fresh.value.redo) : null;
        if (step && needsConfirmation(step, route)) setPending({ direction, step });
        else void run(direction);
      })();
    },
    [busy, route, run],
  );

  useEffect(() => {
    if (!notice || notice.error) return undefined;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const value = useMemo<HistoryControl>(
    () => ({
      status,
      notice,
      dismissNotice: () => setNotice(null),
      request,
      pending,
      confirm: () => {
        if (pending) void run(pending.direction);
        setPending(null);
      },
      cancel: () => setPending(null),
      generation,
    }),
    [status, notice, request, pending, run, generation],
  );
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}
