import { describe, expect, it } from 'vitest';
import { seedPractices } from '../seed/seed.js';
import { mean, quantileSorted, summarize } from './statistics.js';

describe('summarize', () => {
  it('matches hand-computed values (numpy linear / Excel QUARTILE.INC)', () => {
    // 1 2 3 4 5 6 7 8: positions (n-1)p = 1.75, 3.5, 5.25
    expect(summarize([8, 1, 7, 2, 6, 3, 5, 4])).toEqual({ n: 8, missing: 0, mean: 4.5, median: 4.5, min: 1, max: 8, q1: 2.75, q3: 6.25 });
    // Odd count: 10 20 30 40 50 -> q1 at 1.0 = 20, q3 at 3.0 = 40
    expect(summarize([50, 10, 40, 20, 30])).toMatchObject({ median: 30, q1: 20, q3: 40, mean: 30 });
    expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
  });

  it('handles ties', () => {
    // 2 2 2 3 9: q1 position 1 -> 2, median 2, q3 position 3 -> 3
    expect(summarize([2, 9, 2, 3, 2])).toEqual({ n: 5, missing: 0, mean: 3.6, median: 2, min: 2, max: 9, q1: 2, q3: 3 });
  });

  it('counts empty values as missing, never as zero', () => {
    expect(summarize([null, 4, undefined, 8, null])).toEqual({ n: 2, missing: 3, mean: 6, median: 6, min: 4, max: 8, q1: 5, q3: 7 });
  });

  it('gives no numbers for an empty group and exact ones for a single value', () => {
    expect(summarize([])).toEqual({ n: 0, missing: 0, mean: null, median: null, min: null, max: null, q1: null, q3: null });
    expect(summarize([null, null])).toMatchObject({ n: 0, missing: 2, mean: null, q1: null });
    expect(summarize([82.5])).toEqual({ n: 1, missing: 0, mean: 82.5, median: 82.5, min: 82.5, max: 82.5, q1: 82.5, q3: 82.5 });
  });

  it('reproduces the Catálogo hours statistics stated in D3.3 §7.3 from the seed (8-575 h, mean 99, median 40, 50% within 25.5-90)', () => {
    const catalogue = seedPractices().filter((p) => p.parentId === 'es-p02-catalogo-especialidades-formativas' && p.code !== null);
    expect(catalogue).toHaveLength(26);
    const s = summarize(catalogue.map((p) => p.hours));
    expect(s).toMatchObject({ n: 26, missing: 0, min: 8, max: 575, median: 40, q1: 25.5, q3: 90 });
    expect(Math.round(s.mean ?? 0)).toBe(99);
  });

  it('averages the same whatever the order', () => {
    expect(mean([0.1, 0.2, 0.3])).toBe(mean([0.3, 0.1, 0.2]));
  });
});
