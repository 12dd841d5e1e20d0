import { describe, expect, it } from 'vitest';
import {
  coincidenceMatrix,
  krippendorffAlpha,
  krippendorffAlphaOrdinal,
  pairedItems,
  percentAgreement,
  weightedKappa,
  type Ratings,
} from './agreement.js';

/**
 * Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability". Departmental Papers (ASC),
 * University of Pennsylvania: 4 observers (A-D) x 12 units, values 1-5, '.' = missing. Typed in as
 * units x observers. Unit 12 has one value only and is not pairable.
 */
const KRIPPENDORFF_2011: Ratings = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
];
const ONE_TO_FIVE = [1, 2, 3, 4, 5];

describe('Krippendorff (2011) worked example', () => {
  // Coincidence matrix by hand (x 1/3; each unit adds 1/(m_u - 1) per ordered pair):
  //        1    2    3    4    5  | n_c
  //   1   21    4    1    1    0  | 27/3 = 9
  //   2    4   30    4    1    0  | 39/3 = 13
  //   3    1    4   24    1    0  | 30/3 = 10
  //   4    1    1    1   12    0  | 15/3 = 5
  //   5    0    0    0    0    9  |  9/3 = 3        n.. = 40 pairable values in 11 units
  it('builds the coincidence matrix of the paper', () => {
    const co = coincidenceMatrix(KRIPPENDORFF_2011, ONE_TO_FIVE);
    const thirds = [
      [21, 4, 1, 1, 0],
      [4, 30, 4, 1, 0],
      [1, 4, 24, 1, 0],
      [1, 1, 1, 12, 0],
      [0, 0, 0, 0, 9],
    ];
    co.matrix.forEach((row, c) => row.forEach((o, k) => expect(o * 3).toBeCloseTo(thirds[c]?.[k] ?? NaN, 12)));
    [9, 13, 10, 5, 3].forEach((n, c) => expect(co.totals[c]).toBeCloseTo(n, 12));
    expect(co.units).toBe(11);
    expect(co.values).toBe(40);
  });

  it('nominal alpha = 0.743 (paper)', () => {
    // Do*n = off-diagonal sum = 40 - 32 = 8; De*n(n-1) = 40^2 - (81+169+100+25+9) = 1216.
    // alpha = 1 - 39 * 8 / 1216 = 113/152 = 0.74342
    const r = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal', ONE_TO_FIVE);
    expect(r).toMatchObject({ n: 11, values: 40 });
    expect(r.alpha).toBeCloseTo(113 / 152, 12);
    expect(r.alpha).toBeCloseTo(0.743, 3);
  });

  it('interval alpha = 0.849 (paper)', () => {
    // Do*n = 2/3 (4*1 + 1*4 + 1*9 + 4*1 + 1*4 + 1*1) = 52/3
    // De*n(n-1) = 2 (9*13*1 + 9*10*4 + 9*5*9 + 9*3*16 + 13*10*1 + 13*5*4 + 13*3*9 + 10*5*1 + 10*3*4 + 5*3*1) = 4480
    // alpha = 1 - 39 * (52/3) / 4480 = 1 - 676/4480 = 0.849107
    const r = krippendorffAlpha(KRIPPENDORFF_2011, 'interval', ONE_TO_FIVE);
    expect(r.alpha).toBeCloseTo(1 - 676 / 4480, 12);
    expect(r.alpha).toBeCloseTo(0.849, 3);
  });

  it('ordinal alpha = 0.815 (the value the fast-krippendorff package asserts for these data; derived by hand below)', () => {
    // delta^2_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 with n = 9, 13, 10, 5, 3:
    //   d12 = (22 - 11)^2 = 121      d13 = (32 - 9.5)^2 = 506.25   d14 = (37 - 7)^2 = 900   d15 = (40 - 6)^2 = 1156
    //   d23 = (23 - 11.5)^2 = 132.25 d24 = (28 - 9)^2 = 361        d25 = (31 - 8)^2 = 529
    //   d34 = (15 - 7.5)^2 = 56.25   d35 = (18 - 6.5)^2 = 132.25   d45 = (8 - 4)^2 = 16
    // Do*n = 2/3 (4*121 + 1*506.25 + 1*900 + 4*132.25 + 1*361 + 1*56.25) = 2/3 * 2836.5 = 1891
    // De*n(n-1) = 2 (9*13*121 + 9*10*506.25 + 9*5*900 + 9*3*1156 + 13*10*132.25 + 13*5*361 + 13*3*529
    //                + 10*5*56.25 + 10*3*132.25 + 5*3*16) = 2 * 199740 = 399480
    // alpha = 1 - 39 * 1891 / 399480 = 0.815388
    const r = krippendorffAlphaOrdinal(KRIPPENDORFF_2011, ONE_TO_FIVE);
    expect(r).toMatchObject({ n: 11, values: 40 });
    expect(r.alpha).toBeCloseTo(1 - (39 * 1891) / 399480, 12);
    expect(r.alpha).toBeCloseTo(0.815, 3);
  });
});

