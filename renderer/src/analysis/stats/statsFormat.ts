/** Numbers in the statistics table, in the interface's locale: decimals that suit each field, "—" where there is no value (never 0). */
import type { MeasureField } from '../../../../data/analysis/schemas';
import { formatCount as formatWhole, formatFixed, formatNumber, formatShare as formatPercentShare } from '../../ui/format';
import { translate } from '../../app/i18n/i18n';

export { SUMMARY_KEYS, type SummaryKey } from '../../../../data/analysis/schemas';
import type { SummaryKey } from '../../../../data/analysis/schemas';

const t = translate('analysis');

/** A summary's column heading ("n", "Mean", "Q1"). */
export const summaryLabel = (key: SummaryKey): string => t(`stats.${key}`);

/** What a summary's column holds, for its heading's tooltip. */
export const summaryTitle = (key: SummaryKey): string => t(`stats.${key}Title`);

export const NO_VALUE = '—';

export function formatStat(value: number | null | undefined, measure: MeasureField, key: SummaryKey): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  if (key === 'n' || key === 'missing') return formatWhole(value);
  if (measure === 'releaseYear') {
    // A year never takes a thousands separator; a mean year keeps one decimal.
    const rounded = Math.round(value * 10) / 10;
    return formatFixed(rounded, Number.isInteger(rounded) ? 0 : 1, false);
  }
  return formatNumber(value, measure.startsWith('score.') ? 2 : 1);
}

export function formatShare(share: number): string {
  return Number.isFinite(share) ? formatPercentShare(share, 1) : NO_VALUE;
}

export function formatCount(count: number): string {
  return formatWhole(count);
}
