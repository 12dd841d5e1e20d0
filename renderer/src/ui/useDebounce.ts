import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A debounced version of `fn`: `run(value)` calls it after `delay` ms of quiet,
 * `flush()` calls a pending one at once, `cancel()` drops it. `fn` may change between renders.
 */
export function useDebouncedCallback<T>(fn: (value: T) => void, delay: number, options: { flushOnUnmount?: boolean } = {}) {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: T } | null>(null);

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) fnRef.current(next.value);
  }, []);

  const run = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  const flushOnUnmount = options.flushOnUnmount ?? false;
  useEffect(() => (flushOnUnmount ? flush : cancel), [cancel, flush, flushOnUnmount]);
  return { run, flush, cancel };
}

/**
 * Local text state for an input whose committed value lives elsewhere (the hash, a record):
 * typing updates the input at once and commits after `delay`; an outside change of the
 * committed value (e.g. "Clear filters") replaces what the input shows.
 */
export function useSyncedText(committed: string, commit: (text: string) => void, delay: number) {
  const { run, flush } = useDebouncedCallback(commit, delay);
  const [text, setLocal] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== text) setLocal(committed);
  }
  const setText = useCallback(
    (next: string) => {
      setLocal(next);
      run(next);
    },
    [run],
  );
  return { text, setText, flush };
}
