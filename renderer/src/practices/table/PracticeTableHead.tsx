/**
 * The practice table's header: a row of sortable column titles and a row of column filters.
 * Memoised: scrolling re-renders the table on every step, and the filters (enum menus with
 * every option and its count) would otherwise be rebuilt each time.
 */
import { memo, type RefObject } from 'react';
import type { Column, Header, HeaderGroup, ReactTable, SortingState } from '@tanstack/react-table';
import type { PracticeFilter } from '../../../../data/contract/contract';
import type { PracticeFacets } from '../../../../data/practices/model';
import type { Features, LoadedRow } from './practiceColumns';
import { ColumnFilter } from '../../filter/ColumnFilter';
import { translate } from '../../app/i18n/i18n';

export type Render = ReactTable<Features, LoadedRow>['FlexRender'];

function SortMark({ dir, position }: { dir: false | 'asc' | 'desc'; position: number | null }) {
  if (!dir) return <span className="sort-mark sort-mark--none" aria-hidden="true">↕</span>;
  return (
    <span className="sort-mark" aria-hidden="true">
      {dir === 'asc' ? '▲' : '▼'}
      {position !== null ? <sub>{position}</sub> : null}
    </span>
  );
}

function HeaderCell({ header, sortCount, Render }: { header: Header<Features, LoadedRow, unknown>; sortCount: number; Render: Render }) {
  const column = header.column;
  const meta = column.columnDef.meta;
  const dir = column.getIsSorted();
  const align = meta?.align === 'end' ? ' is-end' : '';
  return (
    <th
      role="columnheader"
      className={`th${align}`}
      style={{ width: header.getSize() }}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
      title={meta?.label}
    >
      {column.getCanSort() && meta?.sortField ? (
        <button
          type="button"
          className="sort-button"
          onClick={column.getToggleSortingHandler()}
          title={translate('practices')('table.sortBy', { label: meta.label })}
        >
          <span className="sort-button__label">
            <Render header={header} />
          </span>
          <SortMark dir={dir} position={sortCount > 1 && dir ? column.getSortIndex() + 1 : null} />
        </button>
      ) : (
        <span className="th__label">
          <Render header={header} />
        </span>
      )}
    </th>
  );
}

interface Props {
  headRef: RefObject<HTMLTableSectionElement | null>;
  /** From the table; a new array whenever the columns or their visibility change. */
  headerGroups: HeaderGroup<Features, LoadedRow>[];
  visibleColumns: Column<Features, LoadedRow, unknown>[];
  /** Read by the cells through the table; passed so that a new sort renders them again. */
  sorting: SortingState;
  filter: PracticeFilter;
  facets: PracticeFacets | null;
  onFilterChange(filter: PracticeFilter): void;
  Render: Render;
}

export const PracticeTableHead = memo(function PracticeTableHead(props: Props) {
  const { headerGroups, visibleColumns, sorting, filter, facets, onFilterChange, Render } = props;
  return (
    <thead ref={props.headRef}>
      {headerGroups.map((group) => (
        <tr key={group.id} role="row" className="header-row" aria-rowindex={1}>
          {group.headers.map((header) => (
            <HeaderCell key={header.id} header={header} sortCount={sorting.length} Render={Render} />
          ))}
        </tr>
      ))}
      <tr role="row" className="filter-row" aria-rowindex={2}>
        {visibleColumns.map((column) => {
          const meta = column.columnDef.meta;
          return (
            <th key={column.id} role="columnheader" className="filter-cell" style={{ width: column.getSize() }}>
              {meta ? <ColumnFilter spec={meta.filter} label={meta.label} filter={filter} facets={facets} onChange={onFilterChange} /> : null}
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
