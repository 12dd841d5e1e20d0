/**
 * The filter a table or chart was made under, in words, for its caption in a Word document
 * ("Country group: Spain or Portugal; Hours 10–50"), so a figure in a report says what it counts.
 */
import type { z } from 'zod';
import { DIMENSION_NAMES, type DimensionId } from '../domain/domain.js';
import { PRACTICE_FIELDS, fieldLabel, type FieldKey } from '../domain/fields.js';
import type { practiceFilterSchema } from '../practices/schemas.js';

type Filter = z.input<typeof practiceFilterSchema>;

const isField = (key: string): key is FieldKey => Object.prototype.hasOwnProperty.call(PRACTICE_FIELDS, key);
const labelOf = (key: string) => (isField(key) ? fieldLabel(key) : key);

function valueLabel(key: string, value: unknown): string {
  if (value === null) return 'not recorded';
  const labels = isField(key) ? (PRACTICE_FIELDS[key] as { valueLabels?: Readonly<Record<string, string>> }).valueLabels : undefined;
  return labels?.[String(value)] ?? String(value);
}

function range(r: { min?: number | null; max?: number | null }): string {
  if (r.min != null && r.max != null) return `${r.min}–${r.max}`;
  if (r.min != null) return `at least ${r.min}`;
  if (r.max != null) return `at most ${r.max}`;
  return 'any';
}

export function filterInWords(filter: Filter | undefined): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined) continue;
    if (key === 'groups' && Array.isArray(value)) {
      for (const g of value as { field: string; value: string | null }[]) parts.push(`${labelOf(g.field)}: ${valueLabel(g.field, g.value)}`);
    } else if (key === 'text') {
      for (const [field, text] of Object.entries(value as Record<string, string>)) parts.push(`${labelOf(field)} contains “${text}”`);
    } else if (key === 'numbers') {
      for (const [field, r] of Object.entries(value as Record<string, { min?: number; max?: number }>)) parts.push(`${labelOf(field)} ${range(r)}`);
    } else if (key === 'scores') {
      for (const [dimension, r] of Object.entries(value as Record<string, { min?: number; max?: number; unrated?: boolean }>)) {
        const name = DIMENSION_NAMES[dimension as DimensionId] ?? dimension;
        const scored = r.min != null || r.max != null ? `${name} score ${range(r)}` : '';
        parts.push(r.unrated ? (scored ? `${scored} or not rated` : `${name} not rated`) : scored);
      }
    } else if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${labelOf(key)}: ${value.map((v) => valueLabel(key, v)).join(' or ')}`);
    } else if (typeof value === 'boolean') {
      parts.push(`${labelOf(key)}: ${value ? 'yes' : 'no'}`);
    } else if (key === 'search') {
      if (String(value).trim() !== '') parts.push(`Search “${String(value)}”`);
    } else parts.push(`${labelOf(key)}: ${valueLabel(key, value)}`);
  }
  const shown = parts.filter((p) => p !== '');
  return shown.length === 0 ? 'All practices (no filter)' : `Filter: ${shown.join('; ')}`;
}
