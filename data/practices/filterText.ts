/**
 * A practice filter in words, for the caption of an export or a chart: a table or image of
 * Portugal's practices must say "Portugal" once it has left the app. Pure (the renderer's chart
 * export uses it too, through schemas.ts). Labels are the field table's (data/domain/fields.ts).
 */
import { builtInLens } from '../domain/lenses.js';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import {
  BOOLEAN_FILTER_FIELDS,
  fieldDefinition,
  fieldLabel,
  GROUP_FIELD_LABELS,
  LIST_FILTER_FIELDS,
  NUMBER_FILTER_LABELS,
  TEXT_FILTER_LABELS,
  type NumberField,
  type TextFilterField,
} from '../domain/fields.js';
import type { PracticeFilter } from './schemas.js';

type Range = { min?: number | undefined; max?: number | undefined };

function rangeText(range: Range): string {
  if (range.min !== undefined && range.max !== undefined) return range.min === range.max ? `= ${range.min}` : `${range.min}–${range.max}`;
  if (range.min !== undefined) return `≥ ${range.min}`;
  if (range.max !== undefined) return `≤ ${range.max}`;
  return 'any';
}

const DIMENSION_WORDS: Record<DimensionId, string> = Object.fromEntries(
  DIMENSION_IDS.map((d) => [d, d.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())]),
) as Record<DimensionId, string>;

/** Each condition of the filter in words ("Country group: Portugal"), in the field table's order. */
export function filterConditions(filter: PracticeFilter, dimensionName: (id: DimensionId) => string = (d) => DIMENSION_WORDS[d]): string[] {
  const out: string[] = [];
  if (filter.search?.trim()) out.push(`Search: “${filter.search.trim()}”`);
  for (const field of LIST_FILTER_FIELDS) {
    const values = (filter as Record<string, unknown>)[field];
    if (!Array.isArray(values) || values.length === 0) continue;
    const labels = fieldDefinition(field).valueLabels;
    out.push(`${fieldLabel(field)}: ${values.map((v: string) => labels?.[v] ?? v).join(' or ')}`);
  }
  for (const field of BOOLEAN_FILTER_FIELDS) {
    const value = (filter as Record<string, unknown>)[field];
    if (typeof value === 'boolean') out.push(`${fieldLabel(field)}: ${value ? 'yes' : 'no'}`);
  }
  if (filter.hierarchy) out.push(`Hierarchy: ${filter.hierarchy}`);
  if (filter.parentId) out.push(`Components of ${filter.parentId}`);
  for (const [field, text] of Object.entries(filter.text ?? {}) as [TextFilterField, string | undefined][]) {
    if (text?.trim()) out.push(`${TEXT_FILTER_LABELS[field]} contains “${text.trim()}”`);
  }
  for (const [field, range] of Object.entries(filter.numbers ?? {}) as [NumberField, Range | undefined][]) {
    if (range) out.push(`${NUMBER_FILTER_LABELS[field]} ${rangeText(range)}`);
  }
  for (const [dimension, range] of Object.entries(filter.scores ?? {}) as [DimensionId, (Range & { unrated?: boolean | undefined }) | undefined][]) {
    if (!range) continue;
    const bounded = range.min !== undefined || range.max !== undefined;
    out.push(`${dimensionName(dimension)} score ${bounded ? `${rangeText(range)}${range.unrated ? ' or not rated' : ''}` : range.unrated ? 'not rated' : 'any'}`);
  }
  for (const group of filter.groups ?? []) {
    const labels = fieldDefinition(group.field).valueLabels;
    out.push(`${GROUP_FIELD_LABELS[group.field]}: ${group.value === null ? 'not recorded' : (labels?.[group.value] ?? group.value)}`);
  }
  if (filter.lens) out.push(`${filter.lens.meets === false ? 'Does not meet' : 'Meets'} the lens “${builtInLens(filter.lens.id)?.name ?? filter.lens.id}”`);
  return out;
}

/** "Filter: Country group: Portugal; Case study: yes", or "All practices (no filter)". */
export function filterCaption(filter: PracticeFilter, dimensionName?: (id: DimensionId) => string): string {
  const conditions = filterConditions(filter, dimensionName);
  return conditions.length === 0 ? 'All practices (no filter)' : `Filter: ${conditions.join('; ')}`;
}

/** A short tag of the filter for a file name ("portugal", "spain-finland"), or null without a list filter. */
export function filterFileTag(filter: PracticeFilter): string | null {
  const values = LIST_FILTER_FIELDS.flatMap((field) => {
    const v = (filter as Record<string, unknown>)[field];
    return Array.isArray(v) ? (v as string[]) : [];
  });
  const tag = values
    .slice(0, 3)
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return tag || null;
}
