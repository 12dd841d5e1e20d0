/**
 * The comparison as tab-separated text for the clipboard's plain-text flavour, with the same
 * columns as the export (group, practice, country, then per dimension narrative and/or score).
 */
import type { CompareTable } from '../../../../data/analysis/model';
import type { CompareExtraColumn } from '../../../../data/analysis/schemas';
import type { DimensionId } from '../../../../data/domain/domain';
import { extraColumnLabel, extraColumnValue, groupFieldLabel, groupLabel } from '../analysisLabels';
import { toTsv } from '../../ui/clipboard';
import { formatFixed } from '../../ui/format';
import { translate } from '../../app/i18n/i18n';
import { countryLabel } from '../../app/i18n/domainLabels';
import type { CellContent } from './compareQuery';

/** One decimal in the interface's decimal mark, so Excel reads a number; blank when not rated. */
function scoreText(score: number | null): string {
  return score === null ? '' : formatFixed(score, 1, false);
}

export function compareTsv(table: CompareTable, cells: CellContent, dimensions: DimensionId[], nameOf: (id: DimensionId) => string, extras: CompareExtraColumn[] = []): string {
  const t = translate('analysis');
  const grouped = table.groupBy !== null;
  const scoreHead = (d: DimensionId) => t('compare.dimensionScore', { dimension: nameOf(d) });
  const header = [
    ...(grouped && table.groupBy ? [groupFieldLabel(table.groupBy)] : []),
    t('compare.practice'),
    t('compare.country'),
    ...dimensions.flatMap((d) => (cells === 'narrative' ? [nameOf(d)] : cells === 'score' ? [scoreHead(d)] : [nameOf(d), scoreHead(d)])),
    ...extras.map(extraColumnLabel),
  ];
  const rows = table.rows.map((row) => [
    ...(grouped ? [groupLabel(row.group, table.groupBy)] : []),
    row.name,
    countryLabel(row.country),
    ...dimensions.flatMap((d) => {
      const cell = row.cells[d];
      const narrative = cell.narrative ?? '';
      return cells === 'narrative' ? [narrative] : cells === 'score' ? [scoreText(cell.score)] : [narrative, scoreText(cell.score)];
    }),
    ...extras.map((c) => String(extraColumnValue(row, c))),
  ]);
  return toTsv([header, ...rows]);
}
