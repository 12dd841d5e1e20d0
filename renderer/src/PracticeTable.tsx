/**
 * The practice table: TanStack Table v9 for columns, sorting state and visibility;
 * TanStack Virtual for rows. Rows come from the server page by page (`usePracticePages`);
 * the table model holds only the pages around the viewport, so 100,000 rows stay smooth.
 * Keyboard: arrows, Page Up/Down, Home/End move the selected row; Enter opens it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { functionalUpdate, useTable, type Header, type ReactTable, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PracticeFilter } from '../../data/contract';
import type { PracticeFacets } from '../../data/model';
import { features, type Features, type LoadedRow, type PracticeColumns } from './columns';
import { ColumnFilter } from './ColumnFilter';
import { ErrorMessage } from './ErrorMessage';
import { PAGE_SIZE, type PracticePages } from './usePracticePages';
import type { SortEntry, TableQuery } from './tableQuery';

const ROW_HEIGHT = 34;
const OVERSCAN = 16;

/** Where the table was when the user opened a practice, to come back to the same place. */
let savedView: { key: string; offset: number; selected: number; total: number } | null = null;

/** After the rows changed elsewhere (an import), the table starts at the top again. */
export function forgetTablePosition(): void {
  savedView = null;
}

interface Props {
  query: TableQuery;
  queryKey: string;
  pages: PracticePages;
  columns: PracticeColumns;
  hiddenColumns: string[];
  facets: PracticeFacets | null;
  filtered: boolean;
  onSortChange(sort: SortEntry[]): void;
  onFilterChange(filter: PracticeFilter): void;
  onClearFilters(): void;
  onOpen(id: string): void;
}

function SortMark({ dir, position }: { dir: false | 'asc' | 'desc'; position: number | null }) {
  if (!dir) return <span className="sort-mark sort-mark--none" aria-hidden="true">↕</span>;
  return (
    <span className="sort-mark" aria-hidden="true">
      {dir === 'asc' ? '▲' : '▼'}
      {position !== null ? <sub>{position}</sub> : null}
    </span>
  );
}

type Render = ReactTable<Features, LoadedRow>['FlexRender'];

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
          title={`Sort by ${meta.label} (Shift+click to add to the sort)`}
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

