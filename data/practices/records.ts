/**
 * How a practice is laid out in SQLite: the column of each field and the conversions both ways.
 * Shared by the single-record queries (practices.ts) and the table listing (practiceList.ts).
 */
import { countryGroupOf, DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import type { Practice, PracticeFields } from './model.js';
import { foldForSearch } from '../store/search.js';

type ColumnField = Exclude<keyof PracticeFields, 'narratives' | 'sources'>;

export const COLUMN_OF: Record<ColumnField, string> = {
  name: 'name',
  nameOriginal: 'name_original',
  code: 'code',
  parentId: 'parent_id',
  practiceNumber: 'practice_number',
  caseStudy: 'case_study',
  caseStudyNumber: 'case_study_number',
  shortlisted: 'shortlisted',
  country: 'country',
  region: 'region',
  scope: 'scope',
  practiceType: 'practice_type',
  typeAsStated: 'type_as_stated',
  provider: 'provider',
  technologyDomains: 'technology_domains',
  level: 'level',
  eqfLevel: 'eqf_level',
  ects: 'ects',
  hours: 'hours',
  workloadNote: 'workload_note',
  deliveryMode: 'delivery_mode',
  deliveryNote: 'delivery_note',
  releaseYear: 'release_year',
  registeredProviders: 'registered_providers',
  assessmentType: 'assessment_type',
  qaType: 'qa_type',
  digitalIssuance: 'digital_issuance',
  stackability: 'stackability',
  strengths: 'strengths',
  limitations: 'limitations',
  relevance: 'relevance',
  notes: 'notes',
};

export const COLUMN_FIELDS = Object.keys(COLUMN_OF) as ColumnField[];

export type DbRow = Record<string, string | number | null>;

/** The value as SQLite stores it (booleans as 0/1, lists as JSON). */
export function toColumnValue(field: ColumnField, value: unknown): string | number | null {
  if (field === 'caseStudy' || field === 'shortlisted') return value ? 1 : 0;
  if (field === 'technologyDomains') return JSON.stringify(value ?? []);
  return (value ?? null) as string | number | null;
}

export function fromColumnValue(field: ColumnField, value: string | number | null): unknown {
  if (field === 'caseStudy' || field === 'shortlisted') return value === 1;
  if (field === 'technologyDomains') return JSON.parse(String(value ?? '[]')) as unknown;
  return value;
}

/** The folded text the search box matches: every text field and the narratives. */
export function searchTextOf(fields: PracticeFields): string {
  const parts = [
    fields.name,
    fields.nameOriginal,
    fields.code,
    fields.country,
    fields.region,
    fields.provider,
    fields.typeAsStated,
    fields.level,
    fields.assessmentType,
    fields.qaType,
    fields.stackability,
    fields.strengths,
    fields.limitations,
    fields.relevance,
    fields.notes,
    ...DIMENSION_IDS.map((d) => fields.narratives[d]),
  ];
  return foldForSearch(parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n'));
}

export function practiceFromRow(row: DbRow, narratives: Partial<Record<DimensionId, string>>, sources: PracticeFields['sources']): Practice {
  const fields = Object.fromEntries(COLUMN_FIELDS.map((f) => [f, fromColumnValue(f, row[COLUMN_OF[f]] ?? null)])) as Omit<
    PracticeFields,
    'narratives' | 'sources'
  >;
  return {
    id: String(row.id),
    ...fields,
    narratives,
    sources,
    countryGroup: countryGroupOf(fields.country),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}
