/**
 * Inter-rater agreement on the ordinal 0-4 rubric: percent agreement and weighted Cohen's kappa for a
 * pair of raters, Krippendorff's alpha for any number of raters with missing scores.
 *
 * Input is units x raters: one row per scored item (practice x dimension), one column per rater, null
 * where that rater did not score the item. Only items a rater actually scored can count: an unscored
 * item is neither agreement nor disagreement, so it must never move any figure.
 */

/** One row per item, one column per rater; null (or a missing cell in a short row) = not scored. */
export type Ratings = readonly (readonly (number | null)[])[];

/** The rubric scale. Weighting uses the full fixed set, so a level nobody used still counts. */
export const DEFAULT_CATEGORIES: readonly number[] = [0, 1, 2, 3, 4];

export type KappaWeights = 'quadratic' | 'linear';
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export interface PairedItem {
  /** Row index in the ratings. */
  item: number;
  a: number;
  b: number;
}

export interface PercentAgreement {
  n: number;
  /** Share of paired items with identical scores; null when n = 0. */
  exact: number | null;
  /** Share of paired items whose scores differ by at most one point; null when n = 0. */
  withinOne: number | null;
}

export interface KappaResult {
  n: number;
  kappa: number | null;
}

export interface AlphaResult {
  /** Pairable units: items with at least two scores. */
  n: number;
  /** Pairable values: the scores inside those units (n.. in Krippendorff's notation). */
  values: number;
  alpha: number | null;
}

export interface Coincidences {
  /** Sorted categories; row/column c of the matrix is categories[c]. */
  categories: number[];
  /** o_ck: each ordered pair of scores from different raters in a unit, weighted 1 / (m_u - 1). */
  matrix: number[][];
  /** n_c: row sums of the matrix. */
  totals: number[];
  units: number;
  values: number;
}

function checkRater(rater: number, name: string): void {
  if (!Number.isInteger(rater) || rater < 0) throw new RangeError(`rater ${name} must be a column index (integer >= 0), got ${rater}`);
}

/** A score, or null if unscored. Rejects NaN/Infinity: a corrupt score must not pass silently as data. */
function cell(ratings: Ratings, item: number, rater: number): number | null {
  const value = ratings[item]?.[rater];
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) throw new RangeError(`item ${item}, rater ${rater}: score ${value} is not a finite number`);
  return value;
}

/** Sorted copy, so every ordinal computation sees the categories low to high whatever order was passed. */
function sortedCategories(categories: readonly number[]): number[] {
  const sorted = [...categories].sort((x, y) => x - y);
  sorted.forEach((c, i) => {
    if (!Number.isFinite(c)) throw new RangeError(`category ${c} is not a finite number`);
    if (i > 0 && sorted[i - 1] === c) throw new RangeError(`category ${c} is listed twice`);
  });
  return sorted;
}

/** Position of a score on the scale; a score off the scale is a data error, not something to round. */
function categoryIndex(categories: readonly number[], value: number, item: number): number {
  const index = categories.indexOf(value);
  if (index < 0) throw new RangeError(`item ${item}: score ${value} is not one of the categories ${categories.join(', ')}`);
  return index;
}

function square(size: number): number[][] {
  return Array.from({ length: size }, () => new Array<number>(size).fill(0));
}

/** Reads a matrix cell; indices are always in range here, so the fallback never applies. */
function at(matrix: readonly (readonly number[])[], i: number, j: number): number {
  return matrix[i]?.[j] ?? 0;
}

function addTo(matrix: number[][], i: number, j: number, amount: number): void {
  const row = matrix[i];
  if (row) row[j] = (row[j] ?? 0) + amount;
}

/**
 * The items both raters a and b scored. Items only one of them scored are left out: pairwise figures
 * are computed on these alone. A column that does not exist (e.g. only one rater) gives no items.
 */
export function pairedItems(ratings: Ratings, a: number, b: number): PairedItem[] {
  checkRater(a, 'a');
  checkRater(b, 'b');
  // Comparing a rater with themself would report perfect agreement that nobody achieved.
  if (a === b) throw new RangeError('agreement needs two different raters');
  const pairs: PairedItem[] = [];
  ratings.forEach((_row, item) => {
    const va = cell(ratings, item, a);
    const vb = cell(ratings, item, b);
    if (va !== null && vb !== null) pairs.push({ item, a: va, b: vb });
  });
  return pairs;
}

/** Raw agreement between two raters, as proportions of the items both scored. */
export function percentAgreement(ratings: Ratings, a: number, b: number): PercentAgreement {
  const pairs = pairedItems(ratings, a, b);
  const n = pairs.length;
  if (n === 0) return { n, exact: null, withinOne: null };
  const exact = pairs.filter((p) => p.a === p.b).length;
  const withinOne = pairs.filter((p) => Math.abs(p.a - p.b) <= 1).length;
  return { n, exact: exact / n, withinOne: withinOne / n };
}

/**
 * Cohen's (1968) weighted kappa for two raters: kappa_w = 1 - sum(v_ij p_ij) / sum(v_ij p_i. p_.j) with
 * disagreement weights v_ij = (i - j)^2 (quadratic) or |i - j| (linear) on category positions. The
 * usual normalisation by (k - 1)^2 or (k - 1) cancels in the ratio, so it is left out. Positions come
 * from the fixed category set, so an unused level in the middle of the scale still widens distances.
 *
 * kappa is null when n = 0, and when expected disagreement is 0. The latter happens only if both raters
 * gave one and the same category to every item: observed disagreement is then 0 as well and kappa is
 * 0/0. With no variation in the scores, chance alone would produce the same perfect match, so the data
 * cannot tell real agreement from chance; reporting 1 (or 0) would claim something the data do not
 * show. Report percent agreement for such a set instead.
 */
