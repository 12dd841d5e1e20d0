/**
 * What an imported column can fill: a practice field, the practice id, or a dimension's narrative
 * or score. The kind says how a cell is read (cells.ts); the label is what the mapping dialog shows.
 */
import { DIMENSION_IDS, DIMENSION_NAMES, type DimensionId } from '../domain/domain.js';
import type { PracticeFields } from './model.js';
import { CHECKLIST_TARGETS, type ChecklistTarget } from './checklistColumns.js';

/** Narratives are a per-dimension record in PracticeFields; a column fills one dimension of it. */
export type PracticeFieldTarget = Exclude<keyof PracticeFields, 'narratives'>;
export type NarrativeTarget = `narrative:${DimensionId}`;
export type ScoreTarget = `score:${DimensionId}`;
export type ImportTarget = 'id' | PracticeFieldTarget | NarrativeTarget | ScoreTarget | ChecklistTarget;

export type TargetKind = 'text' | 'number' | 'enum' | 'boolean' | 'domain-list' | 'source-list' | 'score' | 'element-status';

export interface ImportTargetInfo {
  target: ImportTarget;
  label: string;
  kind: TargetKind;
}

/** Typed as a Record so that a field added to PracticeFields fails to compile here until it is importable. */
const FIELD_INFO: Record<PracticeFieldTarget, { label: string; kind: TargetKind }> = {
  name: { label: 'Name', kind: 'text' },
  nameOriginal: { label: 'Original name', kind: 'text' },
  code: { label: 'Code', kind: 'text' },
  parentId: { label: 'Parent practice id', kind: 'text' },
  practiceNumber: { label: 'Practice number', kind: 'number' },
  caseStudy: { label: 'Case study', kind: 'boolean' },
  caseStudyNumber: { label: 'Case study number', kind: 'number' },
  shortlisted: { label: 'Case-study shortlist', kind: 'boolean' },
  country: { label: 'Country', kind: 'text' },
  region: { label: 'Region', kind: 'text' },
  scope: { label: 'Scope', kind: 'enum' },
  practiceType: { label: 'Practice type', kind: 'enum' },
  typeAsStated: { label: 'Type as stated', kind: 'text' },
  provider: { label: 'Provider or awarding body', kind: 'text' },
  technologyDomains: { label: 'Technology domains', kind: 'domain-list' },
  level: { label: 'Level', kind: 'text' },
  eqfLevel: { label: 'EQF level', kind: 'number' },
  ects: { label: 'ECTS', kind: 'number' },
  hours: { label: 'Hours', kind: 'number' },
  workloadNote: { label: 'Workload note', kind: 'text' },
  deliveryMode: { label: 'Delivery mode', kind: 'enum' },
  deliveryNote: { label: 'Delivery note', kind: 'text' },
  releaseYear: { label: 'Release year', kind: 'number' },
  registeredProviders: { label: 'Registered providers', kind: 'number' },
  assessmentType: { label: 'Assessment type', kind: 'text' },
  qaType: { label: 'QA type', kind: 'text' },
  digitalIssuance: { label: 'Digital issuance', kind: 'enum' },
  stackability: { label: 'Stackability', kind: 'text' },
  strengths: { label: 'Strengths', kind: 'text' },
  limitations: { label: 'Limitations', kind: 'text' },
  relevance: { label: 'Relevance', kind: 'text' },
  notes: { label: 'Notes', kind: 'text' },
  sources: { label: 'Sources', kind: 'source-list' },
};

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
