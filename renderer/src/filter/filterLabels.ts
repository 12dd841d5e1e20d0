/** Plain-word names of the filter's fields, and a filter condition described in words (for chips). */
import type { PracticeFilter } from '../../../data/contract/contract';
import type { DimensionId } from '../../../data/domain/domain';
import { GROUP_FIELDS, LIST_FILTER_FIELDS, NUMBER_FIELDS, TEXT_FILTER_FIELDS, type FieldKey, type GroupField, type ListFilterField } from '../../../data/domain/fields';
import { fieldText } from '../app/i18n/domainLabels';
import { formatNumber } from '../ui/format';
import type { NumberField, Range, ScoreRange, TextFilterField } from './filterQuery';
import { translate } from '../app/i18n/i18n';

/** Field labels in the interface's language, read when used (each property a getter). */
function labelsOf<K extends FieldKey>(keys: readonly K[]): Readonly<Record<K, string>> {
  return Object.defineProperties({}, Object.fromEntries(keys.map((key) => [key, { get: () => fieldText(key), enumerable: true }]))) as Record<K, string>;
}

// The filter's labels are the field table's (data/domain/fields.ts), as the table's columns and the import use.
export const NUMBER_FILTER_LABELS = labelsOf(NUMBER_FIELDS);
export const TEXT_FILTER_LABELS = labelsOf(TEXT_FILTER_FIELDS);
export const ENUM_FILTER_LABELS = labelsOf(LIST_FILTER_FIELDS);
const GROUP_FIELD_LABELS = labelsOf(GROUP_FIELDS);

/** "10–40", "≥ 3", "= 4". */
export function describeRange(range: Range): string {
  if (range.min !== undefined && range.max !== undefined) {
    return range.min === range.max ? `= ${formatNumber(range.min)}` : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
  }
  if (range.min !== undefined) return `≥ ${formatNumber(range.min)}`;
  if (range.max !== undefined) return `≤ ${formatNumber(range.max)}`;
  return translate('filter')('describe.any');
}

export function describeScoreRange(range: ScoreRange): string {
  const bounded = range.min !== undefined || range.max !== undefined;
  if (!bounded) return translate('filter')(range.unrated ? 'describe.notRated' : 'describe.any');
  return range.unrated ? translate('filter')('describe.orNotRated', { range: describeRange(range) }) : describeRange(range);
}

export type FilterCondition =
  | { kind: 'text'; field: TextFilterField; text: string }
  | { kind: 'number'; field: NumberField; text: string }
  | { kind: 'score'; dimension: DimensionId; text: string }
  | { kind: 'parent'; text: string }
  | { kind: 'group'; field: GroupField; text: string }
  | { kind: 'list'; field: ListFilterField; text: string };

/** The conditions the analysis filter bar has no control of its own for, in words. */
export function extraConditions(filter: PracticeFilter, dimensionName: (id: DimensionId) => string): FilterCondition[] {
  const out: FilterCondition[] = [];
  for (const [field, text] of Object.entries(filter.text ?? {}) as [TextFilterField, string | undefined][]) {
    if (text) out.push({ kind: 'text', field, text: translate('filter')('describe.contains', { label: TEXT_FILTER_LABELS[field], text }) });
  }
  for (const [field, range] of Object.entries(filter.numbers ?? {}) as [NumberField, Range | undefined][]) {
    if (range) out.push({ kind: 'number', field, text: translate('filter')('describe.number', { label: NUMBER_FILTER_LABELS[field], range: describeRange(range) }) });
  }
  for (const [dimension, range] of Object.entries(filter.scores ?? {}) as [DimensionId, ScoreRange | undefined][]) {
    if (range) out.push({ kind: 'score', dimension, text: translate('filter')('describe.score', { dimension: dimensionName(dimension), range: describeScoreRange(range) }) });
  }
  if (filter.parentId) out.push({ kind: 'parent', text: translate('filter')('describe.components', { parent: filter.parentId }) });
  for (const group of filter.groups ?? []) {
    const label = GROUP_FIELD_LABELS[group.field];
    out.push({ kind: 'group', field: group.field, text: group.value === null ? translate('filter')('describe.notRecorded', { label }) : translate('filter')('describe.is', { label, value: group.value }) });
  }
  return out;
}
