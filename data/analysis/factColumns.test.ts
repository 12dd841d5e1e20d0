import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, summarize } from './statistics.js';
import { LevelCounts } from './factColumns.js';

/** Counts the values as a numeric column would hold them (levels ascending, -1 for missing). */
function counted(values: (number | null)[]): LevelCounts {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const levels = Float64Array.from(new Set(present)).sort();
  const counts = new LevelCounts(levels);
  for (const v of values) counts.add(v !== null && Number.isFinite(v) ? levels.indexOf(v) : -1);
  return counts;
}

/** Means of up to three raters' 0-4 scores, hours, any double (the store never returns -0). */
const value = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((n) => n / 3),
  fc.integer({ min: 0, max: 600 }),
  fc.double().map((d) => (Object.is(d, -0) ? 0 : d)),
  fc.constant(null),
);

describe('LevelCounts', () => {
  it('summarises exactly as summarize does, to the last bit', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect(counted(values).summary()).toEqual(summarize(values));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same mean as mean() of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }).map((n) => n / 3), { maxLength: 300 }), (values) => {
        expect(Object.is(counted(values).mean(), mean(values))).toBe(true);
      }),
    );
  });

  it('counts what is not a finite number as missing', () => {
    expect(counted([1, null, Number.NaN, Number.POSITIVE_INFINITY, 2]).summary()).toMatchObject({ n: 2, missing: 3, mean: 1.5, min: 1, max: 2 });
  });
});
