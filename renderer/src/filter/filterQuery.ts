/**
 * The table's search, filters and sort, kept in the hash query so a view can be bookmarked
 * and restored. Readable parameters:
 *   q=text  sort=-hours,name  group=Spain&group=Finland  country=…  type=…  tech=…  mode=…  scope=…
 *   case=yes|no  short=yes|no (case-study shortlist)  crit=<criterion> (meets all of them)  narr=yes (only practices in the comparison table)  hier=top|components  parent=<id>
 *   t.<field>=text (contains)   n.<field>=min..max   s.<dimension>=min..max   su.<dimension>=1 (keep unrated)
 * Anything unknown or malformed is ignored rather than failing the view.
 */
import {
  NUMBER_FIELDS,
  SORT_FIELDS,
  TEXT_FILTER_FIELDS,
  type PracticeFilter,
  type SortField,
} from '../../../data/contract/contract';
import {
  COUNTRY_GROUPS,
  DELIVERY_MODES,
  DIGITAL_ISSUANCE,
  DIMENSION_IDS,
  GROUP_FIELDS,
  PRACTICE_TYPES,
  SCOPES,
  TECHNOLOGY_DOMAINS,
  type DimensionId,
} from '../../../data/domain/domain';
import { SELECTION_CRITERION_IDS } from '../../../data/domain/selectionCriteria';

