/**
 * From an analysis group back to the practice table: the current filter narrowed to one group
 * (e.g. country group "Portugal", practice type "VET unit"), so a click lands on those rows.
 */
import type { GroupField } from '../../../data/analysis/schemas';
import type { PracticeFilter } from '../../../data/contract/contract';
import { cloneFilter, parseNumber, setEnumFilter, setNumberFilter, type EnumFilterField } from './filterQuery';

const ENUM_GROUPS: Partial<Record<GroupField, EnumFilterField>> = {
  countryGroup: 'countryGroup',
  country: 'country',
  scope: 'scope',
  practiceType: 'practiceType',
  technologyDomain: 'technologyDomain',
  deliveryMode: 'deliveryMode',
  digitalIssuance: 'digitalIssuance',
};

/** The exact group condition, for what the table's own controls cannot say ("not recorded", an exact region). */
function withGroupCondition(filter: PracticeFilter, field: GroupField, value: string | null): PracticeFilter {
  const next = cloneFilter(filter);
  next.groups = [...(next.groups ?? []).filter((g) => g.field !== field), { field, value }];
  return next;
}

/** The filter that shows one group's practices, through the table's own controls where they can say it. */
export function filterForGroup(filter: PracticeFilter, field: GroupField, value: string | null): PracticeFilter {
  if (value === null) return withGroupCondition(filter, field, null);
  const enumField = ENUM_GROUPS[field];
  if (enumField) return setEnumFilter(filter, enumField, [value]);
  switch (field) {
    case 'region':
    case 'level':
      return withGroupCondition(filter, field, value);
    case 'eqfLevel':
    case 'releaseYear': {
      const n = parseNumber(value);
      return n === undefined ? withGroupCondition(filter, field, value) : setNumberFilter(filter, field, { min: n, max: n });
    }
    case 'caseStudy': {
      const next = cloneFilter(filter);
      next.caseStudy = value === 'true';
      return next;
    }
    case 'hierarchy': {
      const next = cloneFilter(filter);
      next.hierarchy = value === 'top' ? 'top' : 'components';
      return next;
    }
    case 'parent': {
      const next = cloneFilter(filter);
      next.parentId = value;
      return next;
    }
    default:
      return withGroupCondition(filter, field, value);
  }
}
