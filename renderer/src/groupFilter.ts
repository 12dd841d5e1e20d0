/**
 * From an analysis group back to the practice table: the current filter narrowed to one group
 * (e.g. country group "Portugal", practice type "VET unit"), so a click lands on those rows.
 */
import type { GroupField } from '../../data/analysisSchemas';
import type { PracticeFilter } from '../../data/contract';
import { cloneFilter, parseNumber, setEnumFilter, setNumberFilter, setTextFilter, type EnumFilterField } from './tableQuery';

const ENUM_GROUPS: Partial<Record<GroupField, EnumFilterField>> = {
  countryGroup: 'countryGroup',
  country: 'country',
  scope: 'scope',
  practiceType: 'practiceType',
  technologyDomain: 'technologyDomain',
  deliveryMode: 'deliveryMode',
  digitalIssuance: 'digitalIssuance',
};

/**
 * The filter that shows one group's practices, or null when the filter cannot say it
 * (a group of practices where the field is not recorded).
 */
export function filterForGroup(filter: PracticeFilter, field: GroupField, value: string | null): PracticeFilter | null {
  if (value === null) return null;
  const enumField = ENUM_GROUPS[field];
  if (enumField) return setEnumFilter(filter, enumField, [value]);
  switch (field) {
    case 'region':
      return setTextFilter(filter, 'region', value);
    case 'level':
      return setTextFilter(filter, 'level', value);
    case 'eqfLevel':
    case 'releaseYear': {
      const n = parseNumber(value);
      return n === undefined ? null : setNumberFilter(filter, field, { min: n, max: n });
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
      return null;
  }
}

/** Fields whose group filter is "contains" rather than an exact match (the table may show a few more rows). */
export const APPROXIMATE_GROUP_FIELDS: readonly GroupField[] = ['region', 'level'];
