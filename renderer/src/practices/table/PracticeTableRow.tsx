/**
 * One body row of the practice table, and its placeholder while the row's page is loading.
 * Rows have a fixed height and are placed by the virtualiser; both components are memoised so
 * that a scroll step renders only the rows coming into view, and an arriving page only its rows.
 *
 * Rows are placed with a transform, which makes each a stacking context: with the sticky first
 * cell, Chromium gives each row two compositing layers (the row, its first cell), rastered once.
 * Placed with `top` instead, the rows would share the scrolling layer, which is then repainted and
 * rastered again as rows come and go: measured, that costs more than the layers.
 */
import { memo } from 'react';
import type { Column, Row } from '@tanstack/react-table';
import type { Features, LoadedRow } from './practiceColumns';
import type { Render } from './PracticeTableHead';
import { translate } from '../../app/i18n/i18n';

/** Must match `--row` in styles/base.css. */
export const ROW_HEIGHT = 34;

interface RowProps {
  row: Row<Features, LoadedRow>;
  /** Offset from the top of the body, in px. */
  start: number;
  width: number;
  selected: boolean;
  /** The visible columns: a new array whenever the choice of columns changes. */
  columns: Column<Features, LoadedRow, unknown>[];
  Render: Render;
  onActivate(index: number, id: string): void;
}

function BodyRowView({ row, start, width, selected, Render, onActivate }: RowProps) {
  const { index, row: practice } = row.original;
  return (
    <tr
      id={`practice-row-${index}`}
      role="row"
      data-practice-id={practice.id}
      aria-rowindex={index + 3}
      aria-selected={selected}
      className={`body-row${selected ? ' is-selected' : ''}${index % 2 ? ' is-odd' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT, width }}
      onClick={() => onActivate(index, practice.id)}
    >
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          role="gridcell"
          className={cell.column.columnDef.meta?.align === 'end' ? 'td is-end' : 'td'}
          style={{ width: cell.column.getSize() }}
        >
          <Render cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/**
 * The table builds new Row objects whenever its data changes (a page arrives, the window of
 * pages moves), but what a row shows depends only on the practice and the visible columns: the
 * practice objects stay the same while their page stays cached, so rows compare on those.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row.original.row === b.row.original.row &&
    a.row.original.index === b.row.original.index &&
    a.start === b.start &&
    a.width === b.width &&
    a.selected === b.selected &&
    a.columns === b.columns &&
    a.Render === b.Render &&
    a.onActivate === b.onActivate
  );
}

export const BodyRow = memo(BodyRowView, sameRow);

export const PlaceholderRow = memo(function PlaceholderRow({ index, start, width }: { index: number; start: number; width: number }) {
  return (
    <tr
      role="row"
      className="body-row body-row--placeholder"
      aria-rowindex={index + 3}
      aria-busy="true"
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT, width }}
    >
      <td role="gridcell" style={{ width }}>
        <span className="skeleton">{translate('practices')('table.loadingRow')}</span>
      </td>
    </tr>
  );
});
