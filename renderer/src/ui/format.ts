/**
 * The one place numbers, percentages, scores and dates become text on screen, always in the locale
 * of the interface's language (app/i18n: "12,6 %" and "3,0" in Spanish, Portuguese and Finnish,
 * "12.6%" and "3.0" in English), and the domain's values become words in that language. Exports
 * keep their own decimal-mark rules (the CSV dialect); only the screen follows the language.
 */
import type { Confidence, DeliveryMode, DigitalIssuance, DimensionId, PracticeType, Scope, TechnologyDomain } from '../../../data/domain/domain';
import type { Dimension } from '../../../data/scoring/model';
import { currentLocale, translate } from '../app/i18n/i18n';
import { dimensionLabel, domainLabel } from '../app/i18n/domainLabels';

/** Intl formatters are slow to build: one per locale and options, kept. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

type Maybe = number | null | undefined;
const missing = (value: Maybe): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);

/** Rounded to `digits` first, so a value that rounds to zero never shows as "-0.0". */
function unsignedZero(value: number, digits: number): number {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return rounded === 0 ? 0 : value;
}

/** Up to `maxDigits` decimals (2 by default), grouped thousands: "1,234.5" / "1234,5" / "1 234,5". */
export function formatNumber(value: Maybe, maxDigits = 2): string {
  return missing(value) ? '' : numberFormat({ maximumFractionDigits: maxDigits }).format(unsignedZero(value, maxDigits));
}

/** Exactly `digits` decimals ("3.0", "0.400"), for scores, means and coefficients. */
export function formatFixed(value: Maybe, digits: number, grouping = true): string {
  return missing(value)
    ? ''
    : numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping }).format(unsignedZero(value, digits));
}

/** Mean score with one decimal; blank when nobody rated (never 0 for unrated). */
export function formatMeanScore(value: Maybe): string {
  return formatFixed(value, 1);
}

/** A count of things: a whole number with the locale's grouping. */
export function formatCount(value: Maybe): string {
  return missing(value) ? '' : numberFormat({ maximumFractionDigits: 0 }).format(value);
}

/** A share (0.126) as a percentage in the locale's way ("12.6%", "12,6 %"). */
export function formatShare(share: Maybe, digits = 1): string {
  return missing(share)
    ? ''
    : numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(unsignedZero(share, digits + 2));
}

/** A value already in percent (12.6) as a percentage. */
export function formatPercent(percent: Maybe, digits = 1): string {
  return missing(percent) ? '' : formatShare(percent / 100, digits);
}

/** A year or an id-like number: no thousands separator. */
export function formatPlain(value: Maybe): string {
  return missing(value) ? '' : String(value);
}

/** "12.3 KB", for telling the user which file they chose. */
export function formatFileSize(bytes: number): string {
  const t = translate('ui');
  if (bytes < 1024) return t('fileSize.bytes', { count: bytes, size: formatCount(bytes) });
  if (bytes < 1024 * 1024) return t('fileSize.kilobytes', { size: formatFixed(bytes / 1024, 1) });
  return t('fileSize.megabytes', { size: formatFixed(bytes / 1024 / 1024, 1) });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(withTime: boolean): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `${locale}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    dateFormats.set(key, format);
  }
  return format;
}

/** A moment, in one style everywhere: "4 Dec 2026, 18:29" / "4 dic 2026, 18:29". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(true).format(date);
}

/** A day, in the same style without the time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(false).format(date);
}

export const scopeLabel = (value: Scope | null): string => (value ? domainLabel('scope', value) : '');
export const practiceTypeLabel = (value: PracticeType | null): string => (value ? domainLabel('practiceType', value) : '');
export const deliveryModeLabel = (value: DeliveryMode | null): string => (value ? domainLabel('deliveryMode', value) : '');
export const digitalIssuanceLabel = (value: DigitalIssuance | null): string => (value ? domainLabel('digitalIssuance', value) : '');
export const technologyDomainsLabel = (values: readonly TechnologyDomain[]): string =>
  values.map((v) => domainLabel('technologyDomain', v)).join(', ');

/** The dimension's name from the store (translated while it is the default), or the default while dimensions are loading. */
export function dimensionName(id: DimensionId, dimensions: readonly Dimension[] | null): string {
  return dimensionLabel(id, dimensions?.find((d) => d.id === id)?.name);
}

export function confidenceLabel(level: Confidence): string {
  return translate('ui')(`confidence.${level}`);
}

/** "Spain (12)" for filter menus. */
export function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${formatCount(count)})`;
}
