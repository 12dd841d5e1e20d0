/**
 * The comparison table on screen: practices x the chosen dimensions, each cell the narrative,
 * the score (one decimal, blank when nobody rated) or both; group header rows when grouped.
 * Rows can be picked (filtered list) or moved and removed (hand-picked list).
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareCell, CompareRow, CompareTable as Table, GroupKey } from '../../../../data/analysis/model';
import type { DimensionId } from '../../../../data/domain/domain';
import type { CompareExtraColumn } from '../../../../data/analysis/schemas';
import { mandatoryStatus, SELECTION_CRITERIA_COUNT } from '../../../../data/analysis/schemas';
import type { EuElementId } from '../../../../data/domain/euElements';
import { extraColumnLabel, extraColumnValue, groupFieldLabel, groupLabel } from '../analysisLabels';
import { formatCount, formatMeanScore, formatNumber, formatPlain } from '../../ui/format';
import { countryLabel } from '../../app/i18n/domainLabels';
import type { CellContent } from './compareQuery';
import { practiceHref } from '../../app/useHashRoute';

interface Props {
  table: Table;
  cells: CellContent;
  dimensions: DimensionId[];
  extras: CompareExtraColumn[];
  nameOf(id: DimensionId): string;
  /** Filtered list: checkboxes to pick rows. Hand-picked list: move and remove. */
  mode: 'filtered' | 'picked';
  /** Hand-picked rows can be moved while they are shown in picked order and not grouped. */
  canMove: boolean;
  picked: readonly string[];
  onPick(id: string, on: boolean): void;
  onMove(id: string, by: -1 | 1): void;
  onRemove(id: string): void;
}

function ScoreBadge({ cell }: { cell: CompareCell }) {
  const { t } = useTranslation('analysis');
  if (cell.score === null) return <span className="visually-hidden">{t('compare.notRated')}</span>;
  const level = Math.max(0, Math.min(4, Math.round(cell.score)));
  return (
    <span className={`score score--${level}`} title={t('compare.meanOf', { count: cell.raters, n: formatCount(cell.raters) })}>
      {formatMeanScore(cell.score)}
    </span>
  );
}

function Cell({ cell, cells, dimension }: { cell: CompareCell; cells: CellContent; dimension: DimensionId }) {
  return (
    <td className={`compare-cell compare-cell--${cells}`} data-dimension={dimension}>
      {cells !== 'narrative' ? <ScoreBadge cell={cell} /> : null}
      {cells !== 'score' && cell.narrative ? <p className="prose compare-cell__narrative">{cell.narrative}</p> : null}
    </td>
  );
}

/** An EU element's status (with its note on hover), a criterion, the criteria count or the shortlist. */
function ExtraCell({ row, column }: { row: CompareRow; column: CompareExtraColumn }) {
  const { t } = useTranslation('analysis');
  const value = extraColumnValue(row, column);
  const note = column.startsWith('eu.') ? row.elements[column.slice(3) as EuElementId]?.note : null;
  const status = column === 'euMandatory' ? mandatoryStatus(row) : column.startsWith('eu.') ? (row.elements[column.slice(3) as EuElementId]?.status ?? 'unknown') : null;
  return (
    <td className={`compare-cell compare-cell--extra${status ? ` element-status element-status--${status}` : ''}`} data-extra={column} title={note ?? undefined}>
      {column === 'criteriaMet' ? t('compare.criteriaMet', { value: formatCount(Number(value)), total: formatCount(SELECTION_CRITERIA_COUNT) }) : value}
    </td>
  );
}

const ROWS_PER_STEP = 500;

function groupId(key: GroupKey | null): string {
  return `${key?.value ?? '\u0000none'}\u0000${key?.label ?? ''}`;
}

function groupsOf(rows: CompareRow[]): { key: GroupKey | null; rows: CompareRow[] }[] {
  const out: { key: GroupKey | null; rows: CompareRow[] }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && (last.key?.value ?? null) === (row.group?.value ?? null) && (last.key?.label ?? '') === (row.group?.label ?? '')) last.rows.push(row);
    else out.push({ key: row.group, rows: [row] });
  }
  return out;
}

