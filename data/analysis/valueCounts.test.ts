import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, summarize } from '../statistics.js';
import { ValueCounts } from './valueCounts.js';

const counted = (values: (number | null)[]) => {
  const counts = new ValueCounts();
  for (const v of values) counts.add(v);
  return counts;
};

/** Means of up to three raters' 0-4 scores, hours, any double: few and many distinct values. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((n) => n / 3),
  fc.integer({ min: 0, max: 600 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.constant(-0),
);

describe('ValueCounts', () => {
  it('summarises exactly as summarize does, to the last bit', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect(counted(values).summary()).toEqual(summarize(values));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same mean as mean() of the present values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }).map((n) => n / 3), { maxLength: 300 }), (values) => {
        expect(Object.is(counted(values).mean(), mean(values))).toBe(true);
      }),
    );
  });

  it('counts what is not a finite number as missing', () => {
    const counts = counted([1, null, Number.NaN, Number.POSITIVE_INFINITY, 2]);
    expect(counts.summary()).toMatchObject({ n: 2, missing: 3, mean: 1.5, min: 1, max: 2 });
  });
});
