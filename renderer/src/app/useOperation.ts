/**
 * Runs one read operation of the contract for a view and re-runs it when its input changes.
 * Keeps the last answer on screen while a new one loads (no blank flash while typing in a filter);
 * answers to an input that is no longer current are dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import { call } from './apiClient';
import { useViewerKey } from './session';
import type { OperationInput, OperationName, OperationOutput } from '../../../data/contract/contract';
import type { ApiError } from '../../../data/domain/envelope';

export interface OperationState<T> {
  value: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** `input` null means "nothing to ask yet". `extraKey` forces a new call (e.g. after targets change). */
export function useOperation<K extends OperationName>(operation: K, input: OperationInput<K> | null, extraKey: string | number = ''): OperationState<OperationOutput<K>> {
  const key = input === null ? null : JSON.stringify(input);
  const [value, setValue] = useState<OperationOutput<K> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [attempt, setAttempt] = useState(0);
  // Blind mode or the rater changed: the data layer answers differently (others' scores hidden or shown).
  const viewerKey = useViewerKey();

  useEffect(() => {
    if (key === null) {
      setValue(null);
      setError(null);
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    void call(operation, JSON.parse(key) as OperationInput<K>).then((result) => {
      if (!live) return;
      setLoading(false);
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      live = false;
    };
  }, [operation, key, extraKey, attempt, viewerKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { value, error, loading, reload };
}