export type TextFilterField = (typeof TEXT_FILTER_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface SortEntry {
  field: SortField;
  desc: boolean;
}

export interface TableQuery {
  filter: PracticeFilter;
  sort: SortEntry[];
}

export interface Range {
  min?: number;
  max?: number;
}

export interface ScoreRange extends Range {
  unrated?: boolean;
}

/** Enum (multi-select) filters and their hash parameter names. */
export const ENUM_PARAMS = {
  countryGroup: 'group',
  country: 'country',
  practiceType: 'type',
  technologyDomain: 'tech',
  deliveryMode: 'mode',
  scope: 'scope',
  digitalIssuance: 'issuance',
  criteria: 'crit',
} as const;
export type EnumFilterField = keyof typeof ENUM_PARAMS;

const ENUM_VALUES: Record<EnumFilterField, readonly string[] | null> = {
  countryGroup: COUNTRY_GROUPS,
  country: null, // free text: any country the store holds
  practiceType: PRACTICE_TYPES,
  technologyDomain: TECHNOLOGY_DOMAINS,
  deliveryMode: DELIVERY_MODES,
  scope: SCOPES,
  digitalIssuance: DIGITAL_ISSUANCE,
  criteria: SELECTION_CRITERION_IDS,
};

/** How a group condition says "not recorded" in the location (no real value looks like this). */
const NOT_RECORDED_PARAM = '~none';

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** "82,5" and "82.5" are both 82.5 (European users type commas). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const normal = trimmed.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

function parseRange(text: string): Range | undefined {
  const [minText = '', maxText = ''] = text.split('..');
  const min = parseNumber(minText);
  const max = parseNumber(maxText);
  if (min === undefined && max === undefined) return undefined;
  const range: Range = {};
  if (min !== undefined) range.min = min;
  if (max !== undefined) range.max = max;
  return range;
}

function formatRange(range: Range): string {
  return `${range.min ?? ''}..${range.max ?? ''}`;
}

export function parseTableQuery(params: URLSearchParams): TableQuery {
  const filter: PracticeFilter = {};
  const search = params.get('q');
  if (search && search.trim() !== '') filter.search = search.slice(0, 200);

  for (const field of Object.keys(ENUM_PARAMS) as EnumFilterField[]) {
    const allowed = ENUM_VALUES[field];
    const values = params
      .getAll(ENUM_PARAMS[field])
      .filter((v) => v !== '' && (allowed === null || allowed.includes(v)));
    if (values.length > 0) applyEnumFilter(filter, field, [...new Set(values)]);
  }

  const caseStudy = params.get('case');
  if (caseStudy === 'yes') filter.caseStudy = true;
  if (caseStudy === 'no') filter.caseStudy = false;
  const shortlisted = params.get('short');
  if (shortlisted === 'yes') filter.shortlisted = true;
  if (shortlisted === 'no') filter.shortlisted = false;
  if (params.get('narr') === 'yes') filter.withNarratives = true;
  const hierarchy = params.get('hier');
  if (hierarchy === 'top' || hierarchy === 'components') filter.hierarchy = hierarchy;
  const parent = params.get('parent');
  if (parent) filter.parentId = parent;

  for (const [key, value] of params) {
    const [kind, name] = splitKey(key);
    if (kind === 't' && includes(TEXT_FILTER_FIELDS, name) && value.trim() !== '') {
      filter.text = { ...filter.text, [name]: value.slice(0, 200) };
    } else if (kind === 'n' && includes(NUMBER_FIELDS, name)) {
      const range = parseRange(value);
      if (range && (range.min === undefined || range.max === undefined || range.min <= range.max)) {
        filter.numbers = { ...filter.numbers, [name]: range };
      }
    } else if (kind === 'g' && includes(GROUP_FIELDS, name)) {
      filter.groups = [...(filter.groups ?? []).filter((g) => g.field !== name), { field: name, value: value === NOT_RECORDED_PARAM ? null : value.slice(0, 300) }];
    } else if ((kind === 's' || kind === 'su') && includes(DIMENSION_IDS, name)) {
      const existing: ScoreRange = filter.scores?.[name] ?? {};
      const next: ScoreRange = kind === 'su' ? { ...existing, unrated: value === '1' } : { ...existing, ...clampScore(parseRange(value)) };
      filter.scores = { ...filter.scores, [name]: next };
    }
  }

  const sort: SortEntry[] = [];
  for (const part of (params.get('sort') ?? '').split(',')) {
    const desc = part.startsWith('-');
    const field = desc ? part.slice(1) : part;
    if (includes(SORT_FIELDS, field) && !sort.some((s) => s.field === field)) sort.push({ field, desc });
  }
  return { filter, sort: sort.slice(0, 5) };
}

function clampScore(range: Range | undefined): Range {
  if (!range) return {};
  const out: Range = {};
  if (range.min !== undefined) out.min = Math.min(4, Math.max(0, range.min));
  if (range.max !== undefined) out.max = Math.min(4, Math.max(0, range.max));
  return out;
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return dot === -1 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}

export function getEnumFilter(filter: PracticeFilter, field: EnumFilterField): string[] {
  return (filter[field] as string[] | undefined) ?? [];
}

/** A copy of the filter with one multi-select filter set (or, with an empty list, removed). */
export function setEnumFilter(filter: PracticeFilter, field: EnumFilterField, values: string[]): PracticeFilter {
  return applyEnumFilter(cloneFilter(filter), field, values);
}

/** Sets one multi-select filter in place; values are checked against the domain lists. */
function applyEnumFilter(next: PracticeFilter, field: EnumFilterField, values: string[]): PracticeFilter {
  switch (field) {
    case 'countryGroup':
      next.countryGroup = values.filter((v) => includes(COUNTRY_GROUPS, v));
      break;
    case 'country':
      next.country = values;
      break;
    case 'practiceType':
      next.practiceType = values.filter((v) => includes(PRACTICE_TYPES, v));
      break;
    case 'technologyDomain':
      next.technologyDomain = values.filter((v) => includes(TECHNOLOGY_DOMAINS, v));
      break;
    case 'deliveryMode':
      next.deliveryMode = values.filter((v) => includes(DELIVERY_MODES, v));
      break;
    case 'scope':
      next.scope = values.filter((v) => includes(SCOPES, v));
      break;
    case 'digitalIssuance':
      next.digitalIssuance = values.filter((v) => includes(DIGITAL_ISSUANCE, v));
      break;
    case 'criteria':
      next.criteria = values.filter((v) => includes(SELECTION_CRITERION_IDS, v));
      break;
  }
  if (values.length === 0) delete next[field];
  return next;
}

export function tableQueryToString(query: TableQuery): string {
  const params = new URLSearchParams();
  const { filter } = query;
  if (filter.search) params.set('q', filter.search);
  for (const field of Object.keys(ENUM_PARAMS) as EnumFilterField[]) {
    for (const value of getEnumFilter(filter, field)) params.append(ENUM_PARAMS[field], value);
  }
  if (filter.caseStudy !== undefined) params.set('case', filter.caseStudy ? 'yes' : 'no');
  if (filter.shortlisted !== undefined) params.set('short', filter.shortlisted ? 'yes' : 'no');
  if (filter.withNarratives) params.set('narr', 'yes');
  if (filter.hierarchy && filter.hierarchy !== 'all') params.set('hier', filter.hierarchy);
  if (filter.parentId) params.set('parent', filter.parentId);
  for (const field of TEXT_FILTER_FIELDS) {
    const text = filter.text?.[field];
    if (text) params.set(`t.${field}`, text);
  }
  for (const field of NUMBER_FIELDS) {
    const range = filter.numbers?.[field];
    if (range && (range.min !== undefined || range.max !== undefined)) params.set(`n.${field}`, formatRange(range));
  }
  for (const group of filter.groups ?? []) params.set(`g.${group.field}`, group.value ?? NOT_RECORDED_PARAM);
  for (const dimension of DIMENSION_IDS) {
    const range = filter.scores?.[dimension];
    if (!range) continue;
    if (range.min !== undefined || range.max !== undefined) params.set(`s.${dimension}`, formatRange(range));
    if (range.unrated) params.set(`su.${dimension}`, '1');
  }
  if (query.sort.length > 0) params.set('sort', query.sort.map((s) => `${s.desc ? '-' : ''}${s.field}`).join(','));
  return params.toString();
}

/** The filter alone as hash parameters (what every view shares). */
export function filterToString(filter: PracticeFilter): string {
  return tableQueryToString({ filter, sort: [] });
}

/** A deep copy that callers can change and hand back. */
export function cloneFilter(filter: PracticeFilter): PracticeFilter {
  return structuredClone(filter);
}

export function setTextFilter(filter: PracticeFilter, field: TextFilterField, text: string): PracticeFilter {
  const next = cloneFilter(filter);
  const texts = { ...next.text };
  if (text === '') delete texts[field];
  else texts[field] = text;
  next.text = texts;
  if (Object.keys(texts).length === 0) delete next.text;
  return next;
}

export function setNumberFilter(filter: PracticeFilter, field: NumberField, range: Range): PracticeFilter {
  const next = cloneFilter(filter);
  const numbers = { ...next.numbers };
  if (range.min === undefined && range.max === undefined) delete numbers[field];
  else numbers[field] = range;
  next.numbers = numbers;
  if (Object.keys(numbers).length === 0) delete next.numbers;
  return next;
}

export function setScoreFilter(filter: PracticeFilter, dimension: DimensionId, range: ScoreRange): PracticeFilter {
  const next = cloneFilter(filter);
  const scores = { ...next.scores };
  if (range.min === undefined && range.max === undefined && !range.unrated) delete scores[dimension];
  else scores[dimension] = range;
  next.scores = scores;
  if (Object.keys(scores).length === 0) delete next.scores;
  return next;
}

/** How many conditions (other than the search box) narrow the table. */
export function countActiveFilters(filter: PracticeFilter): number {
  let count = 0;
  for (const field of Object.keys(ENUM_PARAMS) as EnumFilterField[]) if (getEnumFilter(filter, field).length) count++;
  if (filter.caseStudy !== undefined) count++;
  if (filter.shortlisted !== undefined) count++;
  if (filter.withNarratives) count++;
  if (filter.hierarchy && filter.hierarchy !== 'all') count++;
  if (filter.parentId) count++;
  count += Object.keys(filter.text ?? {}).length;
  count += Object.keys(filter.numbers ?? {}).length;
  count += Object.keys(filter.scores ?? {}).length;
  count += filter.groups?.length ?? 0;
  return count;
}
