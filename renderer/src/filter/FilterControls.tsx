/**
 * Filter controls every list view shows: the search box and the toggles (hierarchy, case studies,
 * practices in the comparison table). The practice table's toolbar and the analysis filter bar use them.
 */
import { forwardRef } from 'react';
import type { PracticeFilter } from '../../../data/contract/contract';
import { useSyncedText } from '../ui/useDebounce';
import { cloneFilter } from './filterQuery';
import { useTranslation } from 'react-i18next';
import { translate } from '../app/i18n/i18n';

interface SearchProps {
  filter: PracticeFilter;
  onFilterChange(next: PracticeFilter): void;
  /** Arrow Down from the box (the table moves focus to its rows). */
  onArrowDown?: () => void;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchProps>(function SearchBox({ filter, onFilterChange, onArrowDown }, ref) {
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
  return (
    <input
      ref={ref}
      type="search"
      className="search-input"
      placeholder={translate('filter')('search.placeholder')}
      aria-label={translate('filter')('search.label')}
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') flush();
        if (e.key === 'ArrowDown' && onArrowDown) {
          e.preventDefault();
          flush();
          onArrowDown();
        }
      }}
    />
  );
});

interface ToggleProps {
  filter: PracticeFilter;
  onFilterChange(next: PracticeFilter): void;
  /** Shorter visible words where the toolbar is crowded (they are also the accessible name, so speech input finds what it sees). */
  compact?: boolean;
}

/** Hierarchy, "Rated only", "Case studies only", "Shortlisted only" and "Only practices in the comparison table". */
export function FilterToggles({ filter, onFilterChange, compact }: ToggleProps) {
  const { t } = useTranslation('filter');
  function patch(change: (next: PracticeFilter) => void) {
    const next = cloneFilter(filter);
    change(next);
    onFilterChange(next);
  }
  return (
    <>
      <label className="toolbar__field">
        <select
          aria-label={t('toggles.hierarchy')}
          value={filter.hierarchy ?? 'all'}
          onChange={(e) =>
            patch((next) => {
              const value = e.target.value;
              if (value === 'top' || value === 'components') next.hierarchy = value;
              else delete next.hierarchy;
            })
          }
        >
          <option value="all">{t('toggles.all')}</option>
          <option value="top">{t('toggles.top')}</option>
          <option value="components">{t('toggles.components')}</option>
        </select>
      </label>
      <label className="check toolbar__check" title={t('toggles.ratedTitle')}>
        <input
          type="checkbox"
          checked={filter.rated === true}
          onChange={(e) =>
            patch((next) => {
              if (e.target.checked) next.rated = true;
              else delete next.rated;
            })
          }
        />
        <span>{t('toggles.rated')}</span>
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
        <span>{t('toggles.caseStudies')}</span>
      </label>
      <label className="check toolbar__check" title={t('toggles.shortlistedTitle')}>
        <input
          type="checkbox"
          checked={filter.shortlisted === true}
          onChange={(e) =>
            patch((next) => {
              if (e.target.checked) next.shortlisted = true;
              else delete next.shortlisted;
            })
          }
        />
        <span>{t('toggles.shortlisted')}</span>
      </label>
      <label className="check toolbar__check" title={t('toggles.narrativesTitle')}>
        <input
          type="checkbox"
          checked={filter.withNarratives === true}
          onChange={(e) =>
            patch((next) => {
              if (e.target.checked) next.withNarratives = true;
              else delete next.withNarratives;
            })
          }
        />
        <span>{compact ? t('toggles.narrativesCompact') : t('toggles.narratives')}</span>
      </label>
    </>
  );
}
