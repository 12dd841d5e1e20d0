/**
 * The comparison as tab-separated text for the clipboard's plain-text flavour, with the same
 * columns as the export (group, practice, country, then per dimension narrative and/or score).
 */
import type { CompareTable } from '../../../../data/analysis/model';
import type { CompareExtraColumn } from '../../../../data/analysis/schemas';
import { compareExtraLabel, compareExtraValue } from '../../../../data/analysis/schemas';
import type { DimensionId } from '../../../../data/domain/domain';
import { GROUP_FIELD_LABELS, groupLabel } from '../analysisLabels';
import { toTsv } from '../../ui/clipboard';
import type { CellContent } from './compareQuery';

const scoreFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** One decimal in the user's own decimal mark, so Excel reads a number; blank when not rated. */
function scoreText(score: number | null): string {
  return score === null ? '' : scoreFormat.format(score);
}

export function compareTsv(table: CompareTable, cells: CellContent, dimensions: DimensionId[], nameOf: (id: DimensionId) => string, extras: CompareExtraColumn[] = []): string {
  const grouped = table.groupBy !== null;
  const header = [
    ...(grouped && table.groupBy ? [GROUP_FIELD_LABELS[table.groupBy]] : []),
    'Practice',
    'Country',
    ...dimensions.flatMap((d) => (cells === 'narrative' ? [nameOf(d)] : cells === 'score' ? [`${nameOf(d)} score`] : [nameOf(d), `${nameOf(d)} score`])),
    ...extras.map(compareExtraLabel),
  ];
  const rows = table.rows.map((row) => [
    ...(grouped ? [groupLabel(row.group)] : []),
    row.name,
    row.country,
    ...dimensions.flatMap((d) => {
      const cell = row.cells[d];
      const narrative = cell.narrative ?? '';
      return cells === 'narrative' ? [narrative] : cells === 'score' ? [scoreText(cell.score)] : [narrative, scoreText(cell.score)];
    }),
    ...extras.map((c) => String(compareExtraValue(row, c))),
  ]);
  return toTsv([header, ...rows]);
}
