/**
 * The filter above every analysis view: the same filter as the practice table (it lives in the
 * hash, so it travels between views), its most used controls, the other conditions as removable
 * chips, and how many practices the view covers.
 */
import { useRef, type ReactNode } from 'react';
import type { PracticeFilter } from '../../../data/contract/contract';
import type { DimensionId } from '../../../data/domain/domain';
import { useSession } from '../app/session';
import { EnumFilter } from './EnumFilter';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FilterToggles, SearchBox } from './FilterControls';
import { MoreFilters } from './MoreFilters';
import { dimensionName, formatCount } from '../ui/format';
import { ENUM_FILTER_LABELS, extraConditions } from './filterLabels';
import { FilterChips } from './FilterChips';
import { countActiveFilters, type EnumFilterField } from './filterQuery';
import { useFacets } from './useFacets';
import { useSearchShortcut } from '../app/useSearchShortcut';
import { useTranslation } from 'react-i18next';

const MAIN_ENUMS: EnumFilterField[] = ['countryGroup', 'country', 'practiceType', 'technologyDomain', 'deliveryMode'];

interface Props {
  filter: PracticeFilter;
  onFilterChange(next: PracticeFilter): void;
  /** Practices the view covers; null while loading the first time. */
  count: number | null;
  loading: boolean;
  /** Says what the count counts, e.g. "practices compared". */
  countLabel?: string;
  /** Shown instead of the controls' effect, e.g. when hand-picked rows replace the filter. */
  note?: ReactNode;
}

export function FilterBar({ filter, onFilterChange, count, loading, countLabel = 'practices', note }: Props) {
  const session = useSession();
  const { facets, error } = useFacets();
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const { t } = useTranslation('filter');
  const nameOf = (id: DimensionId) => dimensionName(id, session.dimensions);
  const conditions = extraConditions(filter, nameOf);
  const active = countActiveFilters(filter) + (filter.search ? 1 : 0);

  return (
    <div className="filter-bar" role="region" aria-label={t('bar.label')}>
      <div className="toolbar filter-bar__controls" role="toolbar" aria-label={t('bar.controls')}>
        <div className="toolbar__search">
          <SearchBox ref={searchRef} filter={filter} onFilterChange={onFilterChange} />
        </div>
        {MAIN_ENUMS.map((field) => (
          <div key={field} className="filter-bar__enum">
            <span className="filter-bar__label" aria-hidden="true">
              {ENUM_FILTER_LABELS[field]}
            </span>
            <EnumFilter field={field} label={ENUM_FILTER_LABELS[field]} filter={filter} facets={facets} onChange={onFilterChange} />
          </div>
        ))}
        <MoreFilters filter={filter} facets={facets} onChange={onFilterChange} />
        <FilterToggles filter={filter} onFilterChange={onFilterChange} />
        <button type="button" className="button" disabled={active === 0} onClick={() => onFilterChange({})}>
          {active > 0 ? t('bar.clearCount', { count: active }) : t('bar.clear')}
        </button>
        <div className="toolbar__spacer" />
        <div className="toolbar__count" role="status" aria-live="polite">
          {loading ? <span className="spinner" aria-hidden="true" /> : null}
          {count === null ? (
            <span>{t('bar.loading')}</span>
          ) : (
            <span>
              <strong>{formatCount(count)}</strong> {count === 1 ? countLabel.replace(/^practices/, 'practice') : countLabel}
            </span>
          )}
        </div>
      </div>
      {conditions.length > 0 || note ? (
        <div className="filter-bar__chips">
          {note}
          {conditions.length > 0 ? <span className="muted small">{t('bar.also')}</span> : null}
          <FilterChips filter={filter} conditions={conditions} onFilterChange={onFilterChange} />
        </div>
      ) : null}
      {error ? <ErrorMessage compact error={error} title={t('bar.unavailable')} /> : null}
    </div>
  );
}
