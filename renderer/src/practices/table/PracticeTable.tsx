/**
 * The practice table: TanStack Table v9 for columns, sorting state and visibility;
 * TanStack Virtual for rows. Rows come from the server page by page (`usePracticePages`);
 * the table model holds only the pages around the viewport, so 100,000 rows stay smooth.
 * Each scroll step renders this component again (synchronously, in the scroll event): the header
 * and the rows are memoised, so only rows coming into view are built, a few per frame at most.
 * Keyboard: arrows, Page Up/Down, Home/End move the selected row; Enter opens it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { functionalUpdate, useTable, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PracticeFilter } from '../../../../data/contract/contract';
import type { PracticeFacets } from '../../../../data/practices/model';
import { features, type Features, type LoadedRow, type PracticeColumns } from './practiceColumns';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PracticeTableHead } from './PracticeTableHead';
import { BodyRow, PlaceholderRow, ROW_HEIGHT } from './PracticeTableRow';
import { PAGE_SIZE, type PracticePages } from './usePracticePages';
import { useRowSlots } from './useRowSlots';
import type { SortEntry, TableQuery } from '../../filter/filterQuery';
import { useNavigation } from '../../app/navigation';
import { useTranslation } from 'react-i18next';

/** Rows rendered beyond each edge of the viewport: every row costs style, layout and two compositing layers. */
const OVERSCAN = 8;
/**
 * Rows newly mounted per frame. A fast wheel brings in about three a frame; a jump or an arriving
 * page brings in every row in view at once, which would take several frames' time in one.
 */
const ROWS_PER_FRAME = 6;

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

export function PracticeTable(props: Props) {
  const { t } = useTranslation('practices');
  const { query, queryKey, pages, columns, hiddenColumns, facets, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  // Where the table was when the user opened a practice, to come back to the same place.
  const { tablePosition } = useNavigation();
  const restore = useRef(tablePosition.savedFor(queryKey)).current;
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
    () => () =>
      tablePosition.save({
        key: previousKey.current,
        offset: offsetRef.current,
        selected: selectedRef.current,
        total: totalRef.current,
      }),
    [tablePosition],
  );

  // Coming back to the table: keyboard focus returns to the row that was open.
  const tableRef = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    if (!restore) return;
    if (scrollRef.current && scrollRef.current.scrollTop !== restore.offset) scrollRef.current.scrollTop = restore.offset;
    tableRef.current?.focus({ preventScroll: true });
  }, [restore]);

  // Measured once and then observed: reading offsetHeight after every render would force a
  // layout of the whole table in the middle of each scroll step.
  useLayoutEffect(() => {
    const head = theadRef.current;
    if (!head) return;
    const measure = (height: number) => {
      if (height > 0) setHeaderHeight(height);
    };
    measure(head.offsetHeight);
    const observer = new ResizeObserver(([entry]) => measure(entry?.borderBoxSize[0]?.blockSize ?? 0));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

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

  // `table` is a new object on every render (a scroll step) although its row model only
  // follows `data` and visibility.
  const { getRowModel } = table;
  const rowsByIndex = useMemo(() => {
    const map = new Map<number, Row<Features, LoadedRow>>();
    for (const row of getRowModel().rows) map.set(row.original.index, row);
    return map;
  }, [getRowModel, data, columnVisibility]);

  const visibleColumns = table.getVisibleLeafColumns();
  const width = table.getTotalSize();

  const onActivate = useCallback(
    (index: number, id: string) => {
      setSelected(index);
      onOpen(id);
    },
    [onOpen],
  );

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

  const slots = useRowSlots(items, rowsByIndex, virtualizer.range, ROWS_PER_FRAME);
  const selectedRendered = slots.some((slot) => slot.item.index === selected && slot.row !== undefined);
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
        aria-label={t('table.label')}
        aria-rowcount={total + 2}
        aria-colcount={visibleColumns.length}
        aria-activedescendant={selectedRendered ? `practice-row-${selected}` : undefined}
        aria-busy={pages.loading || undefined}
        tabIndex={0}
        style={{ width }}
        onKeyDown={onKeyDown}
      >
        <PracticeTableHead
          headRef={theadRef}
          headerGroups={table.getHeaderGroups()}
          visibleColumns={visibleColumns}
          sorting={sorting}
          filter={query.filter}
          facets={facets}
          onFilterChange={props.onFilterChange}
          Render={Render}
        />
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {slots.map(({ item, row, placeholder }) =>
            row ? (
              <BodyRow
                key={item.key}
                row={row}
                start={item.start}
                width={width}
                selected={item.index === selected}
                columns={visibleColumns}
                Render={Render}
                onActivate={onActivate}
              />
            ) : placeholder ? (
              <PlaceholderRow key={item.key} index={item.index} start={item.start} width={width} />
            ) : null,
          )}
        </tbody>
      </table>
      {pages.error ? (
        <div className="table-message">
          <ErrorMessage error={pages.error} title={t('table.loadFailed')} onRetry={pages.reload} />
        </div>
      ) : empty ? (
        <div className="table-message">
          {props.filtered ? (
            <>
              <p>
                <strong>{t('table.noMatch')}</strong>
              </p>
              <p>
                {props.query.filter.rated
                  ? t('table.noneRated')
                  : t('table.widen')}{' '}
                <button type="button" className="link-button" onClick={props.onClearFilters}>
                  {t('table.clearAll')}
                </button>
              </p>
            </>
          ) : (
            <>
              <p>
                <strong>{t('table.empty')}</strong>
              </p>
              <p>
                <a href="#/new">{t('table.addFirst')}</a> {t('table.or')} <a href="#/import">{t('table.importFile')}</a> {t('table.thenScore')}
              </p>
            </>
          )}
        </div>
      ) : pages.total === null ? (
        <div className="table-message" aria-busy="true">
          <p className="loading-indicator">{t('table.loading')}</p>
        </div>
      ) : null}
    </div>
  );
}
