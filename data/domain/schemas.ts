/**
 * The smallest input rules, shared by every feature's schemas: ids, optional text, a dimension,
 * a score. Each rule is written here once (the store's CHECK constraints hold the same score range:
 * data/domain/schemas.test.ts compares them). Pure (zod only), for the renderer too.
 */
import { z } from 'zod';
import { DIMENSION_IDS, SCORE_LEVELS } from './domain.js';

/** A NUL, or half of a UTF-16 surrogate pair: neither can be stored as UTF-8 text, nor exported and read back. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = 'This text holds a NUL character or half of a character (a lone UTF-16 surrogate), which cannot be stored: remove it';

/** True when the text can be stored and exported as it is. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * A string every write operation may store: refused at the door when it holds what SQLite would
 * store as invalid UTF-8 or what no export could write and read back (the import refuses it too).
 */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const id = storableString().trim().min(1, 'An id is required').max(200, 'An id is at most 200 characters');

/** Text that may be absent: an empty or blank string is stored as no value. */
export const optionalText = (max: number) =>
  z
    .string()
    // The length first: a text far over it is refused for that, without scanning it for NULs.
    .max(max, `At most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s));

export const dimensionIdSchema = z.enum(DIMENSION_IDS, 'Unknown dimension');

/** A score on the anchored rubric: a whole number from 0 to 4 ("not rated" is null, never 0). */
export const scoreValueSchema = z.literal(SCORE_LEVELS, `A score is a whole number from ${SCORE_LEVELS[0]} to ${SCORE_LEVELS[4]}`);

/** The input of an operation that takes none. */
export const noInputSchema = z.strictObject({});

/**
 * Text holding JSON whose value `schema` accepts, at most `maxLength` characters: how a stored JSON
 * column (a case-study section's blocks, a lens version's items) is checked when it arrives in a
 * partner's dataset file.
 */
export const jsonText = (schema: z.ZodType, message: string, maxLength: number) =>
  z
    .string()
    .max(maxLength)
    .refine((text) => {
      try {
        return schema.safeParse(JSON.parse(text) as unknown).success;
      } catch {
        return false;
      }
    }, message);
