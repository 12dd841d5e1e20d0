/**
 * Shape of the seed dataset in data/seed/ (diffable JSON, hand-curated from the AutoCredify documents it cites).
 * Every value must be stated by the cited documents; unknown stays null.
 */
import { z } from 'zod';
import {
  CONFIDENCE_LEVELS,
  DELIVERY_MODES,
  DIGITAL_ISSUANCE,
  DIMENSION_IDS,
  PRACTICE_TYPES,
  SCOPES,
  TECHNOLOGY_DOMAINS,
} from '../domain/domain.js';
import { EU_ELEMENT_IDS } from '../domain/euElements.js';
import { caseStudyBlockSchema, caseStudySectionIdSchema } from '../practices/schemas.js';

/** A place in the source documents: the seed file name and a section or table name. */
export const seedSourceSchema = z.strictObject({
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a document file name such as 000_a9eeb1283eec39d1.txt'),
  section: z.string().min(1),
});

/**
 * A score the seed carries: the seed's own reading of the rubric. `evidence` is a verbatim
 * quote from `source.document` (checked by data/seedContent.test.ts), so a user sees where it came from.
 */
export const seedScoreSchema = z.strictObject({
  dimension: z.enum(DIMENSION_IDS),
  value: z.number().int().min(0).max(4),
  evidence: z.string().min(10),
  source: seedSourceSchema,
  /** Why this quote lands on this rubric level (one sentence). */
  rationale: z.string().min(10),
  confidence: z.enum(CONFIDENCE_LEVELS),
});

/**
 * An EU information element the documents say the practice's credential records (or records in
 * part). `evidence` is a verbatim quote from `source.document`; elements without one stay unknown.
 */
export const seedElementSchema = z.strictObject({
  element: z.enum(EU_ELEMENT_IDS),
  status: z.enum(['yes', 'partly', 'no']),
  evidence: z.string().min(10),
  source: seedSourceSchema,
  /** Why the quote gives this status (one sentence). */
  rationale: z.string().min(10),
});

/**
 * One section of a case study's write-up as D3.3 (`001_…txt`) states it: each paragraph and list
 * item is quoted from the document (tables' rows as "label: value"), and `source` names the
 * document's own section the text comes from, which need not be numbered as the template is.
 */
export const seedCaseStudySectionSchema = z.strictObject({
  section: caseStudySectionIdSchema,
  blocks: z.array(caseStudyBlockSchema).min(1),
  source: seedSourceSchema,
});

export const seedPracticeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  parentId: z.string().nullable(),
  name: z.string().min(1),
  nameOriginal: z.string().nullable(),
  code: z.string().nullable(),
  practiceNumber: z.number().int().min(1).max(20).nullable(),
  caseStudy: z.boolean(),
  caseStudyNumber: z.number().int().min(1).nullable(),
  country: z.string().min(1),
  region: z.string().nullable(),
  scope: z.enum(SCOPES).nullable(),
  practiceType: z.enum(PRACTICE_TYPES).nullable(),
  typeAsStated: z.string().nullable(),
  provider: z.string().nullable(),
  technologyDomains: z.array(z.enum(TECHNOLOGY_DOMAINS)),
  level: z.string().nullable(),
  eqfLevel: z.number().int().min(1).max(8).nullable(),
  ects: z.number().nonnegative().nullable(),
  hours: z.number().nonnegative().nullable(),
  workloadNote: z.string().nullable(),
  deliveryMode: z.enum(DELIVERY_MODES).nullable(),
  deliveryNote: z.string().nullable(),
  releaseYear: z.number().int().min(1950).max(2100).nullable(),
  registeredProviders: z.number().int().nonnegative().nullable(),
  assessmentType: z.string().nullable(),
  qaType: z.string().nullable(),
  digitalIssuance: z.enum(DIGITAL_ISSUANCE).nullable(),
  stackability: z.string().nullable(),
  strengths: z.string().nullable(),
  limitations: z.string().nullable(),
  relevance: z.string().nullable(),
  notes: z.string().nullable(),
  /** The cell of D3.2 §1.4's comparison table for each dimension, word for word. */
  narratives: z.partialRecord(z.enum(DIMENSION_IDS), z.string().min(1)),
  sources: z.array(seedSourceSchema).min(1),
  scores: z.array(seedScoreSchema),
  elements: z.array(seedElementSchema).optional(),
  /** The case study's write-up in the template's order, where D3.3 states a section (case studies only). */
  caseStudySections: z.array(seedCaseStudySectionSchema).optional(),
});
export type SeedPractice = z.infer<typeof seedPracticeSchema>;

export const seedPracticesSchema = z.array(seedPracticeSchema);

/** A pathway link the documents state (data/seed/pathways.json): the quote is checked by check:seed, under the heading cited. */
const seedPathwaySourceSchema = seedSourceSchema.extend({ quote: z.string().min(10) });

/** What one parent per record cannot say: shared components, prerequisites and credentials, each with its source. */
export const seedPathwaysSchema = z.strictObject({
  links: z.array(z.strictObject({ pathwayId: z.string(), componentId: z.string(), source: seedPathwaySourceSchema })),
  prerequisites: z.array(z.strictObject({ practiceId: z.string(), requiresId: z.string(), source: seedPathwaySourceSchema })),
  credentials: z.array(z.strictObject({ practiceId: z.string(), credential: z.string().min(1), source: seedPathwaySourceSchema })),
});
export type SeedPathways = z.output<typeof seedPathwaysSchema>;
