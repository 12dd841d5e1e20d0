/**
 * Input schemas of a practice's case-study write-up: a section's text as paragraphs and lists,
 * its sources, an edit of one section, and a file of write-ups to import. Pure (zod only); the
 * same schemas check a partner's sections in a merge and the seed's.
 */
import { z } from 'zod';
import { CASE_STUDY_SECTION_IDS } from '../domain/caseStudy.js';
import { id } from '../domain/schemas.js';

export const caseStudySectionIdSchema = z.enum(CASE_STUDY_SECTION_IDS, 'Unknown case-study section');

const blockText = z.string().trim().min(1, 'A paragraph or list item has text').max(20_000, 'A paragraph is at most 20,000 characters');

export const caseStudyBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: blockText }),
  z.strictObject({ kind: z.literal('list'), items: z.array(blockText).min(1, 'A list has at least one item').max(200, 'A list has at most 200 items') }),
]);

export const caseStudySourceSchema = z.strictObject({
  document: z.string().trim().min(1, 'Name the document').max(300, 'A document name is at most 300 characters'),
  section: z.string().trim().max(300, 'A section is at most 300 characters').default(''),
});

/** A section's content; no blocks and no sources is an empty section (stored as no row). */
export const caseStudyContentSchema = z.strictObject({
  blocks: z.array(caseStudyBlockSchema).max(200, 'A section has at most 200 paragraphs and lists'),
  sources: z.array(caseStudySourceSchema).max(50, 'A section has at most 50 sources'),
});

/** practices.setCaseStudySection: replace one section of a practice's write-up. */
export const practiceCaseStudySectionInputSchema = z.strictObject({
  id,
  section: caseStudySectionIdSchema,
  blocks: caseStudyContentSchema.shape.blocks,
  sources: caseStudyContentSchema.shape.sources.default([]),
});

/** One practice's write-up in a case-study file (what the JSON export of case studies writes). */
export const caseStudyFilePracticeSchema = z.object({
  id,
  /** The practice's name when exported: for a person reading the file; rows are matched by id. */
  name: z.string().max(1000).optional(),
  sections: z
    .array(z.strictObject({ section: caseStudySectionIdSchema, ...caseStudyContentSchema.shape }))
    .max(CASE_STUDY_SECTION_IDS.length)
    .refine((list) => new Set(list.map((s) => s.section)).size === list.length, 'Each section at most once'),
});

export const caseStudyFileSchema = z.object({
  format: z.literal('autocredify-case-studies', 'Not a case-study file of AutoCredify Mapper'),
  version: z.literal(1, 'A case-study file of another version'),
  practices: z.array(caseStudyFilePracticeSchema).max(100_000),
});

/** practices.importCaseStudies: a case-study file's text; every section it names is replaced, in one change set. */
export const practiceCaseStudyImportInputSchema = z.strictObject({
  content: z.string().max(64 * 1024 * 1024, 'A case-study file is at most 64 MB'),
});
