/** The filter control under a column header: text contains, multi-select, or min/max. */
import type { PracticeFilter } from '../../../data/contract/contract';
import type { PracticeFacets } from '../../../data/practices/model';
import type { FilterSpec } from '../practices/table/practiceColumns';
import { EnumFilter } from './EnumFilter';
import { NumberRangeFilter, ScoreRangeFilter } from './RangeFilter';
import { useSyncedText } from '../ui/useDebounce';
import { setTextFilter, type TextFilterField } from './filterQuery';
import { translate } from '../app/i18n/i18n';

interface Props {
  spec: FilterSpec;
  label: string;
  filter: PracticeFilter;
  facets: PracticeFacets | null;
  onChange(next: PracticeFilter): void;
}

export function TextFilter({ field, label, filter, onChange }: { field: TextFilterField; label: string; filter: PracticeFilter; onChange(next: PracticeFilter): void }) {
  const { text, setText, flush } = useSyncedText(filter.text?.[field] ?? '', (t) => onChange(setTextFilter(filter, field, t)), 300);
  return (
    <input
      type="search"
      className="text-filter"
      placeholder={translate('filter')('text.placeholder')}
      aria-label={translate('filter')('range.filter', { label })}
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') flush();
      }}
    />
  );
}

export function ColumnFilter({ spec, label, filter, facets, onChange }: Props) {
  switch (spec.kind) {
    case 'text':
      return <TextFilter field={spec.field} label={label} filter={filter} onChange={onChange} />;
    case 'enum':
      return <EnumFilter field={spec.field} label={label} filter={filter} facets={facets} onChange={onChange} />;
    case 'number':
      return <NumberRangeFilter field={spec.field} label={label} filter={filter} onChange={onChange} />;
    case 'score':
      return <ScoreRangeFilter dimension={spec.dimension} label={label} filter={filter} onChange={onChange} />;
    case 'none':
      return null;
  }
}
