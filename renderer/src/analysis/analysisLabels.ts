/** Plain-word names of the fields the analysis views group by and summarise, and of their groups, in the interface's language. */
import { GROUP_FIELDS, MEASURE_FIELDS, type CompareExtraColumn, type GroupField, type MeasureField } from '../../../data/analysis/schemas';
import { compareExtraValue, mandatoryStatus } from '../../../data/analysis/schemas';
import type { CompareRow } from '../../../data/analysis/model';
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import type { Dimension } from '../../../data/scoring/model';
import { dimensionName } from '../ui/format';
import { translate } from '../app/i18n/i18n';
import { domainLabel, fieldText, type DomainKind } from '../app/i18n/domainLabels';

const t = translate('analysis');

export function isGroupField(value: string | null): value is GroupField {
  return value !== null && (GROUP_FIELDS as readonly string[]).includes(value);
}

export function isMeasureField(value: string | null): value is MeasureField {
  return value !== null && (MEASURE_FIELDS as readonly string[]).includes(value);
}

export function isDimensionId(value: string | null): value is DimensionId {
  return value !== null && (DIMENSION_IDS as readonly string[]).includes(value);
}

/** "Country group": the name of a field a view groups by. */
export function groupFieldLabel(field: GroupField): string {
  return fieldText(field);
}

/** The dimension a score measure is about, or null for the other measures. */
export function measureDimension(measure: MeasureField): DimensionId | null {
  return measure.startsWith('score.') ? (measure.slice('score.'.length) as DimensionId) : null;
}

export function measureLabel(measure: MeasureField, dimensions: readonly Dimension[] | null): string {
  const dimension = measureDimension(measure);
  return dimension ? t('measures.meanScore', { dimension: dimensionName(dimension, dimensions) }) : fieldText(measure as Exclude<MeasureField, `score.${string}`>);
}

/** Grouping fields whose values are domain ids, each with a label in every language under the domain kind of the same name. */
const DOMAIN_VALUED = ['countryGroup', 'country', 'scope', 'practiceType', 'technologyDomain', 'deliveryMode', 'digitalIssuance'] as const satisfies readonly (GroupField & DomainKind)[];
const domainKindOf = (field: GroupField | undefined): DomainKind | undefined => DOMAIN_VALUED.find((f) => f === field);

/** The summary row's name from the data layer ("All practices", "All filtered practices"), in the interface's language. */
export function overallLabel(label: string): string {
  if (label === 'All practices') return t('group.allPractices');
  if (label === 'All filtered practices') return t('group.allFiltered');
  return label;
}

/**
 * How a group is read: its value's label in the interface's language, "(not recorded)" when it has
 * no value. `field` is the grouping (null or absent: the row of all practices, named by the data).
 */
export function groupLabel(key: { value: string | null; label: string } | null | undefined, field?: GroupField | null): string {
  if (!key) return '';
  if (field === null) return overallLabel(key.label);
  if (key.value === null) return field === 'parent' && key.label === '(top-level)' ? t('group.topLevel') : t('group.notRecorded');
  const kind = domainKindOf(field);
  if (kind) return domainLabel(kind, key.value, key.label);
  if (field === 'caseStudy') return key.value === 'true' ? t('group.caseStudy') : t('group.notCaseStudy');
  if (field === 'hierarchy') return key.value === 'top' ? t('group.topLevelPractice') : t('group.component');
  if (field === 'eqfLevel') return t('group.eqf', { level: key.value });
  return key.label || t('group.notRecorded');
}

/** The heading of a comparison's extra column (EU element, criterion, shortlist). */
export function extraColumnLabel(column: CompareExtraColumn): string {
  if (column === 'euMandatory') return t('extraColumns.euMandatory');
  if (column === 'criteriaMet' || column === 'shortlisted') return fieldText(column);
  if (column.startsWith('eu.')) return t('extraColumns.euColumn', { element: domainLabel('euElement', column.slice('eu.'.length)) });
  return t('extraColumns.criterionColumn', { criterion: domainLabel('criterion', column.slice('criterion.'.length)) });
}

/** A row's value in an extra column, as the screen shows it (criteria met stays a number, for the caller to write). */
export function extraColumnValue(row: CompareRow, column: CompareExtraColumn): string | number {
  if (column === 'criteriaMet') return compareExtraValue(row, column);
  if (column === 'euMandatory') return domainLabel('elementStatus', mandatoryStatus(row));
  if (column.startsWith('eu.')) return domainLabel('elementStatus', row.elements[column.slice('eu.'.length) as keyof CompareRow['elements']]?.status ?? 'unknown');
  const yes = column === 'shortlisted' ? row.shortlisted : row.criteria.includes(column.slice('criterion.'.length) as CompareRow['criteria'][number]);
  return yes ? t('extraColumns.yes') : t('extraColumns.no');
}
