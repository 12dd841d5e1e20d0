/**
 * The input schemas for practices: their fields, the one filter every view shares, and sorting.
 * Pure (zod only), so the renderer can import it; data/contract/contract.ts puts them into operations.
 */
import { z } from 'zod';
import { DELIVERY_MODES, DIGITAL_ISSUANCE, DIMENSION_IDS, PRACTICE_TYPES, SCOPES, TECHNOLOGY_DOMAINS } from '../domain/domain.js';
import {
  BOOLEAN_FILTER_FIELDS,
  fieldLabel,
  GROUP_FIELDS,
  LIST_FILTER_FIELDS,
  listFilterValues,
  NUMBER_FIELDS,
  PRACTICE_FIELDS,
  SORT_FIELDS,
  TEXT_FILTER_FIELDS,
  type BooleanFilterField,
  type ListFilterField,
  type OptionFilterField,
  type StoredField,
} from '../domain/fields.js';
import { SELECTION_CRITERION_IDS } from '../domain/selectionCriteria.js';
import { ELEMENT_STATUSES, EU_ELEMENT_IDS } from '../domain/euElements.js';
import { LENS_ID_PATTERN } from '../domain/lenses.js';
import { id, optionalText, storableString } from '../domain/schemas.js';

export { id, optionalText };
import type { PracticeFields } from './model.js';
import { canonicalCountry } from '../domain/countries.js';
// Messages for a person, not a programmer, wherever a schema gives none of its own.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'This is required' : `This must be ${issue.expected === 'number' ? 'a number' : issue.expected === 'boolean' ? 'true or false' : issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : issue.expected === 'string' ? 'text' : issue.expected}`;
    if (issue.code === 'unrecognized_keys') return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    return undefined;
  },
});

const optionalNumber = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`)
    .nullable();
const optionalInt = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`)
    .nullable();

export const practiceSourceSchema = z.strictObject({
  document: storableString().trim().min(1, 'Name the document').max(500),
  section: storableString().trim().max(500),
});

const practiceFieldShape = {
  name: storableString({ error: 'A practice needs a name' }).trim().min(1, 'A practice needs a name').max(500, 'At most 500 characters'),
  nameOriginal: optionalText(500),
  code: optionalText(100),
  parentId: id.nullable(),
  practiceNumber: optionalInt(1, 100000, 'Practice number'),
  caseStudy: z.boolean(),
  caseStudyNumber: optionalInt(1, 100000, 'Case study number'),
  shortlisted: z.boolean(),
  // One name per country whoever types it, as the import already does (data/domain/countries.ts):
  // "España", "Suomi", "USA" are stored as Spain, Finland, United States; an unknown one as written.
  country: storableString({ error: 'Say which country (or "EU" for European practices)' })
    .trim()
    .min(1, 'Say which country (or "EU" for European practices)')
    .max(100)
    .transform((text) => canonicalCountry(text) ?? text),
  region: optionalText(300),
  scope: z.enum(SCOPES, 'Choose a scope from the list').nullable(),
  practiceType: z.enum(PRACTICE_TYPES, 'Choose a practice type from the list').nullable(),
  typeAsStated: optionalText(500),
  provider: optionalText(1000),
  technologyDomains: z
    .array(z.enum(TECHNOLOGY_DOMAINS, 'Unknown technology domain'))
    .max(TECHNOLOGY_DOMAINS.length)
    
    .transform((list) => [...new Set(list)]),
  level: optionalText(300),
  eqfLevel: optionalInt(1, 8, 'EQF level'),
  ects: optionalNumber(0, 1000, 'ECTS'),
  hours: optionalNumber(0, 100000, 'Hours'),
  workloadNote: optionalText(1000),
  deliveryMode: z.enum(DELIVERY_MODES, 'Choose in person, hybrid or online').nullable(),
  deliveryNote: optionalText(1000),
  releaseYear: optionalInt(1900, 2100, 'Release year'),
  registeredProviders: optionalInt(0, 1000000, 'Registered providers'),
  assessmentType: optionalText(1000),
  qaType: optionalText(1000),
  digitalIssuance: z.enum(DIGITAL_ISSUANCE, 'Choose a digital issuance from the list').nullable(),
  stackability: optionalText(2000),
  strengths: optionalText(20000),
  limitations: optionalText(20000),
  relevance: optionalText(20000),
  notes: optionalText(20000),
  narratives: z
    .partialRecord(z.enum(DIMENSION_IDS), storableString().max(20000, 'At most 20000 characters'))
    ,
  sources: z.array(practiceSourceSchema).max(200),
} satisfies Record<StoredField, z.ZodType>;