describe('Krippendorff alpha, Wikipedia "Krippendorff\'s alpha" computational example (3 coders x 15 units)', () => {
  // Published there: nominal 0.691, interval 0.811 (also asserted by the fast-krippendorff test suite).
  const WIKIPEDIA: Ratings = [
    [null, 1, null], [null, null, null], [null, 2, 2], [null, 1, 1], [null, 3, 3],
    [3, 3, 4], [4, 4, 4], [1, 3, null], [2, null, 2], [1, null, 1],
    [1, null, 1], [3, null, 3], [3, null, 3], [null, null, null], [3, null, 4],
  ];
  it('gives the published values', () => {
    expect(krippendorffAlpha(WIKIPEDIA, 'nominal', [1, 2, 3, 4]).alpha).toBeCloseTo(0.691, 3);
    expect(krippendorffAlpha(WIKIPEDIA, 'interval', [1, 2, 3, 4]).alpha).toBeCloseTo(0.811, 3);
    expect(krippendorffAlpha(WIKIPEDIA, 'nominal', [1, 2, 3, 4])).toMatchObject({ n: 12, values: 26 });
  });
});

/** Expands a contingency table (rows rater a, columns rater b) into units x raters. */
function fromTable(table: readonly (readonly number[])[], categories: readonly number[]): (number | null)[][] {
  const rows: (number | null)[][] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let t = 0; t < count; t++) rows.push([categories[i] ?? NaN, categories[j] ?? NaN]);
  }));
  return rows;
}

