/** Inputs of the disagreement, consensus and score-source operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { DIMENSION_IDS } from '../domain/domain.js';
import { id, practiceFilterSchema } from '../practices/schemas.js';

const scoreValue = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], 'A score is a whole number from 0 to 4');
const pair = { practiceId: id, dimension: z.enum(DIMENSION_IDS, 'Unknown dimension') };

export const disagreementsInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  /** The raters whose scores are compared (default: every rater but the seed's reading). */
  raters: z.array(id).min(2, 'Compare at least two raters').max(50).optional(),
  /** Only pairs whose highest and lowest score differ by at least this much. */
  minDifference: z.number().int().min(1, 'The smallest difference is 1').max(4).default(1),
  /** open: no consensus yet; settled: consensus recorded. */
  status: z.enum(['all', 'open', 'settled'], 'Show all, open or settled pairs').default('all'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000, 'At most 1000 pairs per page').default(100),
});

export const consensusSetInputSchema = z.strictObject({
  ...pair,
  value: scoreValue,
  rationale: z.string().trim().min(1, 'Say why the team agreed on this score').max(20000),
});

export const consensusClearInputSchema = z.strictObject(pair);

/** Which number the views and charts use for a practice's dimension. */
export const scoreSourceSchema = z.discriminatedUnion(
  'kind',
  [
    /** The consensus score where one was recorded, else the mean of the raters. */
    z.strictObject({ kind: z.literal('consensus') }),
    z.strictObject({ kind: z.literal('mean') }),
    /** One rater's scores only. */
    z.strictObject({ kind: z.literal('rater'), raterId: id }),
  ],
  'Use consensus, mean or one rater',
);