/** A practice with nothing known but what create requires (name and country). */
export const EMPTY_PRACTICE_FIELDS: Omit<PracticeFields, 'name' | 'country'> = {
  nameOriginal: null,
  code: null,
  parentId: null,
  practiceNumber: null,
  caseStudy: false,
  caseStudyNumber: null,
  shortlisted: false,
  region: null,
  scope: null,
  practiceType: null,
  typeAsStated: null,
  provider: null,
  technologyDomains: [],
  level: null,
  eqfLevel: null,
  ects: null,
  hours: null,
  workloadNote: null,
  deliveryMode: null,
  deliveryNote: null,
  releaseYear: null,
  registeredProviders: null,
  assessmentType: null,
  qaType: null,
  digitalIssuance: null,
  stackability: null,
  strengths: null,
  limitations: null,
  relevance: null,
  notes: null,
  narratives: {},
  sources: [],
};

/** Any part of a practice's fields (what update takes); fields left out stay as they are. */
export const practicePatchSchema = z.strictObject(practiceFieldShape).partial();

/** Every editable field (what create takes): name and country are required, the rest default to unknown. */
export const practiceFieldsSchema = z
  .strictObject({ ...practicePatchSchema.shape, name: practiceFieldShape.name, country: practiceFieldShape.country })
  .transform((fields): PracticeFields => ({ ...EMPTY_PRACTICE_FIELDS, ...fields }));

export type PracticeFieldsInput = z.input<typeof practiceFieldsSchema>;

// The filter's and the sort's fields are the field table's (data/domain/fields.ts).
export { NUMBER_FIELDS, SORT_FIELDS, TEXT_FILTER_FIELDS, type SortField } from '../domain/fields.js';

const range = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'The minimum is above the maximum');

/** The values a list filter takes: an enum's, or any short text (countries). */
type ListValue<K extends ListFilterField> = (typeof PRACTICE_FIELDS)[K] extends { values: readonly (infer V extends string)[] } ? V : string;

function listFilterSchema(field: ListFilterField) {
  const values = listFilterValues(field);
  const value = values === null ? z.string().max(100) : z.enum(values, `Unknown value for ${fieldLabel(field)}`);
  return z.array(value).max(300).optional();
}

/**
 * Each list filter (any of these values), made from the field table. Built at run time, so its
 * type is stated here: each field's values as the table lists them (checked by fields.test.ts).
 */
const listFilterShape = Object.fromEntries(LIST_FILTER_FIELDS.map((field) => [field, listFilterSchema(field)])) as unknown as {
  [K in ListFilterField]: z.ZodOptional<z.ZodArray<z.ZodType<ListValue<K>, ListValue<K>>>>;
};
const booleanFilterShape = Object.fromEntries(BOOLEAN_FILTER_FIELDS.map((field) => [field, z.boolean().optional()])) as {
  [K in BooleanFilterField]: z.ZodOptional<z.ZodBoolean>;
};
/** Single-value conditions: what each accepts is its own (the table names them, satisfies checks the names). */
const optionFilterShape = {
  /** Free text, matched accent- and case-insensitively against names, codes, providers, places, notes. */
  search: z.string().max(200, 'Search text is at most 200 characters').optional(),
  hierarchy: z.enum(PRACTICE_FIELDS.hierarchy.values).optional(),
  parentId: id.optional(),
} satisfies Record<OptionFilterField, z.ZodType>;

