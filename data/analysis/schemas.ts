/**
 * Inputs of the analysis views (comparison, gaps, statistics, coverage) and of exports.
 * Every view reads the same practice filter (practiceSchemas.ts). Pure, for the renderer too.
 */
import { z } from 'zod';
import { COUNTRY_GROUPS, DIMENSION_IDS } from '../domain/domain.js';
import { GROUP_FIELDS, MEASURE_FIELDS } from '../domain/fields.js';

// Group-by fields and measures (numeric fields the statistics summarise; score.<dimension> is the
// practice's mean score) are the field table's (data/domain/fields.ts).
export { GROUP_FIELDS, GROUP_FIELD_LABELS, MEASURE_FIELDS, MEASURE_LABELS, type GroupField, type MeasureField } from '../domain/fields.js';
import { id, practiceFilterSchema } from '../practices/schemas.js';
import { lensViewInputSchema } from '../lenses/schemas.js';
import { EU_ELEMENT_IDS } from '../domain/euElements.js';
import { SELECTION_CRITERION_IDS } from '../domain/selectionCriteria.js';
import { pathwayInputSchema } from './pathwaySchemas.js';

export { pathwayInputSchema, pathwayStructureSchema, PATHWAY_STRUCTURE_SETTING, type PathwayStructure } from './pathwaySchemas.js';

/** The figures a summary gives, in the order tables show them. */
export const SUMMARY_KEYS = ['n', 'missing', 'mean', 'median', 'min', 'max', 'q1', 'q3'] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

export const groupFieldSchema = z.enum(GROUP_FIELDS, 'Unknown field to group by');
export const measureFieldSchema = z.enum(MEASURE_FIELDS, 'Unknown numeric field');

export const COMPARE_SORT_FIELDS = ['name', 'practiceNumber', 'country', ...DIMENSION_IDS.map((d) => `score.${d}` as const), 'picked'] as const;
export type CompareSortField = (typeof COMPARE_SORT_FIELDS)[number];

export const compareInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  /** Hand-picked practices, in this order; when given, the filter is not used. */
  ids: z.array(id).max(5000).optional(),
  groupBy: groupFieldSchema.optional(),
  /** name, practiceNumber, country, score.<dimension>, or picked (the order of `ids`). */
  sort: z
    .strictObject({
      field: z.enum(COMPARE_SORT_FIELDS, 'Unknown sort column'),
      desc: z.boolean().default(false),
    })
    .default({ field: 'name', desc: false }),
});

export const gapsInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  /** Without a grouping, one group holds every filtered practice. */
  groupBy: groupFieldSchema.optional(),
});

export const distributionInputSchema = z.strictObject({ filter: practiceFilterSchema.default({}) });

export const profileInputSchema = z.strictObject({ id, groupBy: groupFieldSchema.default('countryGroup') });

export const statsInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  groupBy: z.array(groupFieldSchema).max(2, 'Group by at most two fields').default([]),
  measures: z.array(measureFieldSchema).max(20).default(['hours']),
});

/**
 * Raters to compare: at least two different ones. A rater named twice would be compared with
 * themself and report agreement nobody achieved, so it is refused, saying who.
 */
