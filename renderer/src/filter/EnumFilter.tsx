/** A multi-select filter (country group, country, practice type, technology domain, delivery mode, scope, selection criteria). */
import { useMemo, useState } from 'react';
import {
  COUNTRY_GROUPS,
  DELIVERY_MODES,
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPES,
  PRACTICE_TYPE_LABELS,
  SCOPES,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAINS,
  TECHNOLOGY_DOMAIN_LABELS,
} from '../../../data/domain/domain';
import type { PracticeFilter } from '../../../data/contract/contract';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS } from '../../../data/domain/selectionCriteria';
import type { Facet, PracticeFacets } from '../../../data/practices/model';
import { Popover } from '../ui/Popover';
import { getEnumFilter, setEnumFilter, type EnumFilterField } from './filterQuery';
import { withCount } from '../ui/format';

interface Option {
  value: string;
  label: string;
  count?: number;
}

function countsOf(facets: Facet[] | undefined): Map<string, number> {
  return new Map((facets ?? []).map((f) => [f.value, f.count]));
}

function fromList<T extends string>(values: readonly T[], labels: Record<T, string> | null, facets: Facet[] | undefined): Option[] {
  const counts = countsOf(facets);
  return values.map((value) => ({ value, label: labels ? labels[value] : value, count: facets ? (counts.get(value) ?? 0) : undefined }));
}

export function enumOptions(field: EnumFilterField, facets: PracticeFacets | null, selected: string[]): Option[] {
  switch (field) {
    case 'countryGroup':
      return fromList(COUNTRY_GROUPS, null, facets?.countryGroup);
    case 'practiceType':
      return fromList(PRACTICE_TYPES, PRACTICE_TYPE_LABELS, facets?.practiceType);
    case 'technologyDomain':
      return fromList(TECHNOLOGY_DOMAINS, TECHNOLOGY_DOMAIN_LABELS, facets?.technologyDomain);
    case 'deliveryMode':
      return fromList(DELIVERY_MODES, DELIVERY_MODE_LABELS, facets?.deliveryMode);
    case 'scope':
      return fromList(SCOPES, SCOPE_LABELS, facets?.scope);
    case 'digitalIssuance':
      return fromList(DIGITAL_ISSUANCE, DIGITAL_ISSUANCE_LABELS, facets?.digitalIssuance);
    case 'criteria':
      return fromList(SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS, facets?.criteria);
    case 'country': {
      const options: Option[] = (facets?.country ?? []).map((f) => ({ value: f.value, label: f.value, count: f.count }));
      for (const value of selected) if (!options.some((o) => o.value === value)) options.push({ value, label: value, count: 0 });
      return options.sort((a, b) => a.label.localeCompare(b.label));
    }
  }
}

interface Props {
  field: EnumFilterField;
  label: string;
  filter: PracticeFilter;
  facets: PracticeFacets | null;
  onChange(next: PracticeFilter): void;
}

export function EnumFilter({ field, label, filter, facets, onChange }: Props) {
  const selected = getEnumFilter(filter, field);
  const options = useMemo(() => enumOptions(field, facets, selected), [field, facets, selected]);
  const [find, setFind] = useState('');
  const shown = find.trim() === '' ? options : options.filter((o) => o.label.toLowerCase().includes(find.trim().toLowerCase()));

  const summary =
    selected.length === 0
      ? 'All'
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : `${selected.length} selected`;

  function toggle(value: string, on: boolean) {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(setEnumFilter(filter, field, next));
  }

  return (
    <Popover label={`Filter ${label}`} button={<span className="filter-summary">{summary}</span>} active={selected.length > 0} width={280}>
      <fieldset className="enum-filter">
        <legend>{label}</legend>
        {options.length > 10 ? (
          <input
            type="search"
            className="enum-filter__find"
            placeholder="Find…"
            aria-label={`Find ${label}`}
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
        ) : null}
        <div className="enum-filter__options">
          {shown.map((option) => (
            <label key={option.value} className="check">
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <span>{withCount(option.label, option.count)}</span>
            </label>
          ))}
          {shown.length === 0 ? <p className="muted">Nothing matches.</p> : null}
        </div>
        <div className="enum-filter__actions">
          <button type="button" className="button button--small" disabled={selected.length === 0} onClick={() => onChange(setEnumFilter(filter, field, []))}>
            Clear
          </button>
        </div>
      </fieldset>
    </Popover>
  );
}
