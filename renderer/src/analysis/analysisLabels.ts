/** Plain-word names of the fields the analysis views group by and summarise. */
import { GROUP_FIELD_LABELS, GROUP_FIELDS, MEASURE_FIELDS, MEASURE_LABELS, type GroupField, type MeasureField } from '../../../data/analysis/schemas';
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import type { Dimension } from '../../../data/scoring/model';
import { dimensionName } from '../ui/format';

export { GROUP_FIELD_LABELS };

export function isGroupField(value: string | null): value is GroupField {
  return value !== null && (GROUP_FIELDS as readonly string[]).includes(value);
}

export function isMeasureField(value: string | null): value is MeasureField {
  return value !== null && (MEASURE_FIELDS as readonly string[]).includes(value);
}

export function isDimensionId(value: string | null): value is DimensionId {
  return value !== null && (DIMENSION_IDS as readonly string[]).includes(value);
}

/** The dimension a score measure is about, or null for the other measures. */
export function measureDimension(measure: MeasureField): DimensionId | null {
  return measure.startsWith('score.') ? (measure.slice('score.'.length) as DimensionId) : null;
}

export function measureLabel(measure: MeasureField, dimensions: readonly Dimension[] | null): string {
  const dimension = measureDimension(measure);
  return dimension ? `${dimensionName(dimension, dimensions)} (mean score)` : MEASURE_LABELS[measure];
}

/** How a group is read: its label, "(not recorded)" when it has no value. */
export function groupLabel(key: { value: string | null; label: string } | null | undefined): string {
  if (!key) return '';
  if (key.value === null && (key.label === '' || key.label === null)) return '(not recorded)';
  return key.label || '(not recorded)';
}
