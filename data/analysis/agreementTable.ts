/**
 * Agreement between raters for the filtered practices, per dimension and overall: the figures a
 * report cites, each with the number of items behind it. Only items two raters both scored count.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { krippendorffAlphaOrdinal, pairedItems, weightedKappa, type Ratings } from './agreement.js';
import type { agreementInputSchema } from './schemas.js';
import type { AgreementRow, AgreementTable } from './model.js';
import { ApiFailure } from '../domain/envelope.js';
import { listRaters } from '../scoring/index.js';
import { dimensionTargets } from './compare.js';
import { loadFacts } from './facts.js';

/** Exact and within-one agreement over every pair of raters on every item they both scored. */
function pooledPercent(ratings: Ratings, raters: number): { pairs: number; exact: number | null; withinOne: number | null } {
  let pairs = 0;
  let exact = 0;
  let withinOne = 0;
  for (let a = 0; a < raters; a++) {
    for (let b = a + 1; b < raters; b++) {
      for (const item of pairedItems(ratings, a, b)) {
        pairs++;
        if (item.a === item.b) exact++;
        if (Math.abs(item.a - item.b) <= 1) withinOne++;
      }
    }
  }
  return { pairs, exact: pairs === 0 ? null : exact / pairs, withinOne: pairs === 0 ? null : withinOne / pairs };
}

function rowFor(label: { id: string; name: string }, ratings: Ratings, raters: number): AgreementRow {
  const percent = pooledPercent(ratings, raters);
  const kappa = raters === 2 ? weightedKappa(ratings, 0, 1, 'quadratic') : null;
  const alpha = krippendorffAlphaOrdinal(ratings);
  return {
    ...label,
    items: ratings.filter((r) => r.filter((v) => v !== null).length >= 2).length,
    pairs: percent.pairs,
    exact: percent.exact,
    withinOne: percent.withinOne,
    kappa: kappa?.kappa ?? null,
    kappaItems: kappa?.n ?? 0,
    alpha: alpha.alpha,
  };
}

export function agreementTable(db: Database, input: z.output<typeof agreementInputSchema>): AgreementTable {
  const all = listRaters(db);
  const raters = input.raters ? input.raters.map((id) => all.find((r) => r.id === id) ?? null) : all.filter((r) => !r.seed);
  const missing = input.raters?.filter((_, i) => raters[i] === null) ?? [];
  if (missing.length > 0) throw new ApiFailure('not_found', `There is no rater with id ${missing.map((m) => `"${m}"`).join(', ')} in this dataset.`);
  const chosen = raters.filter((r): r is NonNullable<typeof r> => r !== null);
  const facts = loadFacts(db, input.filter);
  const dimensions = dimensionTargets(db);
  const value = db.prepare('SELECT value FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ? AND value IS NOT NULL');
  const matrix = (dimensionId: string): Ratings =>
    facts.map((f) => chosen.map((r) => (value.get(f.id, dimensionId, r.id) as { value: number } | undefined)?.value ?? null));
  const perDimension = dimensions.map((d) => ({ d, ratings: matrix(d.id) }));
  return {
    raters: chosen.map((r) => ({ id: r.id, name: r.name })),
    practices: facts.length,
    rows: perDimension.map(({ d, ratings }) => rowFor({ id: d.id, name: d.name }, ratings, chosen.length)),
    overall: rowFor({ id: 'overall', name: 'All dimensions' }, perDimension.flatMap((p) => p.ratings), chosen.length),
  };
}
