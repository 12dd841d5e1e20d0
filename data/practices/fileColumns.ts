/**
 * What an imported column can fill: a practice field, the practice id, or a dimension's narrative
 * or score. The kind says how a cell is read (cells.ts); the label is what the mapping dialog shows.
 */
import { DIMENSION_IDS, DIMENSION_NAMES, type DimensionId } from '../domain/domain.js';
import { FILE_FIELDS, fieldDefinition, fieldLabel, type FileField, type StoredField } from '../domain/fields.js';
import type { PracticeFields } from './model.js';
import { CHECKLIST_TARGETS, type ChecklistTarget } from './checklistColumns.js';

/** Narratives are a per-dimension record in PracticeFields; a column fills one dimension of it. */
export type PracticeFieldTarget = Exclude<keyof PracticeFields, 'narratives'>;

/** The field table's stored fields are exactly PracticeFields' (a field added to one fails to compile until it is in the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storedFieldsAgree: Same<StoredField, keyof PracticeFields> & Same<FileField, PracticeFieldTarget> = true;
void storedFieldsAgree;

export type NarrativeTarget = `narrative:${DimensionId}`;
export type ScoreTarget = `score:${DimensionId}`;
export type ImportTarget = 'id' | PracticeFieldTarget | NarrativeTarget | ScoreTarget | ChecklistTarget;

export type TargetKind = 'text' | 'number' | 'enum' | 'boolean' | 'domain-list' | 'source-list' | 'score' | 'element-status';

export interface ImportTargetInfo {
  target: ImportTarget;
  label: string;
  kind: TargetKind;
}

/** How an import reads a cell of each kind of field (cells.ts). */
const KIND_OF_FIELD = { text: 'text', number: 'number', enum: 'enum', boolean: 'boolean', list: 'domain-list', sources: 'source-list' } as const;

/**
 * Every practice field the file has a column for, with its label (the export's header, which the
 * import reads back) and kind, from the field table (data/domain/fields.ts), in the table's order.
 */
const FIELD_INFO = Object.fromEntries(
  FILE_FIELDS.map((field) => {
    const kind = fieldDefinition(field).kind;
    if (kind === 'narratives') throw new Error('Narratives are one column per dimension');
    return [field, { label: fieldLabel(field), kind: KIND_OF_FIELD[kind] }];
  }),
) as Record<PracticeFieldTarget, { label: string; kind: TargetKind }>;

export const isPracticeFieldTarget = (target: string): target is PracticeFieldTarget => target in FIELD_INFO;

export const PRACTICE_FIELD_TARGETS = Object.keys(FIELD_INFO).filter(isPracticeFieldTarget);

export const narrativeTarget = (dimension: DimensionId): NarrativeTarget => `narrative:${dimension}`;
export const scoreTarget = (dimension: DimensionId): ScoreTarget => `score:${dimension}`;

export function dimensionOfTarget(target: ImportTarget): { part: 'narrative' | 'score'; dimension: DimensionId } | null {
  const [part, dimension] = target.split(':');
  const known = DIMENSION_IDS.find((id) => id === dimension);
  if (known === undefined || (part !== 'narrative' && part !== 'score')) return null;
  return { part, dimension: known };
}

/** Every target, in the order the mapping dialog lists them. */
export const IMPORT_TARGETS: readonly ImportTargetInfo[] = [
  { target: 'id', label: 'Practice id', kind: 'text' },
  ...PRACTICE_FIELD_TARGETS.map((field): ImportTargetInfo => ({ target: field, ...FIELD_INFO[field] })),
  ...DIMENSION_IDS.flatMap((dimension): ImportTargetInfo[] => [
    { target: narrativeTarget(dimension), label: `${DIMENSION_NAMES[dimension]} narrative`, kind: 'text' },
    { target: scoreTarget(dimension), label: `${DIMENSION_NAMES[dimension]} score`, kind: 'score' },
  ]),
  // EU information elements (status, note) and selection criteria, as the practice export writes them.
  ...CHECKLIST_TARGETS,
];

export function targetInfo(target: ImportTarget): ImportTargetInfo {
  const info = IMPORT_TARGETS.find((candidate) => candidate.target === target);
  if (info === undefined) throw new Error(`Unknown import target ${target}`);
  return info;
}
