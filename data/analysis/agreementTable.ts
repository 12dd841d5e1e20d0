/**
 * Agreement between raters for the filtered practices, per dimension and overall: the figures a
 * report cites, each with the number of items behind it, and the reason wherever a figure cannot
 * be given. Only items two raters both scored count. In blind mode only the practice x dimension
 * pairs the person at the screen has scored count (scoring/viewer.ts).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DEFAULT_CATEGORIES, krippendorffAlphaOrdinal, pairedItems, weightedKappa, type Ratings } from './agreement.js';
import type { agreementInputSchema } from './schemas.js';
import type { AgreementRow, AgreementTable, BlindScope } from './model.js';
import { ApiFailure } from '../domain/envelope.js';
import { getRater, listRaters, viewerOf, type Viewer } from '../scoring/index.js';
import type { Rater } from '../scoring/model.js';
import { dimensionTargets } from './compare.js';
import { loadFacts } from './facts.js';

const FEWER_THAN_TWO = 'Fewer than two raters to compare.';
const NO_SHARED = 'No item was scored by two of the raters.';
const ONE_SHARED = 'Only one item was scored by two of the raters: a coefficient from one item is not meaningful.';

/** Exact and within-one agreement over every pair of raters on every item they both scored, in percent. */
function pooledPercent(ratings: Ratings, raters: number): Pick<AgreementRow, 'pairs' | 'exactPercent' | 'withinOnePercent' | 'percentReason'> {
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
  if (pairs === 0) return { pairs, exactPercent: null, withinOnePercent: null, percentReason: raters < 2 ? FEWER_THAN_TWO : NO_SHARED };
  return { pairs, exactPercent: (100 * exact) / pairs, withinOnePercent: (100 * withinOne) / pairs, percentReason: null };
}

function kappaOf(ratings: Ratings, raters: number): Pick<AgreementRow, 'kappa' | 'kappaItems' | 'kappaReason'> {
  if (raters !== 2) return { kappa: null, kappaItems: 0, kappaReason: raters < 2 ? FEWER_THAN_TWO : `Weighted kappa compares exactly two raters; ${raters} are compared (see alpha).` };
  const { n, kappa } = weightedKappa(ratings, 0, 1, 'quadratic', DEFAULT_CATEGORIES);
  if (n === 0) return { kappa: null, kappaItems: n, kappaReason: NO_SHARED };
  if (n === 1) return { kappa: null, kappaItems: n, kappaReason: ONE_SHARED };
  if (kappa === null) return { kappa: null, kappaItems: n, kappaReason: 'Both raters gave every item the same score: chance agreement is 0/0, so kappa cannot be told.' };
  return { kappa, kappaItems: n, kappaReason: null };
}

function alphaOf(ratings: Ratings, raters: number): Pick<AgreementRow, 'alpha' | 'alphaReason'> {
  if (raters < 2) return { alpha: null, alphaReason: FEWER_THAN_TWO };
  const { n, alpha } = krippendorffAlphaOrdinal(ratings);
  if (n === 0) return { alpha: null, alphaReason: NO_SHARED };
  if (n === 1) return { alpha: null, alphaReason: ONE_SHARED };
  if (alpha === null) return { alpha: null, alphaReason: 'Every score given is the same level: expected disagreement is 0/0, so alpha cannot be told.' };
  return { alpha, alphaReason: null };
}

function rowFor(label: { id: string; name: string }, ratings: Ratings, raters: number): AgreementRow {
  return {
    ...label,
    items: ratings.filter((r) => r.filter((v) => v !== null).length >= 2).length,
    ...pooledPercent(ratings, raters),
    ...kappaOf(ratings, raters),
    ...alphaOf(ratings, raters),
  };
}

/** The raters an agreement or disagreement analysis compares: those named, or every person (and the seed's reading if asked). */
export function comparedRaters(db: Database, input: { raters?: string[] | undefined; includeSeed: boolean }): Rater[] {
  const all = listRaters(db);
  if (!input.raters) return all.filter((r) => input.includeSeed || !r.seed);
  const missing = input.raters.filter((id) => !all.some((r) => r.id === id));
  if (missing.length > 0) throw new ApiFailure('not_found', `There is no rater with id ${missing.map((m) => `"${m}"`).join(', ')} in this dataset.`);
  // The schema refuses a rater named twice; this keeps a caller past it from comparing a rater with themself.
  return [...new Set(input.raters)].map((id) => all.find((r) => r.id === id) as Rater);
}

/** "Ana and Bo are compared; the seed's reading … is left out." */
export function comparisonSentence(raters: Rater[], seedRaters: number): string {
  const names = raters.map((r) => (r.seed ? `the seed’s reading (${r.name})` : r.name));
  const who = names.length === 0 ? 'No raters are compared' : names.length === 1 ? `Only ${names[0]} is compared` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are compared`;
  const seedLeftOut = seedRaters > 0 && !raters.some((r) => r.seed);
  return `${who}${seedLeftOut ? '; the seed’s reading of the rubric is left out (include it with includeSeed, or --include-seed)' : ''}.`;
}

/** What blind mode leaves in: the note a report and the screen show. */
export function blindScope(db: Database, viewer: Viewer): BlindScope | null {
  if (!viewer.blind) return null;
  const name = viewer.raterId === null ? null : (getRater(db, viewer.raterId)?.name ?? viewer.raterId);
  return {
    raterId: viewer.raterId,
    raterName: name,
    note:
      name === null
        ? 'Blind mode is on and nobody is chosen to score as: no practice x dimension pair is shown.'
        : `Blind mode: only the practice x dimension pairs ${name} has scored count.`,
  };
}

export function agreementTable(db: Database, input: z.output<typeof agreementInputSchema>, viewer: Viewer = viewerOf(db)): AgreementTable {
  const chosen = comparedRaters(db, input);
  const facts = loadFacts(db, input.filter, undefined, viewer);
  const dimensions = dimensionTargets(db);
  const value = db.prepare('SELECT value FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ? AND value IS NOT NULL');
  const scoreOf = (practice: string, dimension: string, rater: string | null) =>
    rater === null ? null : ((value.get(practice, dimension, rater) as { value: number } | undefined)?.value ?? null);
  // Blind mode: a pair the viewer has not scored is no item at all (its scores stay hidden).
  const counts = (practice: string, dimension: string) => !viewer.blind || scoreOf(practice, dimension, viewer.raterId) !== null;
  const matrix = (dimensionId: string): Ratings =>
    facts.filter((f) => counts(f.id, dimensionId)).map((f) => chosen.map((r) => scoreOf(f.id, dimensionId, r.id)));
  const perDimension = dimensions.map((d) => ({ d, ratings: matrix(d.id) }));
  return {
    raters: chosen.map((r) => ({ id: r.id, name: r.name, seed: r.seed })),
    seedIncluded: chosen.some((r) => r.seed),
    comparison: comparisonSentence(chosen, listRaters(db).filter((r) => r.seed).length),
    blind: blindScope(db, viewer),
    practices: facts.length,
    rows: perDimension.map(({ d, ratings }) => rowFor({ id: d.id, name: d.name }, ratings, chosen.length)),
    overall: rowFor({ id: 'overall', name: 'All dimensions' }, perDimension.flatMap((p) => p.ratings), chosen.length),
  };
}
