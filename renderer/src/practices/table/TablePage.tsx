/** The practice table screen: toolbar + table, with search, filters and sort kept in the hash. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../app/apiClient';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { useSession } from '../../app/session';
import { buildColumns, COMPACT_HIDDEN_COLUMNS } from './practiceColumns';
import { dimensionName } from '../../ui/format';
import { PracticeTable } from './PracticeTable';
import { TableToolbar } from './TableToolbar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { usePracticePages } from './usePracticePages';
import { useSearchShortcut } from '../../app/useSearchShortcut';
import { useFacets } from '../../filter/useFacets';
import { countActiveFilters, parseTableQuery, tableQueryToString, type SortEntry, type TableQuery } from '../../filter/filterQuery';
import { navigate, practiceHref, tableHref } from '../../app/useHashRoute';
import { useTranslation } from 'react-i18next';


export function TablePage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('practices');
  const session = useSession();
  const queryString = params.toString();
  const query = useMemo(() => parseTableQuery(new URLSearchParams(queryString)), [queryString]);
  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  // The score columns depend on the viewer (blind mode): their pages are fetched again when it changes.
  const pages = usePracticePages(query, `${queryKey}|${session.viewerKey}`);
  const searchRef = useRef<HTMLInputElement>(null);
  const { facets, error: facetError } = useFacets();
  const [columnProblem, setColumnProblem] = useState<string | null>(null);
  const [parentName, setParentName] = useState<string | null>(null);

  const parentId = query.filter.parentId;
  useEffect(() => {
    setParentName(null);
    if (!parentId) return;
    let live = true;
    void call('practices.get', { id: parentId }).then((result) => {
      if (live && result.ok) setParentName(result.value.practice.name);
    });
    return () => {
      live = false;
    };
  }, [parentId]);

  // Ctrl+F or / jumps to the search box.
  useSearchShortcut(searchRef);

  const dimensionNames = useMemo(
    () => Object.fromEntries(DIMENSION_IDS.map((d) => [d, dimensionName(d, session.dimensions)])) as Record<DimensionId, string>,
    [session.dimensions],
  );
  const columns = useMemo(() => buildColumns(dimensionNames), [dimensionNames]);
  const columnChoices = useMemo(
    () =>
      columns.map((c) => ({
        id: c.id ?? '',
        label: c.meta?.label ?? c.id ?? '',
        canHide: c.enableHiding !== false,
      })),
    [columns],
  );
  const knownIds = useMemo(() => new Set(columnChoices.map((c) => c.id)), [columnChoices]);
  const storedHidden = session.preferences.hiddenColumns ?? COMPACT_HIDDEN_COLUMNS;
  const hiddenColumns = useMemo(() => storedHidden.filter((id) => knownIds.has(id)), [storedHidden, knownIds]);

  const update = useCallback((next: TableQuery) => {
    navigate(tableHref(tableQueryToString(next)), { replace: true });
  }, []);
  const onFilterChange = useCallback((filter: PracticeFilter) => update({ ...query, filter }), [query, update]);
  const onSortChange = useCallback((sort: SortEntry[]) => update({ ...query, sort }), [query, update]);
  const onClearFilters = useCallback(() => update({ filter: {}, sort: query.sort }), [query.sort, update]);
  const onOpen = useCallback((id: string) => navigate(practiceHref(id)), []);

  const { setHiddenColumns } = session;
  const onHiddenColumnsChange = useCallback(
    (hidden: string[]) => {
      setColumnProblem(null);
      void setHiddenColumns(hidden).then((problem) => {
        if (problem) setColumnProblem(t('table.columnProblem', { message: problem.message }));
      });
    },
    [setHiddenColumns],
  );

  return (
    <div className="table-page">
      <div className="table-page__heading">
        <h1>{t('table.heading')}</h1>
        <p className="muted small">{t('table.hint')}</p>
      </div>
      <TableToolbar
        ref={searchRef}
        filter={query.filter}
        onFilterChange={onFilterChange}
        onClearAll={onClearFilters}
        total={pages.total}
        loading={pages.loading}
        readOnly={session.readOnly}
        columns={columnChoices}
        hiddenColumns={hiddenColumns}
        onHiddenColumnsChange={onHiddenColumnsChange}
        columnProblem={columnProblem}
        parentName={parentName}
      />
      {facetError ? <ErrorMessage compact error={facetError} title={t('table.facetsUnavailable')} /> : null}
      <PracticeTable
        query={query}
        queryKey={queryKey}
        pages={pages}
        columns={columns}
        hiddenColumns={hiddenColumns}
        facets={facets}
        filtered={countActiveFilters(query.filter) > 0 || Boolean(query.filter.search)}
        onSortChange={onSortChange}
        onFilterChange={onFilterChange}
        onClearFilters={onClearFilters}
        onOpen={onOpen}
      />
    </div>
  );
}
