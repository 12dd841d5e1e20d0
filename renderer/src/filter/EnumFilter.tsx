/** A multi-select filter (country group, country, practice type, technology domain, delivery mode, scope, selection criteria). */
import { useMemo, useState } from 'react';
import {
  COUNTRY_GROUPS,
  DELIVERY_MODES,
  DIGITAL_ISSUANCE,
  PRACTICE_TYPES,
  SCOPES,
  TECHNOLOGY_DOMAINS,
} from '../../../data/domain/domain';
import type { PracticeFilter } from '../../../data/contract/contract';
import { SELECTION_CRITERION_IDS } from '../../../data/domain/selectionCriteria';
import type { Facet, PracticeFacets } from '../../../data/practices/model';
import { Popover } from '../ui/Popover';
import { getEnumFilter, setEnumFilter, type EnumFilterField } from './filterQuery';
import { withCount } from '../ui/format';
import { useTranslation } from 'react-i18next';
import { translate } from '../app/i18n/i18n';
import { countryLabel, domainLabel, type DomainKind } from '../app/i18n/domainLabels';

interface Option {
  value: string;
  label: string;
  count?: number;
}

function countsOf(facets: Facet[] | undefined): Map<string, number> {
  return new Map((facets ?? []).map((f) => [f.value, f.count]));
}

function fromList(values: readonly string[], kind: DomainKind, facets: Facet[] | undefined): Option[] {
  const counts = countsOf(facets);
  return values.map((value) => ({ value, label: domainLabel(kind, value), count: facets ? (counts.get(value) ?? 0) : undefined }));
}

export function enumOptions(field: EnumFilterField, facets: PracticeFacets | null, selected: string[]): Option[] {
  switch (field) {
    case 'countryGroup':
      return fromList(COUNTRY_GROUPS, 'countryGroup', facets?.countryGroup);
    case 'practiceType':
      return fromList(PRACTICE_TYPES, 'practiceType', facets?.practiceType);
    case 'technologyDomain':
      return fromList(TECHNOLOGY_DOMAINS, 'technologyDomain', facets?.technologyDomain);
    case 'deliveryMode':
      return fromList(DELIVERY_MODES, 'deliveryMode', facets?.deliveryMode);
    case 'scope':
      return fromList(SCOPES, 'scope', facets?.scope);
    case 'digitalIssuance':
      return fromList(DIGITAL_ISSUANCE, 'digitalIssuance', facets?.digitalIssuance);
    case 'criteria':
      return fromList(SELECTION_CRITERION_IDS, 'criterion', facets?.criteria);
    case 'country': {
      const options: Option[] = (facets?.country ?? []).map((f) => ({ value: f.value, label: countryLabel(f.value), count: f.count }));
      for (const value of selected) if (!options.some((o) => o.value === value)) options.push({ value, label: countryLabel(value), count: 0 });
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
  const { t } = useTranslation('filter');
  const selected = getEnumFilter(filter, field);
  const options = useMemo(() => enumOptions(field, facets, selected), [field, facets, selected]);
  const [find, setFind] = useState('');
  const shown = find.trim() === '' ? options : options.filter((o) => o.label.toLowerCase().includes(find.trim().toLowerCase()));

  const summary =
    selected.length === 0
      ? t('enum.all')
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : t('enum.selected', { count: selected.length });

  function toggle(value: string, on: boolean) {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(setEnumFilter(filter, field, next));
  }

  return (
    <Popover label={translate('filter')('range.filter', { label })} button={<span className="filter-summary">{summary}</span>} active={selected.length > 0} width={280}>
      <fieldset className="enum-filter">
        <legend>{label}</legend>
        {options.length > 10 ? (
          <input
            type="search"
            className="enum-filter__find"
            placeholder={t('enum.find')}
            aria-label={t('enum.findLabel', { label })}
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
          {shown.length === 0 ? <p className="muted">{t('enum.nothing')}</p> : null}
        </div>
        <div className="enum-filter__actions">
          <button type="button" className="button button--small" disabled={selected.length === 0} onClick={() => onChange(setEnumFilter(filter, field, []))}>
            {translate('filter')('range.clear')}
          </button>
        </div>
      </fieldset>
    </Popover>
  );
}
