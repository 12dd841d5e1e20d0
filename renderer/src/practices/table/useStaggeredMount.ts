/**
 * Mounts a list's new items a few per frame. A virtualised list that jumps, or whose page of rows
 * arrives, would otherwise build every row in view in one frame (some 30 rows of a dozen cells:
 * two or three frame times of Chromium's style, layout, paint and compositing). Items already
 * mounted stay mounted; scrolling at wheel speed brings in two or three rows a frame, within the
 * budget, so it never waits.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Returns which of the `wanted` keys (most urgent first) to render now: those rendered at the last
 * commit, and up to `perFrame` others. The rest follow in later frames. The first items are all
 * rendered at once: nothing is moving yet, and the first screen should appear whole.
 */
export function useStaggeredMount<T>(wanted: readonly T[], perFrame: number): ReadonlySet<T> {
  const mounted = useRef<ReadonlySet<T>>(new Set());
  const started = useRef(false);
  const [, setFrame] = useState(0);
  const shown = new Set<T>();
  let budget = started.current ? perFrame : Number.POSITIVE_INFINITY;
  let held = false;
  for (const item of wanted) {
    if (mounted.current.has(item)) shown.add(item);
    else if (budget > 0) {
      shown.add(item);
      budget--;
    } else held = true;
  }

  // What this render shows is what the next render finds mounted (read in render, written only after commit).
  useLayoutEffect(() => {
    mounted.current = shown;
    if (shown.size > 0) started.current = true;
  });

  useEffect(() => {
    if (!held) return;
    const frame = requestAnimationFrame(() => setFrame((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  });

  return shown;
}
