/** What the `lenses.*` operations accept (validated once, at the boundary, by the dispatcher). */
import { z } from 'zod';
import { id, jsonText } from '../domain/schemas.js';
import { GROUP_FIELDS, STORED_FIELDS } from '../domain/fields.js';
import { practiceFilterSchema } from '../practices/schemas.js';
import { ANSWER_NOTE_MAX, ANSWER_SOURCES_MAX, LENS_ID_PATTERN, LENS_SCALES, LENS_STATUSES } from '../domain/lenses.js';

export const lensIdSchema = z.string().regex(LENS_ID_PATTERN, 'A lens or item id is lowercase letters, digits and _ (at most 40), starting with a letter');

const trimmedText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(max, `${what} is at most ${max} characters`);

/** Blank is no value: a note or sources typed as spaces are none. */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v.trim()));

export const lensItemInputSchema = z.strictObject({
  /** An item kept from the current version keeps its id (its answers stay with it); a new item has none. */
  id: lensIdSchema.optional(),
  text: trimmedText(1000, 'An item’s text'),
  required: z.boolean().default(true),
  fields: z.array(z.enum(STORED_FIELDS)).max(STORED_FIELDS.length).default([]),
});

const lensItems = z
  .array(lensItemInputSchema)
  .min(1, 'A lens needs at least one item')
  .max(100, 'A lens has at most 100 items')
  .refine((items) => new Set(items.flatMap((i) => (i.id ? [i.id] : []))).size === items.filter((i) => i.id).length, 'Two items have the same id');

export const lensCreateInputSchema = z.strictObject({
  name: trimmedText(200, 'A lens’s name'),
  scale: z.enum(LENS_SCALES).default('yes_partly_no'),
  items: lensItems,
});

/** The lens as it should be from now on: a new version when anything differs. */
export const lensUpdateInputSchema = lensCreateInputSchema.extend({ id: lensIdSchema });

export const lensGetInputSchema = z.strictObject({ id: lensIdSchema, version: z.number().int().min(1).optional() });

export const lensOfPracticeInputSchema = z.strictObject({ id });

export const lensAnswerInputSchema = z.strictObject({
  item: lensIdSchema,
  status: z.enum(LENS_STATUSES),
  note: optionalText(ANSWER_NOTE_MAX),
  sources: optionalText(ANSWER_SOURCES_MAX),
});

export const lensSetAnswersInputSchema = z.strictObject({
  practiceId: id,
  lens: lensIdSchema,
  answers: z
    .array(lensAnswerInputSchema)
    .min(1, 'Give at least one answer')
    .max(100)
    .refine((answers) => new Set(answers.map((a) => a.item)).size === answers.length, 'An item is answered twice'),
});

/** A stored version's items as a partner's file or the store holds them (JSON in lens_versions.items). */
export const storedLensItemsSchema = z
  .array(z.strictObject({ id: lensIdSchema, text: z.string().min(1).max(1000), required: z.boolean(), fields: z.array(z.enum(STORED_FIELDS)).max(STORED_FIELDS.length) }))
  .min(1)
  .max(100);

/** One row of lens_versions, for records that arrive from a partner's file. */
export const lensVersionRecordSchema = z.strictObject({
  lens_id: lensIdSchema,
  version: z.number().int().min(1),
  name: z.string().min(1).max(200),
  scale: z.enum(LENS_SCALES),
  items: jsonText(storedLensItemsSchema, 'not a valid list of lens items', 400_000),
  created_at: z.string().min(1).max(64),
});

/** analysis.lens: one lens over the filtered practices, grouped by a field (country group by default). */
export const lensViewInputSchema = z.strictObject({
  lens: lensIdSchema,
  filter: practiceFilterSchema.default({}),
  groupBy: z.enum(GROUP_FIELDS, 'Unknown field to group by').default('countryGroup'),
});
