/** Above the table: global search, hierarchy, case studies, comparison-table practices, columns, the row count, "Import CSV" and "New practice". */
import { forwardRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { cloneFilter, countActiveFilters } from '../../filter/filterQuery';
import { FilterToggles, SearchBox } from '../../filter/FilterControls';
import { ColumnMenu, type ColumnChoice } from './ColumnMenu';
import { COMPACT_HIDDEN_COLUMNS } from './practiceColumns';
import { TableDownloads } from './TableDownloads';
import { FilterChips } from '../../filter/FilterChips';
import { conditionsWithoutControl } from '../../filter/hiddenConditions';
import { dimensionName, formatCount } from '../../ui/format';
import { useSession } from '../../app/session';
import { IMPORT_HREF } from '../../app/useHashRoute';

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
  const { t } = useTranslation('practices');
  const { dimensions } = useSession();
  const active = countActiveFilters(filter) + (filter.search ? 1 : 0);

  function patch(change: (next: PracticeFilter) => void) {
    const next = cloneFilter(filter);
    change(next);
    onFilterChange(next);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__search">
        <SearchBox
          ref={searchRef}
          filter={filter}
          onFilterChange={onFilterChange}
          onArrowDown={() => document.querySelector<HTMLElement>('.practice-table')?.focus()}
        />
      </div>
      <FilterToggles filter={filter} onFilterChange={onFilterChange} compact />
      {filter.parentId ? (
        <span className="chip">
          {t('toolbar.componentsOf', { name: props.parentName ?? filter.parentId })}
          <button type="button" className="chip__remove" aria-label={t('toolbar.stopComponents')} onClick={() => patch((next) => delete next.parentId)}>
            ×
          </button>
        </span>
      ) : null}
      {/* Conditions no visible control shows: from a chart (a gap-map cell), or on a hidden column. */}
      <FilterChips filter={filter} conditions={conditionsWithoutControl(filter, props.hiddenColumns, (id) => dimensionName(id, dimensions))} onFilterChange={onFilterChange} />
      <button type="button" className="button" disabled={active === 0} onClick={props.onClearAll}>
        {active > 0 ? t('toolbar.clearFiltersCount', { count: active }) : t('toolbar.clearFilters')}
      </button>
      <ColumnMenu compact={COMPACT_HIDDEN_COLUMNS} columns={props.columns} hidden={props.hiddenColumns} onChange={props.onHiddenColumnsChange} problem={props.columnProblem} />
      <div className="toolbar__spacer" />
      <div className="toolbar__count" role="status" aria-live="polite">
        {loading ? <span className="spinner" aria-hidden="true" /> : null}
        {total === null ? (
          <span>{t('toolbar.loading')}</span>
        ) : (
          <span>
            <Trans t={t} i18nKey="toolbar.count" count={total} values={{ n: formatCount(total) }} components={[<strong />]} />
            {loading ? <span className="muted">{t('toolbar.stillLoading')}</span> : null}
          </span>
        )}
      </div>
      <TableDownloads filter={filter} />
      {readOnly ? (
        <button type="button" className="button" disabled title={t('toolbar.readOnly')}>
          {t('toolbar.import')}
        </button>
      ) : (
        <a className="button" href={IMPORT_HREF} title={t('toolbar.importTitle')}>
          {t('toolbar.import')}
        </a>
      )}
      {readOnly ? (
        <button type="button" className="button button--primary" disabled title={t('toolbar.readOnly')}>
          {t('toolbar.new')}
        </button>
      ) : (
        <a className="button button--primary" href="#/new">
          {t('toolbar.new')}
        </a>
      )}
    </div>
  );
});
