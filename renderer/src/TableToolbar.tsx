/** Above the table: global search, hierarchy, case studies, columns, the row count and "New practice". */
import { forwardRef } from 'react';
import type { PracticeFilter } from '../../data/contract';
import { useSyncedText } from './useDebounce';
import { cloneFilter, countActiveFilters } from './tableQuery';
import { ColumnMenu, type ColumnChoice } from './ColumnMenu';

interface Props {
  filter: PracticeFilter;
  onFilterChange(next: PracticeFilter): void;
  onClearAll(): void;
  total: number | null;
  loading: boolean;
  readOnly: boolean;
  columns: ColumnChoice[];
  hiddenColumns: string[];
  onHiddenColumnsChange(hidden: string[]): void;
  columnProblem: string | null;
  parentName: string | null;
}

export const TableToolbar = forwardRef<HTMLInputElement, Props>(function TableToolbar(props, searchRef) {
  const { filter, onFilterChange, total, loading, readOnly } = props;
  const { text, setText, flush } = useSyncedText(
    filter.search ?? '',
    (search) => {
      const next = cloneFilter(filter);
      if (search.trim() === '') delete next.search;
      else next.search = search;
      onFilterChange(next);
    },
    200,
  );
  const active = countActiveFilters(filter) + (filter.search ? 1 : 0);

  function patch(change: (next: PracticeFilter) => void) {
    const next = cloneFilter(filter);
    change(next);
    onFilterChange(next);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label="Practice table controls">
      <div className="toolbar__search">
        <input
          ref={searchRef}
          type="search"
          className="search-input"
          placeholder="Search (Ctrl+F or /)"
          aria-label="Search practices"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') flush();
            if (e.key === 'ArrowDown') {
              // Down from the search box goes to the rows.
              e.preventDefault();
              flush();
              document.querySelector<HTMLElement>('.practice-table')?.focus();
            }
          }}
        />
      </div>
      <label className="toolbar__field">
        <select
          aria-label="Hierarchy"
          value={filter.hierarchy ?? 'all'}
          onChange={(e) =>
            patch((next) => {
              const value = e.target.value;
              if (value === 'top' || value === 'components') next.hierarchy = value;
              else delete next.hierarchy;
            })
          }
        >
          <option value="all">Practices and components</option>
          <option value="top">Top-level practices</option>
          <option value="components">Components only</option>
        </select>
      </label>
      <label className="check toolbar__check">
        <input
          type="checkbox"
          checked={filter.caseStudy === true}
          onChange={(e) =>
            patch((next) => {
              if (e.target.checked) next.caseStudy = true;
              else delete next.caseStudy;
            })
          }
        />
        <span>Case studies only</span>
      </label>
      {filter.parentId ? (
        <span className="chip">
          Components of {props.parentName ?? filter.parentId}
          <button type="button" className="chip__remove" aria-label="Stop showing only these components" onClick={() => patch((next) => delete next.parentId)}>
            ×
          </button>
        </span>
      ) : null}
      <button type="button" className="button" disabled={active === 0} onClick={props.onClearAll}>
        Clear filters{active > 0 ? ` (${active})` : ''}
      </button>
      <ColumnMenu columns={props.columns} hidden={props.hiddenColumns} onChange={props.onHiddenColumnsChange} problem={props.columnProblem} />
      <div className="toolbar__spacer" />
      <div className="toolbar__count" role="status" aria-live="polite">
        {loading ? <span className="spinner" aria-hidden="true" /> : null}
        {total === null ? (
          <span>Loading practices…</span>
        ) : (
          <span>
            <strong>{total.toLocaleString()}</strong> {total === 1 ? 'practice' : 'practices'}
            {loading ? <span className="muted"> · loading…</span> : null}
          </span>
        )}
      </div>
      {readOnly ? (
        <button type="button" className="button button--primary" disabled title="The store is read-only.">
          New practice
        </button>
      ) : (
        <a className="button button--primary" href="#/new">
          New practice
        </a>
      )}
    </div>
  );
});
