/**
 * The smallest input rules, shared by every feature's schemas: ids, optional text, a dimension,
 * a score. Each rule is written here once (the store's CHECK constraints hold the same score range:
 * data/domain/schemas.test.ts compares them). Pure (zod only), for the renderer too.
 */
import { z } from 'zod';
import { DIMENSION_IDS, SCORE_LEVELS } from './domain.js';

export const id = z.string().trim().min(1, 'An id is required').max(200, 'An id is at most 200 characters');

/** Text that may be absent: an empty or blank string is stored as no value. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s));

export const dimensionIdSchema = z.enum(DIMENSION_IDS, 'Unknown dimension');

/** A score on the anchored rubric: a whole number from 0 to 4 ("not rated" is null, never 0). */
export const scoreValueSchema = z.literal(SCORE_LEVELS, `A score is a whole number from ${SCORE_LEVELS[0]} to ${SCORE_LEVELS[4]}`);

/** The input of an operation that takes none. */
export const noInputSchema = z.strictObject({});
