/** Numbers in the statistics table: decimals that suit each field, "—" where there is no value (never 0). */
import type { MeasureField } from '../../../../data/analysis/schemas';

export { SUMMARY_KEYS, type SummaryKey } from '../../../../data/analysis/schemas';
import type { SummaryKey } from '../../../../data/analysis/schemas';

export const SUMMARY_LABELS: Record<SummaryKey, string> = {
  n: 'n',
  missing: 'Missing',
  mean: 'Mean',
  median: 'Median',
  min: 'Min',
  max: 'Max',
  q1: 'Q1',
  q3: 'Q3',
};

export const SUMMARY_TITLES: Record<SummaryKey, string> = {
  n: 'Practices with a value',
  missing: 'Practices without a value (not counted as 0)',
  mean: 'Mean',
  median: 'Median',
  min: 'Smallest value',
  max: 'Largest value',
  q1: 'First quartile (25%, linear interpolation)',
  q3: 'Third quartile (75%, linear interpolation)',
};

export const NO_VALUE = '—';

/** The few number formats a statistic needs (0-2 decimals, with or without grouping), made once: building one per cell is slow. */
const FORMATS = [0, 1, 2].map((digits) => ({
  grouped: new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, useGrouping: true }),
  plain: new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, useGrouping: false }),
}));
function numberFormat(digits: 0 | 1 | 2, grouping: boolean): Intl.NumberFormat {
  const formats = FORMATS[digits] as (typeof FORMATS)[number];
  return grouping ? formats.grouped : formats.plain;
}

export function formatStat(value: number | null | undefined, measure: MeasureField, key: SummaryKey): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  if (key === 'n' || key === 'missing') return numberFormat(0, true).format(value);
  const score = measure.startsWith('score.');
  const year = measure === 'releaseYear';
  return numberFormat(score ? 2 : 1, !year).format(value);
}

const shareFormat = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatShare(share: number): string {
  return Number.isFinite(share) ? shareFormat.format(share) : NO_VALUE;
}

export function formatCount(count: number): string {
  return numberFormat(0, true).format(count);
}
