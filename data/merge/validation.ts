/**
 * A practice arriving from a partner's file is untrusted input: SQLite's STRICT tables checked its
 * types when the file was opened, but not that it is a practice this app could have written
 * (a known practice type, an EQF level, a list of technology domains...). It is checked here with
 * the same schema as a practice typed into the form, before anything is written.
 */
import { z } from 'zod';
import { DIMENSION_IDS } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import { dimensionIdSchema, id, jsonText, optionalText, scoreValueSchema } from '../domain/schemas.js';
import type { EntityName } from '../history/entities.js';
import { coverageTargetsSchema } from '../analysis/schemas.js';
import { consensusSetInputSchema, dimensionTargetInputSchema, raterCreateInputSchema, rubricUpdateInputSchema, scoreSetInputSchema, scoreSourceSchema } from '../scoring/schemas.js';
import { caseStudyContentSchema, caseStudySectionIdSchema, practiceFieldsSchema } from '../practices/schemas.js';
import { checklistStateSchema } from '../practices/index.js';
import { lensVersionRecordSchema } from '../lenses/schemas.js';
import { claimRecordSchema, DISABLED_RULES_SETTING, disabledRulesSchema } from '../quality/schemas.js';
import { COLUMN_FIELDS, type DbRow } from '../practices/index.js';
import { practiceOfState } from './records.js';

type Row = Record<string, unknown>;

export function validatePartnerPractice(state: Row, fileName: string): void {
  const row = state.row as DbRow;
  let fields: Row;
  try {
    const practice = practiceOfState(state) as unknown as Row;
    fields = Object.fromEntries([...COLUMN_FIELDS, 'narratives', 'sources'].map((f) => [f, practice[f]]));
  } catch {
    throw invalid(fileName, row, 'it cannot be read');
  }
  for (const parsed of [practiceFieldsSchema.safeParse(fields), checklistStateSchema.safeParse({ answers: state.answers })]) {
    if (parsed.success) continue;
    const issue = parsed.error.issues[0]!;
    throw invalid(fileName, row, `${issue.path.map(String).join('.')}: ${issue.message}`);
  }
}

function invalid(fileName: string, row: DbRow, reason: string): ApiFailure {
  const name = typeof row.name === 'string' ? `“${row.name.slice(0, 80)}”` : `id ${String(row.id).slice(0, 80)}`;
  return new ApiFailure('invalid_input', `The practice ${name} in “${fileName}” is not valid (${reason}), so the file cannot be merged. Nothing was changed.`);
}

/*
 * Every other record a partner's file brings is checked the same way: with the limits of the
 * operation that writes it here (a rater's name at most 200 characters, evidence at most 20,000...),
 * so a crafted file cannot bring what no one could have typed (a 1,000,001-character rater name,
 * five million characters of evidence that then slowed every page showing them). Records are
 * rows of the store, so the rules are the API's, keyed by column.
 */
const timestamp = z.string().min(1).max(64);
const descriptor = rubricUpdateInputSchema.shape.descriptors.valueType.def.items[0];

/** A case-study section's JSON column, as merges check it. */
const caseStudyJson = (schema: z.ZodType) => jsonText(schema, 'not valid case-study content', 4_000_000);

/** What a recorded (undoable) setting may hold, by key; the UI preferences never travel. */
const SETTING_VALUES: Record<string, z.ZodType> = {
  scoreSource: scoreSourceSchema,
  coverageTargets: coverageTargetsSchema.partial(),
  [DISABLED_RULES_SETTING]: disabledRulesSchema,
};

const recordSchemas: Record<Exclude<EntityName, 'practice'>, z.ZodType> = {
  rater: z.strictObject({
    id,
    name: raterCreateInputSchema.shape.name,
    team: raterCreateInputSchema.shape.team.unwrap(),
    created_at: timestamp,
  }),
  score: z.strictObject({
    practice_id: id,
    dimension_id: dimensionIdSchema,
    rater_id: id,
    value: scoreSetInputSchema.shape.value,
    evidence: optionalText(20000),
    confidence: scoreSetInputSchema.shape.confidence.unwrap(),
    rubric_version: z.number().int().min(1),
    created_at: timestamp,
    updated_at: timestamp,
  }),
  consensus: z.strictObject({
    practice_id: id,
    dimension_id: dimensionIdSchema,
    value: scoreValueSchema,
    rationale: consensusSetInputSchema.shape.rationale,
    recorded_by: id.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
  dimension: z.strictObject({
    id: dimensionIdSchema,
    name: z.string().trim().min(1).max(200),
    position: z.number().int().min(0).max(DIMENSION_IDS.length),
    target: dimensionTargetInputSchema.shape.target,
  }),
  rubric: z.strictObject({
    version: z.number().int().min(1),
    label: rubricUpdateInputSchema.shape.label,
    created_at: timestamp,
    descriptors: z
      .array(z.strictObject({ dimension_id: dimensionIdSchema, level: scoreValueSchema, descriptor }))
      .max(DIMENSION_IDS.length * 5),
  }),
  // A case-study section: its blocks and sources as JSON text, read with the schemas an edit is checked with.
  caseStudy: z.strictObject({
    practice_id: id,
    section_id: caseStudySectionIdSchema,
    blocks: caseStudyJson(caseStudyContentSchema.shape.blocks),
    sources: caseStudyJson(caseStudyContentSchema.shape.sources),
    updated_at: timestamp,
  }),
  // A claim: its filters parsed with the practice filter's schema, its statistic and field with the API's.
  claim: claimRecordSchema,
  // A version of a user's lens: its items parsed with the schema the store's are written with.
  lens: lensVersionRecordSchema,
  setting: z
    .strictObject({ key: z.string().max(200), value: z.string().max(100_000) })
    .superRefine(({ key, value }, ctx) => {
      const schema = SETTING_VALUES[key];
      if (!schema) return void ctx.addIssue({ code: 'custom', message: 'not a setting this app records' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(value) as unknown;
      } catch {
        return void ctx.addIssue({ code: 'custom', message: 'not JSON' });
      }
      if (!schema.safeParse(parsed).success) ctx.addIssue({ code: 'custom', message: `not a valid ${key}` });
    }),
};

/** Checks one record of the partner's file, whatever its kind, before the merge uses it. */
export function validatePartnerRecord(entity: EntityName, state: Row, fileName: string): void {
  if (entity === 'practice') return validatePartnerPractice(state, fileName);
  const parsed = recordSchemas[entity].safeParse(state);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  // Names the record by its kind and key only: its text may be what is wrong (and is research data).
  const key = ['id', 'key', 'version', 'practice_id', 'dimension_id', 'rater_id', 'section_id']
    .filter((column) => state[column] !== undefined)
    .map((column) => `${column} ${String(state[column]).slice(0, 80)}`)
    .join(', ');
  throw new ApiFailure(
    'invalid_input',
    `A ${ENTITY_WORDS[entity]} in “${fileName}” (${key}) is not valid (${issue.path.map(String).join('.') || 'record'}: ${issue.message}), so the file cannot be merged. Nothing was changed.`,
  );
}

const ENTITY_WORDS: Record<EntityName, string> = {
  practice: 'practice',
  score: 'score',
  rater: 'rater',
  dimension: 'dimension',
  setting: 'setting',
  consensus: 'consensus score',
  rubric: 'rubric version',
  caseStudy: 'case-study section',
  claim: 'claim',
  lens: 'lens version',
};
