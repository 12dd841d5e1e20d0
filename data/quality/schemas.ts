/**
 * Data-quality checks: the rules (each an id, a severity and a sentence saying what it catches) and
 * the inputs of the `checks.*` operations. Pure (zod only), so the renderer and the command line
 * read the rules' words from here; data/quality/rules.ts holds what each rule does.
 */
import { z } from 'zod';
import { MEASURE_FIELDS } from '../domain/fields.js';
import { optionalText } from '../domain/schemas.js';
import { practiceFilterSchema } from '../practices/schemas.js';

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The convention for notional workload: 25-30 hours per ECTS credit (ECTS Users' Guide). Hours
 * per credit beyond TOLERANCE of the range is a warning; beyond FACTOR times it (the report's
 * "650 hours, 4 ECTS" is 162.5 h per credit) an error, since no reading of hours makes it plausible.
 */
export const ECTS_HOURS = { min: 25, max: 30, tolerance: 0.2, factor: 4 } as const;

/** What a value may plausibly be; outside it is a typing slip more often than a fact. */
export const PLAUSIBLE = {
  hours: { min: 1, max: 4000 },
  ects: { min: 0.5, max: 240 },
  eqfLevel: { min: 1, max: 8 },
  releaseYear: { min: 1990, maxAhead: 1 },
} as const;

export const QUALITY_RULE_IDS = [
  'workload.ectsRatio',
  'duplicate.code',
  'duplicate.nameCountryProvider',
  'component.hoursExceedParent',
  'country.unknown',
  'range.hours',
  'range.ects',
  'range.eqfLevel',
  'range.releaseYear',
  'score.evidenceMissing',
  'lens.neededFieldEmpty',
  'claim.doesNotHold',
] as const;
export type QualityRuleId = (typeof QUALITY_RULE_IDS)[number];

export interface QualityRuleDefinition {
  /** The worst a finding of the rule can be (workload also gives warnings). */
  severity: Severity;
  title: string;
  /** The rule in one sentence, for the checks view and `autocredify check --rules`. */
  sentence: string;
}

export const QUALITY_RULES: Record<QualityRuleId, QualityRuleDefinition> = {
  'workload.ectsRatio': {
    severity: 'error',
    title: 'Workload implausible for its ECTS',
    sentence: `Hours per ECTS credit should be about ${ECTS_HOURS.min}-${ECTS_HOURS.max}; beyond ${ECTS_HOURS.tolerance * 100} % of that is a warning, beyond ${ECTS_HOURS.factor} times an error.`,
  },
  'duplicate.code': { severity: 'error', title: 'Duplicate code', sentence: 'Two practices carry the same code (ignoring case and spaces).' },
  'duplicate.nameCountryProvider': {
    severity: 'warning',
    title: 'Possible duplicate',
    sentence: 'Two practices have the same name, country and provider (ignoring case, accents and punctuation).',
  },
  'component.hoursExceedParent': { severity: 'error', title: 'Component longer than its parent', sentence: 'A component has more hours than the practice it is part of.' },
  'country.unknown': { severity: 'warning', title: 'Unknown country', sentence: 'The country is not one the app knows (an English country name, or "EU").' },
  'range.hours': { severity: 'warning', title: 'Hours out of range', sentence: `Hours are expected between ${PLAUSIBLE.hours.min} and ${PLAUSIBLE.hours.max}.` },
  'range.ects': { severity: 'warning', title: 'ECTS out of range', sentence: `ECTS credits are expected between ${PLAUSIBLE.ects.min} and ${PLAUSIBLE.ects.max}.` },
  'range.eqfLevel': { severity: 'error', title: 'EQF level out of range', sentence: 'The EQF has levels 1 to 8.' },
  'range.releaseYear': {
    severity: 'warning',
    title: 'Release year out of range',
    sentence: `A release year is expected from ${PLAUSIBLE.releaseYear.min} to next year.`,
  },
  'score.evidenceMissing': { severity: 'warning', title: 'Score without evidence', sentence: 'A score was given without quoting the evidence it rests on.' },
  'lens.neededFieldEmpty': {
    severity: 'warning',
    title: 'Lens answer without its field',
    sentence: 'A lens item is answered yes or partly, but a practice field that answer rests on is empty.',
  },
  'claim.doesNotHold': {
    severity: 'error',
    title: 'Printed figure not supported',
    sentence: 'A figure a report states (a claim) is not what the data gives at the precision it is printed.',
  },
};

export const qualityRuleIdSchema = z.enum(QUALITY_RULE_IDS, 'Unknown data-quality rule');

/** checks.run: every rule that is on, over the practices the filter selects (default all). */
export const checksRunInputSchema = z.strictObject({ filter: practiceFilterSchema.default({}) });

/** checks.setRule: switch a rule off for this dataset (saying why) or on again. */
export const checksSetRuleInputSchema = z
  .strictObject({
    rule: qualityRuleIdSchema,
    enabled: z.boolean(),
    reason: z.string().trim().max(1000, 'At most 1000 characters').optional(),
  })
  .refine((input) => input.enabled || (input.reason !== undefined && input.reason.length > 0), {
    message: 'Say why the rule is switched off for this dataset',
    path: ['reason'],
  });

/** The key of that setting (data/history/settings.ts). */
export const DISABLED_RULES_SETTING = 'quality.disabledRules';

/** The stored setting: the rules switched off, each with its reason and when (a tracked setting). */
export const disabledRulesSchema = z.partialRecord(qualityRuleIdSchema, z.strictObject({ reason: z.string().max(1000), at: z.string().max(40) }));
export type DisabledRules = z.output<typeof disabledRulesSchema>;

/**
 * Claims: a figure a report states, as a statistic over the practices a filter selects. `share` is
 * the percentage of those practices that the subset filter also selects; `count` how many there
 * are; the others summarise a measure (linear-interpolation quartiles, as the statistics view).
 */
export const CLAIM_STATISTICS = ['count', 'share', 'mean', 'median', 'min', 'max', 'q1', 'q3'] as const;
export type ClaimStatistic = (typeof CLAIM_STATISTICS)[number];
export const CLAIM_STATISTIC_LABELS: Record<ClaimStatistic, string> = {
  count: 'Number of practices',
  share: 'Share (%)',
  mean: 'Mean',
  median: 'Median',
  min: 'Minimum',
  max: 'Maximum',
  q1: 'First quartile',
  q3: 'Third quartile',
};

const claimFields = {
  /** What the figure is, in the report's words ("mean hours of the catalogue's specialities"). */
  label: z.string().trim().min(1, 'Say what the figure is').max(300, 'At most 300 characters'),
  /** The sentence as printed, and where. */
  quote: optionalText(2000).default(null),
  document: optionalText(500).default(null),
  section: optionalText(500).default(null),
  statistic: z.enum(CLAIM_STATISTICS, 'The statistic is count, share, mean, median, min, max, q1 or q3'),
  measure: z.enum(MEASURE_FIELDS, 'Unknown numeric field').nullable().default(null),
  filter: practiceFilterSchema,
  subset: practiceFilterSchema.nullable().default(null),
  /** As printed: a share in percent (53.8 for "53.8 %"). */
  stated: z.number({ error: 'The stated value must be a number' }).min(-1e12).max(1e12),
  /** Decimals printed: the claim holds when the data rounds to the stated value at this precision. */
  decimals: z.number().int().min(0).max(6, 'At most 6 decimals'),
};

const claimRules = <T extends { statistic: ClaimStatistic; measure: string | null; subset: unknown }>(claim: T, ctx: z.RefinementCtx) => {
  const needsMeasure = claim.statistic !== 'count' && claim.statistic !== 'share';
  if (needsMeasure && claim.measure === null) ctx.addIssue({ code: 'custom', path: ['measure'], message: `A ${claim.statistic} needs the numeric field it summarises` });
  if (!needsMeasure && claim.measure !== null) ctx.addIssue({ code: 'custom', path: ['measure'], message: `A ${claim.statistic} counts practices: give no field` });
  if (claim.statistic === 'share' && claim.subset === null) ctx.addIssue({ code: 'custom', path: ['subset'], message: 'A share needs the filter of the part it is a share of' });
  if (claim.statistic !== 'share' && claim.subset !== null) ctx.addIssue({ code: 'custom', path: ['subset'], message: 'Only a share has a second filter' });
};

export const claimIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'Ids use letters, digits, dots, dashes and underscores');

