/** Turning stored values into words and numbers a person reads. */
import {
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPE_LABELS,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAIN_LABELS,
  type DeliveryMode,
  type DigitalIssuance,
  type DimensionId,
  type PracticeType,
  type Scope,
  type TechnologyDomain,
} from '../../../data/domain/domain';
import type { Dimension } from '../../../data/scoring/model';

/** Mean score with one decimal; blank when nobody rated (never 0 for unrated). */
export function formatMeanScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : value.toFixed(1);
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

/** A year or an id-like number: no thousands separator. */
export function formatPlain(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export const scopeLabel = (value: Scope | null): string => (value ? SCOPE_LABELS[value] : '');
export const practiceTypeLabel = (value: PracticeType | null): string => (value ? PRACTICE_TYPE_LABELS[value] : '');
export const deliveryModeLabel = (value: DeliveryMode | null): string => (value ? DELIVERY_MODE_LABELS[value] : '');
export const digitalIssuanceLabel = (value: DigitalIssuance | null): string =>
  value ? DIGITAL_ISSUANCE_LABELS[value] : '';
export const technologyDomainsLabel = (values: readonly TechnologyDomain[]): string =>
  values.map((v) => TECHNOLOGY_DOMAIN_LABELS[v]).join(', ');

const FALLBACK_DIMENSION_NAMES: Record<DimensionId, string> = {
  governance: 'Governance',
  pedagogy: 'Pedagogy',
  assessment: 'Assessment',
  quality_assurance: 'Quality assurance',
  financial_sustainability: 'Financial sustainability',
};

/** The dimension's name from the store, or a plain fallback while dimensions are loading. */
export function dimensionName(id: DimensionId, dimensions: readonly Dimension[] | null): string {
  return dimensions?.find((d) => d.id === id)?.name ?? FALLBACK_DIMENSION_NAMES[id];
}

export const CONFIDENCE_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** "Spain (12)" for filter menus. */
export function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count.toLocaleString()})`;
}