export function CompareTable({ table, cells, dimensions, extras, nameOf, mode, canMove, picked, onPick, onMove, onRemove }: Props) {
  const { t } = useTranslation('analysis');
  const grouped = table.groupBy !== null;
  const columnCount = 3 + dimensions.length + extras.length;
  const targetOf = (id: DimensionId) => table.dimensions.find((d) => d.id === id)?.target;
  const ids = mode === 'picked' ? table.rows.map((r) => r.id) : [];
  // Thousands of rows with narratives take long to lay out; show them in steps (exports hold all).
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  const shown = table.rows.slice(0, limit);
  const groupSizes = new Map<string, number>();
  for (const row of table.rows) groupSizes.set(groupId(row.group), (groupSizes.get(groupId(row.group)) ?? 0) + 1);

  return (
    <div className="compare-scroll">
      <table className={`compare-table compare-table--${cells}`}>
        <caption className="visually-hidden">
          {t('compare.caption', { count: table.practices, n: formatCount(table.practices) })}
          {grouped && table.groupBy ? t('compare.captionGrouped', { field: groupFieldLabel(table.groupBy).toLowerCase() }) : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="compare-table__pick">
              <span className="visually-hidden">{mode === 'picked' ? t('compare.orderColumn') : t('compare.pickColumn')}</span>
            </th>
            <th scope="col" className="compare-table__practice">
              {t('compare.practice')}
            </th>
            <th scope="col" className="compare-table__country">
              {t('compare.country')}
            </th>
            {dimensions.map((d) => (
              <th key={d} scope="col" data-dimension={d}>
                {nameOf(d)}
                {targetOf(d) !== undefined ? <span className="compare-table__target">{t('compare.target', { value: formatNumber(targetOf(d)) })}</span> : null}
              </th>
            ))}
            {extras.map((c) => (
              <th key={c} scope="col" className="compare-table__extra" data-extra={c}>
                {extraColumnLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groupsOf(shown).map((group, groupIndex) => (
            <Fragment key={`${group.key?.value ?? 'none'}:${groupIndex}`}>
              {grouped ? (
                <tr className="compare-table__group">
                  <th scope="colgroup" colSpan={columnCount}>
                    {groupLabel(group.key, table.groupBy)}{' '}
                    <span className="muted">{t('compare.groupSize', { count: groupSizes.get(groupId(group.key)) ?? 0, n: formatCount(groupSizes.get(groupId(group.key))) })}</span>
                  </th>
                </tr>
              ) : null}
              {group.rows.map((row) => {
                const index = ids.indexOf(row.id);
                return (
                  <tr key={`${row.id}:${group.key?.value ?? ''}`} data-practice-id={row.id}>
                    <td className="compare-table__pick">
                      {mode === 'filtered' ? (
                        <input
                          type="checkbox"
                          aria-label={t('compare.pickRow', { name: row.name })}
                          checked={picked.includes(row.id)}
                          onChange={(e) => onPick(row.id, e.target.checked)}
                        />
                      ) : (
                        <span className="row-moves">
                          <button type="button" className="icon-button" aria-label={t('compare.moveUp', { name: row.name })} disabled={!canMove || index <= 0} onClick={() => onMove(row.id, -1)}>
                            ↑
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            aria-label={t('compare.moveDown', { name: row.name })}
                            disabled={!canMove || index === ids.length - 1}
                            onClick={() => onMove(row.id, 1)}
                          >
                            ↓
                          </button>
                          <button type="button" className="icon-button" aria-label={t('compare.remove', { name: row.name })} onClick={() => onRemove(row.id)}>
                            ×
                          </button>
                        </span>
                      )}
                    </td>
                    <th scope="row" className="compare-table__practice">
                      <a href={practiceHref(row.id)}>{row.name}</a>
                      <span className="compare-table__meta muted small">
                        {[row.practiceNumber !== null ? t('compare.practiceNumber', { number: formatPlain(row.practiceNumber) }) : null, row.code].filter(Boolean).join(' · ')}
                      </span>
                    </th>
                    <td className="compare-table__country">{countryLabel(row.country)}</td>
                    {dimensions.map((d) => (
                      <Cell key={d} cell={row.cells[d]} cells={cells} dimension={d} />
                    ))}
                    {extras.map((c) => (
                      <ExtraCell key={c} row={row} column={c} />
                    ))}
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
      {table.rows.length > shown.length ? (
        <p className="compare-more">
          {t('compare.showing', { shown: formatCount(shown.length), total: formatCount(table.rows.length) })}{' '}
          <button type="button" className="button button--small" onClick={() => setLimit((l) => l + ROWS_PER_STEP)}>
            {t('compare.showMore', { n: formatCount(Math.min(ROWS_PER_STEP, table.rows.length - shown.length)) })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