describe('weightedKappa', () => {
  it('reproduces Agresti (2002), Categorical Data Analysis 2nd ed., Table 10.5: kappa 0.498, weighted 0.779', () => {
    // Pathologists A (rows) and B (columns) grading 118 slides for carcinoma in situ of the uterine
    // cervix on a 5-level ordinal scale (Landis & Koch 1977, from Holmquist et al. 1967). Agresti uses
    // weights 1 - (i-j)^2/(I-1)^2, i.e. quadratic. Unweighted kappa (0.498) is checked by hand:
    // p_o = 75/118, p_e = (26*27 + 26*12 + 38*69 + 22*7 + 6*3)/118^2 = 3808/13924 -> 0.4984.
    const table = [
      [22, 2, 2, 0, 0],
      [5, 7, 14, 0, 0],
      [0, 2, 36, 0, 0],
      [0, 1, 14, 7, 0],
      [0, 0, 3, 0, 3],
    ];
    const ratings = fromTable(table, ONE_TO_FIVE);
    const r = weightedKappa(ratings, 0, 1, 'quadratic', ONE_TO_FIVE);
    expect(r.n).toBe(118);
    expect(r.kappa).toBeCloseTo(0.779, 3);
    const po = 75 / 118;
    const pe = 3808 / 13924;
    expect((po - pe) / (1 - pe)).toBeCloseTo(0.498, 3);
    expect(percentAgreement(ratings, 0, 1).exact).toBeCloseTo(po, 12);
  });

  // Tiny 0-4 case by hand. A: 0 1 2 3 4, B: 0 2 2 3 3 (A uniform; B: 0 -> 1/5, 2 -> 2/5, 3 -> 2/5).
  // Quadratic, v = (i-j)^2: observed = (0+1+0+0+1)/5 = 0.4
  //   expected = 1/5 * sum_i [ 1/5 i^2 + 2/5 (i-2)^2 + 2/5 (i-3)^2 ] = 1/5 (26+11+6+11+26)/5 = 3.2
  //   kappa = 1 - 0.4/3.2 = 0.875
  // Linear, v = |i-j|: observed = 2/5 = 0.4
  //   expected = 1/5 * sum_i [ 1/5 i + 2/5 |i-2| + 2/5 |i-3| ] = 1/5 (10+7+4+5+10)/5 = 1.44
  //   kappa = 1 - 0.4/1.44 = 13/18
  const tiny: Ratings = [[0, 0], [1, 2], [2, 2], [3, 3], [4, 3]];
  it('matches a hand computation on the 0-4 scale', () => {
    expect(weightedKappa(tiny, 0, 1).n).toBe(5);
    expect(weightedKappa(tiny, 0, 1).kappa).toBeCloseTo(0.875, 12);
    expect(weightedKappa(tiny, 0, 1, 'linear').kappa).toBeCloseTo(13 / 18, 12);
    // Swapping raters transposes the table and leaves kappa unchanged; so does the order categories are listed in.
    expect(weightedKappa(tiny, 1, 0).kappa).toBeCloseTo(0.875, 12);
    expect(weightedKappa(tiny, 0, 1, 'quadratic', [4, 3, 2, 1, 0]).kappa).toBeCloseTo(0.875, 12);
  });

  it('weights over the fixed category set, so unused levels still set the distances', () => {
    // A: 0 1 4, B: 1 0 4. On 0..4: observed (1+1+0)/3 = 2/3, expected = 2 Var{0,1,4} = 52/9 -> 1 - 3/26 = 23/26.
    // Had the scale been inferred from the data ({0,1,4} as three adjacent steps): expected 4/3 -> 0.5.
    const r: Ratings = [[0, 1], [1, 0], [4, 4]];
    expect(weightedKappa(r, 0, 1).kappa).toBeCloseTo(23 / 26, 12);
    expect(weightedKappa(r, 0, 1, 'quadratic', [0, 1, 4]).kappa).toBeCloseTo(0.5, 12);
  });

  it('only looks at the two columns asked for', () => {
    const threeRaters: Ratings = tiny.map((row) => [row[0] ?? null, 4, row[1] ?? null]);
    expect(weightedKappa(threeRaters, 0, 2).kappa).toBeCloseTo(0.875, 12);
  });
});

describe('percentAgreement and pairedItems', () => {
  const r: Ratings = [[0, 0], [1, 2], [3, 1], [4, 4], [2, null], [null, null]];
  it('counts only items both raters scored', () => {
    expect(pairedItems(r, 0, 1)).toEqual([
      { item: 0, a: 0, b: 0 },
      { item: 1, a: 1, b: 2 },
      { item: 2, a: 3, b: 1 },
      { item: 3, a: 4, b: 4 },
    ]);
    expect(percentAgreement(r, 0, 1)).toEqual({ n: 4, exact: 0.5, withinOne: 0.75 });
  });
});