export function PracticeTable(props: Props) {
  const { query, queryKey, pages, columns, hiddenColumns, facets, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const restore = useRef(savedView && savedView.key === queryKey ? savedView : null).current;
  const [selected, setSelected] = useState(restore?.selected ?? 0);
  const [headerHeight, setHeaderHeight] = useState(72);
  // Until the first page answers, a restored view keeps its old row count so its scroll position exists.
  const total = pages.total ?? restore?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset: restore?.offset ?? 0,
    scrollPaddingStart: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Fetch what the viewport needs, a moment after scrolling settles on a range.
  const { ensureRange } = pages;
  useEffect(() => {
    const timer = setTimeout(() => ensureRange(first, Math.max(last, first + 60)), 30);
    return () => clearTimeout(timer);
  }, [first, last, ensureRange]);

  // A new filter or sort starts at the top.
  const previousKey = useRef(queryKey);
  useEffect(() => {
    if (previousKey.current === queryKey) return;
    previousKey.current = queryKey;
    virtualizer.scrollToOffset(0);
    setSelected(0);
  }, [queryKey, virtualizer]);

  // Remember the place when leaving the table.
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const totalRef = useRef(total);
  totalRef.current = total;
  // Refs are detached before unmount effects run, so the scroll position is tracked as it changes.
  const offsetRef = useRef(restore?.offset ?? 0);
  useEffect(
    () => () => {
      savedView = {
        key: previousKey.current,
        offset: offsetRef.current,
        selected: selectedRef.current,
        total: totalRef.current,
      };
    },
    [],
  );

  // Coming back to the table: keyboard focus returns to the row that was open.
  const tableRef = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    if (!restore) return;
    if (scrollRef.current && scrollRef.current.scrollTop !== restore.offset) scrollRef.current.scrollTop = restore.offset;
    tableRef.current?.focus({ preventScroll: true });
  }, [restore]);

  useLayoutEffect(() => {
    const height = theadRef.current?.offsetHeight;
    if (height && height !== headerHeight) setHeaderHeight(height);
  });

  // The table model holds the loaded pages around the viewport only.
  const firstPage = Math.floor(first / PAGE_SIZE);
  const lastPage = Math.floor(last / PAGE_SIZE);
  const { version, page } = pages;
  const data = useMemo(() => {
    const out: LoadedRow[] = [];
    for (let p = firstPage; p <= lastPage; p++) {
      page(p)?.forEach((row, i) => out.push({ index: p * PAGE_SIZE + i, row }));
    }
    return out;
    // `version` changes whenever a page arrives.
  }, [firstPage, lastPage, page, version]);

  const sorting = useMemo<SortingState>(() => {
    const bySortField = new Map(columns.flatMap((c) => (c.meta?.sortField && c.id ? [[c.meta.sortField, c.id] as const] : [])));
    return query.sort.flatMap((s) => {
      const id = bySortField.get(s.field);
      return id ? [{ id, desc: s.desc }] : [];
    });
  }, [columns, query.sort]);

  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => String(r.index),
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: 5,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting);
      const byId = new Map(columns.flatMap((c) => (c.meta?.sortField && c.id ? [[c.id, c.meta.sortField] as const] : [])));
      props.onSortChange(
        next.flatMap((s) => {
          const field = byId.get(s.id);
          return field ? [{ field, desc: s.desc }] : [];
        }),
      );
    },
  });

  const rowsByIndex = useMemo(() => {
    const map = new Map<number, Row<Features, LoadedRow>>();
    for (const row of table.getRowModel().rows) map.set(row.original.index, row);
    return map;
    // The row model follows `data` and visibility.
  }, [table, data, columnVisibility]);

  const visibleColumns = table.getVisibleLeafColumns();
  const width = table.getTotalSize();

  function move(to: number) {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, to));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const perPage = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - headerHeight) / ROW_HEIGHT) - 1);
    switch (event.key) {
      case 'ArrowDown':
        move(selected + 1);
        break;
      case 'ArrowUp':
        move(selected - 1);
        break;
      case 'PageDown':
        move(selected + perPage);
        break;
      case 'PageUp':
        move(selected - perPage);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(total - 1);
        break;
      case 'Enter': {
        const row = pages.rowAt(selected);
        if (row) onOpen(row.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  const selectedRendered = items.some((i) => i.index === selected) && rowsByIndex.has(selected);
  const empty = pages.total === 0;
  const Render = table.FlexRender;

  return (
    <div
      className="table-scroll"
      ref={scrollRef}
      onScroll={(e) => {
        offsetRef.current = e.currentTarget.scrollTop;
      }}
    >
      <table
        ref={tableRef}
        className="practice-table"
        role="grid"
        aria-label="Practices"
        aria-rowcount={total + 2}
        aria-colcount={visibleColumns.length}
        aria-activedescendant={selectedRendered ? `practice-row-${selected}` : undefined}
        aria-busy={pages.loading || undefined}
        tabIndex={0}
        style={{ width }}
        onKeyDown={onKeyDown}
      >
        <thead ref={theadRef}>
          {table.getHeaderGroups().map((group) => (
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
                  {meta ? (
                    <ColumnFilter spec={meta.filter} label={meta.label} filter={query.filter} facets={facets} onChange={props.onFilterChange} />
                  ) : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowsByIndex.get(item.index);
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width };
            if (!row) {
              return (
                <tr key={item.key} role="row" className="body-row body-row--placeholder" aria-rowindex={item.index + 3} aria-busy="true" style={style}>
                  <td role="gridcell" style={{ width }}>
                    <span className="skeleton">Loading…</span>
                  </td>
                </tr>
              );
            }
            const isSelected = item.index === selected;
            return (
              <tr
                key={item.key}
                id={`practice-row-${item.index}`}
                role="row"
                data-practice-id={row.original.row.id}
                aria-rowindex={item.index + 3}
                aria-selected={isSelected}
                className={`body-row${isSelected ? ' is-selected' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                style={style}
                onClick={() => {
                  setSelected(item.index);
                  onOpen(row.original.row.id);
                }}
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
          })}
        </tbody>
      </table>
      {pages.error ? (
        <div className="table-message">
          <ErrorMessage error={pages.error} title="Could not load practices" onRetry={pages.reload} />
        </div>
      ) : empty ? (
        <div className="table-message">
          {props.filtered ? (
            <p>
              No practices match these filters.{' '}
              <button type="button" className="link-button" onClick={props.onClearFilters}>
                Clear filters
              </button>
            </p>
          ) : (
            <p>
              No practices yet. <a href="#/new">Add the first practice</a>.
            </p>
          )}
        </div>
      ) : pages.total === null ? (
        <div className="table-message" aria-busy="true">
          <p className="loading-indicator">Loading practices…</p>
        </div>
      ) : null}
    </div>
  );
}
