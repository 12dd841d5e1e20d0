/** Filter conditions in words, each removable: on the analysis views, and on the table for those it has no column control for. */
import type { PracticeFilter } from '../../../data/contract/contract';
import type { FilterCondition } from './filterLabels';
import { cloneFilter, setEnumFilter, setNumberFilter, setScoreFilter, setTextFilter } from './filterQuery';
import { translate } from '../app/i18n/i18n';

export function withoutCondition(filter: PracticeFilter, condition: FilterCondition): PracticeFilter {
  switch (condition.kind) {
    case 'text':
      return setTextFilter(filter, condition.field, '');
    case 'number':
      return setNumberFilter(filter, condition.field, {});
    case 'score':
      return setScoreFilter(filter, condition.dimension, {});
    case 'parent': {
      const next = cloneFilter(filter);
      delete next.parentId;
      return next;
    }
    case 'list':
      return setEnumFilter(filter, condition.field, []);
    case 'group': {
      const next = cloneFilter(filter);
      next.groups = (next.groups ?? []).filter((g) => g.field !== condition.field);
      if (next.groups.length === 0) delete next.groups;
      return next;
    }
  }
}

interface Props {
  filter: PracticeFilter;
  conditions: FilterCondition[];
  onFilterChange(next: PracticeFilter): void;
}

export function FilterChips({ filter, conditions, onFilterChange }: Props) {
  return (
    <>
      {conditions.map((condition) => (
        <span key={condition.text} className="chip">
          {condition.text}
          <button
            type="button"
            className="chip__remove"
            aria-label={translate('filter')('chips.remove', { condition: condition.text })}
            onClick={() => onFilterChange(withoutCondition(filter, condition))}
          >
            ×
          </button>
        </span>
      ))}
    </>
  );
}
