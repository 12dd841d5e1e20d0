/**
 * Data-quality checks: the rules (each an id, a severity and a sentence saying what it catches) and
 * the inputs of the `checks.*` operations. Pure (zod only), so the renderer and the command line
 * read the rules' words from here; data/quality/rules.ts holds what each rule does.
 */
import { z } from 'zod';
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

/** The stored setting: the rules switched off, each with its reason and when (a tracked setting). */
export const disabledRulesSchema = z.partialRecord(qualityRuleIdSchema, z.strictObject({ reason: z.string().max(1000), at: z.string().max(40) }));
export type DisabledRules = z.output<typeof disabledRulesSchema>;