export function weightedKappa(
  ratings: Ratings,
  a: number,
  b: number,
  weights: KappaWeights = 'quadratic',
  categories: readonly number[] = DEFAULT_CATEGORIES,
): KappaResult {
  const cats = sortedCategories(categories);
  const pairs = pairedItems(ratings, a, b);
  const n = pairs.length;
  if (n === 0) return { n, kappa: null };
  const k = cats.length;
  const table = square(k);
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  for (const p of pairs) {
    const i = categoryIndex(cats, p.a, p.item);
    const j = categoryIndex(cats, p.b, p.item);
    addTo(table, i, j, 1);
    rowTotals[i] = (rowTotals[i] ?? 0) + 1;
    colTotals[j] = (colTotals[j] ?? 0) + 1;
  }
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = weights === 'quadratic' ? (i - j) ** 2 : Math.abs(i - j);
      observed += (v * at(table, i, j)) / n;
      expected += (v * (rowTotals[i] ?? 0) * (colTotals[j] ?? 0)) / (n * n);
    }
  }
  // Exactly 0 only when all mass sits in one shared cell (every off-diagonal product is 0), so no tolerance is needed.
  if (expected === 0) return { n, kappa: null };
  return { n, kappa: 1 - observed / expected };
}

/**
 * Krippendorff's coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 * within each unit with m_u >= 2 scores, every ordered pair of scores from different raters adds
 * 1 / (m_u - 1) to o_ck, so each pairable score contributes exactly one unit of weight. Units with a
 * single score are not pairable and drop out entirely.
 */
export function coincidenceMatrix(ratings: Ratings, categories: readonly number[] = DEFAULT_CATEGORIES): Coincidences {
  const cats = sortedCategories(categories);
  const k = cats.length;
  const matrix = square(k);
  let units = 0;
  let values = 0;
  ratings.forEach((row, item) => {
    const counts = new Array<number>(k).fill(0);
    let m = 0;
    row.forEach((_v, rater) => {
      const value = cell(ratings, item, rater);
      if (value === null) return;
      const c = categoryIndex(cats, value, item);
      counts[c] = (counts[c] ?? 0) + 1;
      m++;
    });
    if (m < 2) return;
    units++;
    values += m;
    for (let c = 0; c < k; c++) {
      for (let d = 0; d < k; d++) {
        const nc = counts[c] ?? 0;
        const nd = counts[d] ?? 0;
        // Pairs come from different raters, so a value is never paired with itself.
        const pairs = c === d ? nc * (nc - 1) : nc * nd;
        if (pairs > 0) addTo(matrix, c, d, pairs / (m - 1));
      }
    }
  });
  const totals = matrix.map((r) => r.reduce((sum, x) => sum + x, 0));
  return { categories: cats, matrix, totals, units, values };
}

/** delta^2_ck for the chosen metric (Krippendorff 2011, difference functions). */
function deltaSquared(metric: AlphaMetric, c: number, k: number, co: Coincidences): number {
  if (c === k) return 0;
  if (metric === 'nominal') return 1;
  if (metric === 'interval') return ((co.categories[c] ?? 0) - (co.categories[k] ?? 0)) ** 2;
  // Ordinal: distance is the number of values lying between c and k (half of each end), so it follows
  // how the scores are actually distributed rather than assuming equal steps; unused levels add 0.
  const lo = Math.min(c, k);
  const hi = Math.max(c, k);
  let between = 0;
  for (let g = lo; g <= hi; g++) between += co.totals[g] ?? 0;
  return (between - ((co.totals[c] ?? 0) + (co.totals[k] ?? 0)) / 2) ** 2;
}

/**
 * Krippendorff's alpha = 1 - Do / De for any number of raters with missing scores, where
 * Do = (1/n) sum o_ck delta^2_ck and De = 1/(n(n-1)) sum n_c n_k delta^2_ck over pairable values.
 * alpha is null with fewer than 2 pairable values (nothing to compare) or when De = 0: all pairable
 * scores are the same category, so, as for kappa, agreement cannot be told apart from chance.
 */
export function krippendorffAlpha(
  ratings: Ratings,
  metric: AlphaMetric = 'ordinal',
  categories: readonly number[] = DEFAULT_CATEGORIES,
): AlphaResult {
  const co = coincidenceMatrix(ratings, categories);
  const n = co.values;
  if (n < 2) return { n: co.units, values: n, alpha: null };
  const k = co.categories.length;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      const delta = deltaSquared(metric, c, d, co);
      observed += at(co.matrix, c, d) * delta;
      expected += (co.totals[c] ?? 0) * (co.totals[d] ?? 0) * delta;
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  // Products of totals are exactly 0 off the diagonal when only one category has values: no tolerance needed.
  if (expected === 0) return { n: co.units, values: n, alpha: null };
  return { n: co.units, values: n, alpha: 1 - observed / expected };
}

/** Krippendorff's alpha with the ordinal difference function: the figure for the 0-4 rubric. */
export function krippendorffAlphaOrdinal(ratings: Ratings, categories: readonly number[] = DEFAULT_CATEGORIES): AlphaResult {
  return krippendorffAlpha(ratings, 'ordinal', categories);
}