/**
 * One filter for every view: the table, the comparison, charts and statistics, and the command
 * line's --where. Its fields and their meaning are the field table's (data/domain/fields.ts).
 * All conditions combine with AND; a list means "any of these" (criteria: all of these).
 */
export const practiceFilterSchema = z.strictObject({
  ...optionFilterShape,
  ...listFilterShape,
  ...booleanFilterShape,
  /**
   * Practices in exactly these groups of the analysis views (all must hold): the way back from a
   * chart to its rows. value null = the field is not recorded.
   */
  groups: z
    .array(z.strictObject({ field: z.enum(GROUP_FIELDS, 'Unknown field to group by'), value: z.string().max(300).nullable() }))
    .max(10)
    .optional(),
  /**
   * Practices that meet a lens (answer yes to every required item of its current version), or with
   * meets false those that do not: the lens view's way back to the table.
   */
  lens: z.strictObject({ id: z.string().regex(LENS_ID_PATTERN, 'Unknown lens'), meets: z.boolean().default(true) }).optional(),
  /** Per-column "contains" filters. */
  text: z.partialRecord(z.enum(TEXT_FILTER_FIELDS), z.string().max(200)).optional(),
  /** Per-column numeric ranges (inclusive). */
  numbers: z.partialRecord(z.enum(NUMBER_FIELDS), range).optional(),
  /**
   * Score ranges per dimension, on the mean of the raters. `unrated: true` alone keeps only practices
   * nobody has scored on that dimension; beside a min or max it keeps them as well as the range.
   */
  scores: z
    .partialRecord(z.enum(DIMENSION_IDS), z.strictObject({ min: z.number().min(0).max(4).optional(), max: z.number().min(0).max(4).optional(), unrated: z.boolean().optional() }))
    .optional(),
});
export type PracticeFilter = z.input<typeof practiceFilterSchema>;

export const sortSchema = z
  .array(z.strictObject({ field: z.enum(SORT_FIELDS, 'Unknown sort column'), desc: z.boolean().default(false) }))
  .max(5)
  .default([{ field: 'name', desc: false }]);


/** practices.list: a page of practices matching a filter, sorted. */
export const practiceListInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  sort: sortSchema,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000, 'At most 5000 rows per page').default(200),
});

/** An operation on one practice named by its id. */
export const practiceIdInputSchema = z.strictObject({ id });

export const practiceCreateInputSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'Ids use letters, digits, dots, dashes and underscores').optional(),
  fields: practiceFieldsSchema,
});

export const practiceUpdateInputSchema = z.strictObject({ id, fields: practicePatchSchema });

export const practiceElementsInputSchema = z.strictObject({
  id,
  elements: z
    .array(
      z.strictObject({
        element: z.enum(EU_ELEMENT_IDS, 'Unknown EU information element'),
        status: z.enum(ELEMENT_STATUSES, 'The status is yes, partly, no or unknown'),
        note: optionalText(2000).default(null),
      }),
    )
    .min(1, 'Give at least one element')
    .max(EU_ELEMENT_IDS.length)
    .refine((list) => new Set(list.map((e) => e.element)).size === list.length, 'Each element at most once'),
});

export const practiceCriteriaInputSchema = z.strictObject({
  id,
  criteria: z
    .partialRecord(z.enum(SELECTION_CRITERION_IDS, 'Unknown selection criterion'), z.boolean())
    .refine((record) => Object.keys(record).length > 0, 'Give at least one criterion'),
});

// The columns of a practice file (what the export writes and the import reads back): pure, so
// the UI's import wizard and every folder of data/ take them from here.
export { CHECKLIST_TARGETS, checklistPartOf } from './checklistColumns.js';
export { IMPORT_TARGETS, dimensionOfTarget, isPracticeFieldTarget, narrativeTarget, scoreTarget, targetInfo } from './fileColumns.js';
export type { ImportTarget, ImportTargetInfo, PracticeFieldTarget } from './fileColumns.js';

export * from './caseStudySchemas.js';

// The filter in words, for the captions of exports and chart images.
export { filterCaption, filterConditions, filterFileTag } from './filterText.js';
