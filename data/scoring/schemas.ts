/**
 * Inputs of the scoring operations: scores, raters, dimensions and their targets, the rubric,
 * consensus, the score source and the scorer's preferences. Pure (zod only), for the renderer too.
 */
import { z } from 'zod';
import { CONFIDENCE_LEVELS, SCORE_LEVELS } from '../domain/domain.js';
import { dimensionIdSchema, id, optionalText, scoreValueSchema, storableString } from '../domain/schemas.js';

const pair = { practiceId: id, dimension: dimensionIdSchema };

export const consensusSetInputSchema = z.strictObject({
  ...pair,
  value: scoreValueSchema,
  rationale: storableString().trim().min(1, 'Say why the team agreed on this score').max(20000),
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

const scoreKey = { practiceId: id, dimension: dimensionIdSchema, raterId: id };

export const scoreSetInputSchema = z.strictObject({
  ...scoreKey,
  /** null = not rated, keeping the evidence. */
  value: scoreValueSchema.nullable(),
  evidence: optionalText(20000).default(null),
  confidence: z.enum(CONFIDENCE_LEVELS, 'Confidence is low, medium or high').nullable().default(null),
});

export const scoreClearInputSchema = z.strictObject(scoreKey);

export const scoreSourceSetInputSchema = z.strictObject({ source: scoreSourceSchema });

export const raterCreateInputSchema = z.strictObject({
  name: storableString().trim().min(1, 'Give the rater a name').max(200),
  team: optionalText(200).default(null),
});

const lowest = SCORE_LEVELS[0];
const highest = SCORE_LEVELS[4];
export const dimensionTargetInputSchema = z.strictObject({
  id: dimensionIdSchema,
  target: z.number().min(lowest, `Targets are from ${lowest} to ${highest}`).max(highest, `Targets are from ${lowest} to ${highest}`),
});

export const rubricGetInputSchema = z.strictObject({ version: z.number().int().min(1).optional() });

const descriptor = storableString().trim().min(1, 'Each level needs a descriptor').max(4000);

export const rubricUpdateInputSchema = z.strictObject({
  /** What changed, shown beside the version number ("v2: assessment descriptors clarified"). */
  label: storableString().trim().min(1, 'Say what this version changes').max(200),
  /** The new descriptors of levels 0-4, for the dimensions edited; the others are copied from the current version. */
  descriptors: z.partialRecord(dimensionIdSchema, z.tuple([descriptor, descriptor, descriptor, descriptor, descriptor])),
});

export const preferencesPatchSchema = z.strictObject({
  currentRaterId: id.nullable().optional(),
  hiddenColumns: z.array(z.string().max(100)).max(100).nullable().optional(),
  blindMode: z.boolean().optional(),
});
