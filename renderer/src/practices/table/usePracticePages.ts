/**
 * Server-side paging for the practice table: fetches the pages of `practices.list` that the
 * viewport needs (PAGE_SIZE rows each), caches them, and starts over when the filter or
 * sort changes. Only the current query's answers are kept; late answers to an old query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../app/apiClient';
import type { ApiError } from '../../../../data/domain/envelope';
import type { PracticeRow } from '../../../../data/practices/model';
import type { TableQuery } from '../../filter/filterQuery';

export const PAGE_SIZE = 200;
const MAX_CACHED_PAGES = 80;

interface Store {
  key: string;
  generation: number;
  query: TableQuery;
  pages: Map<number, PracticeRow[]>;
  inflight: Set<number>;
  wanted: [number, number];
  /** The previous query's pages, shown until this query's first page arrives (no blank flash while typing). */
  stale?: Store;
}

/** A query's store before any page has arrived: the first page is wanted. */
function emptyStore(key: string, generation: number, query: TableQuery): Store {
  return { key, generation, query, pages: new Map(), inflight: new Set(), wanted: [0, PAGE_SIZE - 1] };
}

interface Status {
  total: number | null;
  inflight: number;
  error: ApiError | null;
  /** Bumps whenever a page arrives, so views can recompute. */
  version: number;
}

export interface PracticePages {
  /** Rows matching the query across all pages; null until the first page answers. */
  total: number | null;
  loading: boolean;
  error: ApiError | null;
  version: number;
  rowAt(index: number): PracticeRow | undefined;
  /** Rows of one cached page, if loaded. */
  page(pageIndex: number): PracticeRow[] | undefined;
  /** Make sure the rows first..last (inclusive) are loaded or loading. */
  ensureRange(first: number, last: number): void;
  /** Drop everything and fetch again (after an error, or after data changed). */
  reload(): void;
}

const initialStatus: Status = { total: null, inflight: 0, error: null, version: 0 };

export function usePracticePages(query: TableQuery, queryKey: string): PracticePages {
  const [generation, setGeneration] = useState(0);
  const store = useRef<Store>(emptyStore(queryKey, generation, query));
  const [status, setStatus] = useState<Status>(initialStatus);

  const fetchPage = useCallback(async (current: Store, pageIndex: number) => {
    if (current.pages.has(pageIndex) || current.inflight.has(pageIndex)) return;
    current.inflight.add(pageIndex);
    setStatus((s) => ({ ...s, inflight: current.inflight.size }));
    const { filter, sort } = current.query;
    const result = await call('practices.list', {
      filter,
      ...(sort.length > 0 ? { sort } : {}),
      offset: pageIndex * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    if (store.current !== current) return; // the query changed while this page was on its way
    current.inflight.delete(pageIndex);
    if (result.ok) {
      current.pages.set(pageIndex, result.value.rows);
      current.stale = undefined;
      evict(current);
      setStatus((s) => ({
        total: result.value.total,
        inflight: current.inflight.size,
        error: null,
        version: s.version + 1,
      }));
    } else {
      current.stale = undefined;
      setStatus((s) => ({ ...s, inflight: current.inflight.size, error: result.error, version: s.version + 1 }));
    }
  }, []);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const current = store.current;
      current.wanted = [first, last];
      const total = status.total;
      const lastRow = total === null ? last : Math.min(last, total - 1);
      if (lastRow < 0) return;
      const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
      const lastPage = Math.floor(lastRow / PAGE_SIZE);
      for (let p = firstPage; p <= lastPage; p++) void fetchPage(current, p);
    },
    [fetchPage, status.total],
  );

  // A new query (or a reload): start over from the top (the table scrolls back up too).
  useEffect(() => {
    if (store.current.key !== queryKey || store.current.generation !== generation) {
      const old = store.current;
      store.current = { ...emptyStore(queryKey, generation, query), stale: old.pages.size > 0 ? { ...old, stale: undefined } : old.stale };
      setStatus((s) => ({ ...s, inflight: 0, error: null }));
    }
    void fetchPage(store.current, 0);
    // `query` is represented by `queryKey` (same content, maybe a new object).
  }, [queryKey, generation, fetchPage]);

  const page = useCallback((pageIndex: number) => {
    const current = store.current;
    const shown = current.pages.size === 0 && current.stale ? current.stale : current;
    return shown.pages.get(pageIndex);
  }, []);

  const rowAt = useCallback((index: number) => page(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [page]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    total: status.total,
    loading: status.inflight > 0,
    error: status.error,
    version: status.version,
    rowAt,
    page,
    ensureRange,
    reload,
  };
}

/** Keep memory bounded: forget the pages farthest from what the viewport wants. */
function evict(current: Store): void {
  if (current.pages.size <= MAX_CACHED_PAGES) return;
  const centre = (current.wanted[0] + current.wanted[1]) / 2 / PAGE_SIZE;
  const byDistance = [...current.pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const pageIndex of byDistance.slice(0, current.pages.size - MAX_CACHED_PAGES)) current.pages.delete(pageIndex);
}
