/** The statistics table as tab-separated text (clipboard), the same cells as on screen. */
import type { StatsRow, StatsTable } from '../../../../data/analysis/model';
import type { Dimension } from '../../../../data/scoring/model';
import { GROUP_FIELD_LABELS, groupLabel, measureLabel } from '../analysisLabels';
import { toTsv } from '../../ui/clipboard';
import { formatCount, formatShare, formatStat, SUMMARY_KEYS, SUMMARY_LABELS } from './statsFormat';

export function statsTsv(table: StatsTable, dimensions: readonly Dimension[]): string {
  const groupHeads = table.groupBy.length === 0 ? ['Group'] : table.groupBy.map((g) => GROUP_FIELD_LABELS[g]);
  const header = [
    ...groupHeads,
    'Count',
    'Share',
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => `${measureLabel(m, dimensions)} ${SUMMARY_LABELS[k]}`)),
  ];
  const line = (groups: string[], row: StatsRow) => [
    ...groups,
    formatCount(row.count),
    formatShare(row.share),
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => formatStat(row.measures[m]?.[k], m, k))),
  ];
  // "All filtered practices" when a filter chose them (the operation names the summary row).
  const rows = table.rows.map((row) => line(table.groupBy.length === 0 ? [table.overallLabel] : table.groupBy.map((_, i) => groupLabel(row.groups[i])), row));
  if (table.groupBy.length > 0) rows.push(line(table.groupBy.map((_, i) => (i === 0 ? table.overallLabel : '')), table.overall));
  return toTsv([header, ...rows]);
}
