/**
 * The statistics of data/statistics.ts (mean, summary) for values gathered as counts of each
 * distinct value. Scores, hours and years take few distinct values, so 100,000 of them sort as a
 * handful of keys, and the sums run over the same sorted sequence, so results are identical to
 * the last bit (statistics.ts sums in sorted order; so does this, one key `count` times).
 */
import type { Summary } from '../analysisModel.js';

export class ValueCounts {
  private readonly counts = new Map<number, number>();
  /** Values that are numbers (the others are missing, as in summarize). */
  present = 0;
  missing = 0;
  private sorted: { keys: number[]; ends: number[] } | null = null;
  /** Map keys make -0 and 0 one key; a sorted list keeps them in the order they came, which min and max show. */
  private firstZero = 0;
  private lastZero = 0;

  add(value: number | null | undefined): void {
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (value === 0) {
        if (!this.counts.has(0)) this.firstZero = value;
        this.lastZero = value;
      }
      this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
      this.present++;
    } else {
      this.missing++;
    }
    this.sorted = null;
  }

  /** The distinct values in ascending order, and after how many values each one ends. */
  private order(): { keys: number[]; ends: number[] } {
    if (this.sorted) return this.sorted;
    const keys = [...this.counts.keys()].sort((a, b) => a - b);
    let end = 0;
    const ends = keys.map((k) => (end += this.counts.get(k) as number));
    this.sorted = { keys, ends };
    return this.sorted;
  }

  /** The value at a position of the sorted values. */
  private at(index: number): number {
    const { keys, ends } = this.order();
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ends[middle] as number) > index) high = middle;
      else low = middle + 1;
    }
    return keys[low] as number;
  }

  /** statistics.ts's quantileSorted, on the sorted values. */
  private quantile(p: number): number | null {
    if (this.present === 0) return null;
    const position = (this.present - 1) * p;
    const lower = Math.floor(position);
    const low = this.at(lower);
    const high = this.at(Math.ceil(position));
    return low + (high - low) * (position - lower);
  }

  /** statistics.ts's mean of the present values. */
  mean(): number | null {
    if (this.present === 0) return null;
    let sum = 0;
    for (const key of this.order().keys) {
      for (let i = this.counts.get(key) as number; i > 0; i--) sum += key;
    }
    return sum / this.present;
  }

  /** statistics.ts's summarize of every value added. */
  summary(): Summary {
    const { keys } = this.order();
    return {
      n: this.present,
      missing: this.missing,
      mean: this.mean(),
      median: this.quantile(0.5),
      min: keys.length === 0 ? null : keys[0] === 0 ? this.firstZero : (keys[0] as number),
      max: keys.length === 0 ? null : keys[keys.length - 1] === 0 ? this.lastZero : (keys[keys.length - 1] as number),
      q1: this.quantile(0.25),
      q3: this.quantile(0.75),
    };
  }
}