const comparedRatersSchema = z
  .array(id)
  .min(2, 'Compare at least two raters')
  .max(50)
  .superRefine((ids, ctx) => {
    const twice = [...new Set(ids.filter((rater, i) => ids.indexOf(rater) !== i))];
    if (twice.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Each rater can be compared once: ${twice.map((r) => `"${r}"`).join(', ')} is named more than once.` });
    }
  });

export const agreementInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  /** The raters to compare (default: every rater but the seed's reading). Kappa needs exactly two. */
  raters: comparedRatersSchema.optional(),
  /** With the default raters, compare the seed's reading of the rubric too (it is left out unless asked). */
  includeSeed: z.boolean().default(false),
});

export const coverageInputSchema = z.strictObject({ filter: practiceFilterSchema.default({}) });

export const euElementsInputSchema = z.strictObject({ filter: practiceFilterSchema.default({}) });

/**
 * Columns the comparison can show beside the dimensions: whether all mandatory EU elements are
 * documented, each element's status, the number of selection criteria met, each criterion, the shortlist.
 */
export const COMPARE_EXTRA_COLUMNS = [
  'euMandatory',
  ...EU_ELEMENT_IDS.map((e) => `eu.${e}` as const),
  'criteriaMet',
  ...SELECTION_CRITERION_IDS.map((c) => `criterion.${c}` as const),
  'shortlisted',
] as const;
export type CompareExtraColumn = (typeof COMPARE_EXTRA_COLUMNS)[number];

export const coverageTargetsSchema = z.strictObject(
  Object.fromEntries(COUNTRY_GROUPS.map((g) => [g, z.number().int('Targets are whole numbers').min(0).max(1_000_000)])) as Record<
    (typeof COUNTRY_GROUPS)[number],
    z.ZodNumber
  >,
);

/** What a comparison cell shows. */
export const CELL_CONTENTS = ['narrative', 'score', 'both'] as const;

export const EXPORT_FORMATS = ['csv', 'csv-excel', 'xlsx', 'md', 'html', 'json', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A pathway's diagram (drawn on the Node side, data/exports/charts/pathwayChart.ts). */
export const PATHWAY_IMAGE_FORMATS = ['svg', 'png'] as const;
export type PathwayImageFormat = (typeof PATHWAY_IMAGE_FORMATS)[number];

/** The locale a Word document prints its numbers in (its decimal mark): "es-ES", "fi", "en-GB". */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'A locale such as en-GB, es-ES, pt-PT or fi-FI')
  .refine((tag) => Intl.NumberFormat.supportedLocalesOf([tag]).length > 0, 'This locale is not known here');

/** Every export's file format, and for DOCX the locale of its numbers (default en-GB). */
const exportFileOptions = { format: z.enum(EXPORT_FORMATS, 'Unknown export format'), locale: localeSchema.optional() };

/** Case studies to write up: the practices named, in this order, or the shortlist (case studies and shortlisted practices). */
export const caseStudiesInputSchema = z.strictObject({
  practiceIds: z.array(id).max(500).default([]),
  /** With no practices named: every practice selected as a case study or shortlisted, by case-study number then name. */
  shortlist: z.boolean().default(true),
});

/** One export: which view, that view's input, and the file format. */
export const exportInputSchema = z.discriminatedUnion('view', [
  z.strictObject({
    view: z.literal('compare'),
    input: compareInputSchema,
    cells: z.enum(CELL_CONTENTS).default('both'),
    /** Dimension columns to include, in this order (default: all five). */
    dimensions: z.array(z.enum(DIMENSION_IDS)).min(1).optional(),
    /** Extra columns after the dimensions, in this order (EU elements, selection criteria, shortlist). */
    extras: z.array(z.enum(COMPARE_EXTRA_COLUMNS, 'Unknown comparison column')).max(COMPARE_EXTRA_COLUMNS.length).optional(),
    ...exportFileOptions,
  }),
  z.strictObject({ view: z.literal('gaps'), input: gapsInputSchema, ...exportFileOptions }),
  z.strictObject({ view: z.literal('stats'), input: statsInputSchema, ...exportFileOptions }),
  z.strictObject({ view: z.literal('coverage'), input: coverageInputSchema, ...exportFileOptions }),
  z.strictObject({ view: z.literal('agreement'), input: agreementInputSchema, ...exportFileOptions }),
  z.strictObject({ view: z.literal('euElements'), input: euElementsInputSchema, ...exportFileOptions }),
  z.strictObject({ view: z.literal('lens'), input: lensViewInputSchema, ...exportFileOptions }),
  /** A pathway's tree as a table, or its diagram as SVG or PNG. */
  z.strictObject({ view: z.literal('pathway'), input: pathwayInputSchema, format: z.enum([...EXPORT_FORMATS, ...PATHWAY_IMAGE_FORMATS], 'Unknown export format'), locale: localeSchema.optional() }),
  /** Every field of the filtered practices, with the column names the CSV import reads back. */
  z.strictObject({ view: z.literal('practices'), input: z.strictObject({ filter: practiceFilterSchema.default({}) }), ...exportFileOptions }),
  /** The filtered practices' scores in long form: one row per practice, dimension and rater. */
  z.strictObject({ view: z.literal('scores'), input: z.strictObject({ filter: practiceFilterSchema.default({}) }), ...exportFileOptions }),
  /** Case-study write-ups: JSON (the file practices.importCaseStudies reads), DOCX (in the template's order), or a table of sections. */
  z.strictObject({ view: z.literal('caseStudies'), input: caseStudiesInputSchema, ...exportFileOptions }),
  /** A report pack: one Word document with a title page, the dataset's version, chosen tables, gap charts and case studies. */
  z.strictObject({ view: z.literal('report'), input: z.lazy(() => reportInputSchema), format: z.literal('docx', 'A report pack is a Word document (docx)'), locale: localeSchema.optional() }),
]);

/** One table of a report pack: a table view and its input, as analysis.export takes them (without a file format). */
export const reportTableSchema = z.discriminatedUnion('view', [
  z.strictObject({
    view: z.literal('compare'),
    input: compareInputSchema,
    cells: z.enum(CELL_CONTENTS).default('both'),
    dimensions: z.array(z.enum(DIMENSION_IDS)).min(1).optional(),
    extras: z.array(z.enum(COMPARE_EXTRA_COLUMNS, 'Unknown comparison column')).max(COMPARE_EXTRA_COLUMNS.length).optional(),
  }),
  z.strictObject({ view: z.literal('gaps'), input: gapsInputSchema }),
  z.strictObject({ view: z.literal('stats'), input: statsInputSchema }),
  z.strictObject({ view: z.literal('coverage'), input: coverageInputSchema }),
  z.strictObject({ view: z.literal('agreement'), input: agreementInputSchema }),
  z.strictObject({ view: z.literal('euElements'), input: euElementsInputSchema }),
  z.strictObject({ view: z.literal('lens'), input: lensViewInputSchema }),
]);

/**
 * A report pack (analysis.export, view "report"): one Word document with a title page, the
 * dataset's version (file, change sets, date), the chosen tables, gap charts and case studies, in that order.
 */
export const reportInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'Give the report a title').max(300).default('AutoCredify mapping report'),
  subtitle: z.string().trim().max(500).optional(),
  tables: z.array(reportTableSchema).max(30).default([]),
  /** Gap charts, each the gaps view's input (a filter and a grouping). */
  gapCharts: z.array(gapsInputSchema).max(30).default([]),
  /** Case studies to include, or none. */
  caseStudies: caseStudiesInputSchema.nullable().default(null),
});

/** The practice x dimension pairs where raters' scores differ (analysis.disagreements). */
export const disagreementsInputSchema = z.strictObject({
  filter: practiceFilterSchema.default({}),
  /** The raters whose scores are compared (default: every rater but the seed's reading). */
  raters: comparedRatersSchema.optional(),
  /** With the default raters, compare the seed's reading of the rubric too. */
  includeSeed: z.boolean().default(false),
  /** Only pairs whose highest and lowest score differ by at least this much. */
  minDifference: z.number().int().min(1, 'The smallest difference is 1').max(4).default(1),
  /** open: no consensus yet; settled: consensus recorded. */
  status: z.enum(['all', 'open', 'settled'], 'Show all, open or settled pairs').default('all'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000, 'At most 1000 pairs per page').default(100),
});

// The comparison's extra columns as the UI shows them (headings, values): from compareExtras.ts.
export { compareExtraLabel, compareExtraValue, mandatoryStatus, SELECTION_CRITERIA_COUNT } from './compareExtras.js';