describe('edge cases', () => {
  it('one rater only: no pairs, so every figure is null', () => {
    const one: Ratings = [[1], [2], [3]];
    expect(pairedItems(one, 0, 1)).toEqual([]);
    expect(percentAgreement(one, 0, 1)).toEqual({ n: 0, exact: null, withinOne: null });
    expect(weightedKappa(one, 0, 1)).toEqual({ n: 0, kappa: null });
    expect(krippendorffAlphaOrdinal(one)).toEqual({ n: 0, values: 0, alpha: null });
    expect(krippendorffAlphaOrdinal([])).toEqual({ n: 0, values: 0, alpha: null });
  });

  it('raters who never scored the same item: n = 0', () => {
    const disjoint: Ratings = [[1, null], [null, 2], [3, null]];
    expect(percentAgreement(disjoint, 0, 1)).toEqual({ n: 0, exact: null, withinOne: null });
    expect(weightedKappa(disjoint, 0, 1)).toEqual({ n: 0, kappa: null });
    expect(krippendorffAlphaOrdinal(disjoint)).toEqual({ n: 0, values: 0, alpha: null });
  });

  it('identical ratings that vary across items: kappa 1, alpha 1', () => {
    const same: Ratings = [[0, 0, 0], [1, 1, 1], [2, 2, 2], [4, 4, 4]];
    expect(weightedKappa(same, 0, 1).kappa).toBe(1);
    expect(weightedKappa(same, 1, 2, 'linear').kappa).toBe(1);
    for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha(same, metric)).toEqual({ n: 4, values: 12, alpha: 1 });
    }
  });

  it('one value everywhere: kappa and alpha are undefined (null), percent agreement is 1', () => {
    // Both raters put every item in category 2: observed and expected disagreement are both 0, so
    // kappa = 1 - 0/0. Chance alone would give the same perfect match, so the data cannot show agreement
    // beyond chance; likewise De = 0 for alpha. Only raw agreement can be reported.
    const flat: Ratings = [[2, 2, 2], [2, 2, null], [2, 2, 2]];
    expect(weightedKappa(flat, 0, 1)).toEqual({ n: 3, kappa: null });
    expect(weightedKappa(flat, 0, 1, 'linear')).toEqual({ n: 3, kappa: null });
    expect(krippendorffAlphaOrdinal(flat)).toEqual({ n: 3, values: 8, alpha: null });
    expect(percentAgreement(flat, 0, 1)).toEqual({ n: 3, exact: 1, withinOne: 1 });
  });

  it('items only one rater scored change nothing', () => {
    const base: Ratings = [[0, 0, 1], [1, 2, 2], [2, 2, 2], [3, 3, 4], [4, 3, 3]];
    const padded: Ratings = [...base, [4, null, null], [null, 0, null], [null, null, 3], [null, null, null], [0]];
    expect(percentAgreement(padded, 0, 1)).toEqual(percentAgreement(base, 0, 1));
    expect(weightedKappa(padded, 0, 1)).toEqual(weightedKappa(base, 0, 1));
    expect(weightedKappa(padded, 1, 2, 'linear')).toEqual(weightedKappa(base, 1, 2, 'linear'));
    for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha(padded, metric)).toEqual(krippendorffAlpha(base, metric));
    }
    // A third rater's score on an item does not make it count for the pair 0-1.
    expect(percentAgreement([[1, null, 1]], 0, 1).n).toBe(0);
  });

  it('systematic disagreement gives negative values', () => {
    // Reversed scale, A: 0..4, B: 4..0: observed (16+4+0+4+16)/5 = 8, expected 2 Var(uniform 0..4) = 4 -> -1.
    const reversed: Ratings = [[0, 4], [1, 3], [2, 2], [3, 1], [4, 0]];
    expect(weightedKappa(reversed, 0, 1).kappa).toBeCloseTo(-1, 12);
    // Two units, both {0, 4}: o_04 = o_40 = 2, n_0 = n_4 = 2, n = 4.
    // Nominal: Do = 4/4 = 1, De = 8/12 -> alpha = -0.5. Ordinal: delta^2_04 = (4 - 2)^2 = 4, Do = 16/4 = 4,
    // De = 32/12 -> alpha = -0.5. Kappa (quadratic and linear): observed 1, expected 1/2 -> -1.
    const opposite: Ratings = [[0, 4], [4, 0]];
    expect(weightedKappa(opposite, 0, 1).kappa).toBeCloseTo(-1, 12);
    expect(weightedKappa(opposite, 0, 1, 'linear').kappa).toBeCloseTo(-1, 12);
    expect(krippendorffAlpha(opposite, 'nominal').alpha).toBeCloseTo(-0.5, 12);
    expect(krippendorffAlphaOrdinal(opposite).alpha).toBeCloseTo(-0.5, 12);
    expect(percentAgreement(opposite, 0, 1)).toEqual({ n: 2, exact: 0, withinOne: 0 });
  });

  it('rejects bad input instead of guessing', () => {
    expect(() => weightedKappa([[0, 5]], 0, 1)).toThrow(RangeError);
    expect(() => krippendorffAlphaOrdinal([[0, 2.5]])).toThrow(RangeError);
    expect(() => percentAgreement([[0, Number.NaN]], 0, 1)).toThrow(RangeError);
    expect(() => percentAgreement([[0, 1]], 0, 0)).toThrow(RangeError);
    expect(() => pairedItems([[0, 1]], -1, 1)).toThrow(RangeError);
    expect(() => weightedKappa([[0, 1]], 0, 1, 'quadratic', [0, 1, 1])).toThrow(RangeError);
  });
});
