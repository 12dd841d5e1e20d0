/** Descriptive statistics. Empty values are counted as missing, never as zero. */
import type { Summary } from './model.js';

/**
 * The p-quantile of sorted values by linear interpolation between closest ranks: numpy's default
 * ("linear", Hyndman & Fan type 7) and Excel's QUARTILE.INC / PERCENTILE.INC.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // Summing in sorted order keeps results stable whatever order the rows came in.
  return [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0) / values.length;
}

export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: present.length,
    missing: values.length - present.length,
    mean: mean(present),
    median: quantileSorted(present, 0.5),
    min: present.length > 0 ? (present[0] as number) : null,
    max: present.length > 0 ? (present[present.length - 1] as number) : null,
    q1: quantileSorted(present, 0.25),
    q3: quantileSorted(present, 0.75),
  };
}
