/** The statistics table as tab-separated text (clipboard), the same cells as on screen. */
import type { StatsRow, StatsTable } from '../../../../data/analysis/model';
import type { Dimension } from '../../../../data/scoring/model';
import { groupFieldLabel, groupLabel, measureLabel, overallLabel } from '../analysisLabels';
import { toTsv } from '../../ui/clipboard';
import { translate } from '../../app/i18n/i18n';
import { formatCount, formatShare, formatStat, SUMMARY_KEYS, summaryLabel } from './statsFormat';

export function statsTsv(table: StatsTable, dimensions: readonly Dimension[]): string {
  const t = translate('analysis');
  const groupHeads = table.groupBy.length === 0 ? [t('stats.group')] : table.groupBy.map(groupFieldLabel);
  const header = [
    ...groupHeads,
    t('stats.count'),
    t('stats.share'),
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => `${measureLabel(m, dimensions)} ${summaryLabel(k)}`)),
  ];
  const line = (groups: string[], row: StatsRow) => [
    ...groups,
    formatCount(row.count),
    formatShare(row.share),
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => formatStat(row.measures[m]?.[k], m, k))),
  ];
  // "All filtered practices" when a filter chose them (the operation names the summary row).
  const all = overallLabel(table.overallLabel);
  const rows = table.rows.map((row) => line(table.groupBy.length === 0 ? [all] : table.groupBy.map((field, i) => groupLabel(row.groups[i], field)), row));
  if (table.groupBy.length > 0) rows.push(line(table.groupBy.map((_, i) => (i === 0 ? all : '')), table.overall));
  return toTsv([header, ...rows]);
}