/** claims.set: create a claim (id generated unless given) or replace one. */
export const claimSetInputSchema = z.strictObject({ id: claimIdSchema.optional(), ...claimFields }).superRefine(claimRules);
export type ClaimSetInput = z.input<typeof claimSetInputSchema>;

export const claimIdInputSchema = z.strictObject({ id: claimIdSchema });

/** A claim's stored columns, as a partner's file brings them (merge) and as they are read back. */
export const claimRecordSchema = z
  .strictObject({
    id: claimIdSchema,
    label: claimFields.label,
    quote: z.string().max(2000).nullable(),
    document: z.string().max(500).nullable(),
    section: z.string().max(500).nullable(),
    statistic: claimFields.statistic,
    measure: z.enum(MEASURE_FIELDS).nullable(),
    filter: z.string().max(100_000),
    subset: z.string().max(100_000).nullable(),
    stated: claimFields.stated,
    decimals: claimFields.decimals,
    created_at: z.string().min(1).max(64),
    updated_at: z.string().min(1).max(64),
  })
  .superRefine((row, ctx) => {
    for (const column of ['filter', 'subset'] as const) {
      const text = row[column];
      if (text === null) continue;
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', path: [column], message: 'not JSON' });
        continue;
      }
      if (!practiceFilterSchema.safeParse(value).success) ctx.addIssue({ code: 'custom', path: [column], message: 'not a valid practice filter' });
    }
    claimRules({ statistic: row.statistic, measure: row.measure, subset: row.subset }, ctx);
  });
