/**
 * The table's search, filters and sort, kept in the hash query so a view can be bookmarked
 * and restored. Readable parameters:
 *   q=text  sort=-hours,name  group=Spain&group=Finland  country=…  type=…  tech=…  mode=…  scope=…
 *   case=yes|no  short=yes|no (case-study shortlist)  crit=<criterion> (meets all of them)  narr=yes (only practices in the comparison table)  hier=top|components  parent=<id>
 *   t.<field>=text (contains)   n.<field>=min..max   s.<dimension>=min..max   su.<dimension>=1 (keep unrated)
 * The fields and the parameters' names are the field table's (data/domain/fields.ts).
 * Anything unknown or malformed is ignored rather than failing the view.
 */
import { SORT_FIELDS, type PracticeFilter, type SortField } from '../../../data/contract/contract';
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import {
  BOOLEAN_FILTER_FIELDS,
  filterParam,
  GROUP_FIELDS,
  LIST_FILTER_FIELDS,
  listFilterValues,
  NUMBER_FIELDS,
  TEXT_FILTER_FIELDS,
  type ListFilterField,
  type NumberField,
  type TextFilterField,
} from '../../../data/domain/fields';

export type { NumberField, TextFilterField };

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

/** Multi-select filters; their hash parameters' names are the field table's (data/domain/fields.ts). */
export type EnumFilterField = ListFilterField;
export const ENUM_FILTER_FIELDS = LIST_FILTER_FIELDS;

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
  const search = params.get(filterParam('search'));
  if (search && search.trim() !== '') filter.search = search.slice(0, 200);

  for (const field of ENUM_FILTER_FIELDS) {
    const allowed = listFilterValues(field);
    const values = params
      .getAll(filterParam(field))
      .filter((v) => v !== '' && (allowed === null || allowed.includes(v)));
    if (values.length > 0) applyEnumFilter(filter, field, [...new Set(values)]);
  }

  for (const field of BOOLEAN_FILTER_FIELDS) {
    const value = params.get(filterParam(field));
    if (value === 'yes') filter[field] = true;
    if (value === 'no') filter[field] = false;
  }
  const hierarchy = params.get(filterParam('hierarchy'));
  if (hierarchy === 'top' || hierarchy === 'components') filter.hierarchy = hierarchy;
  const parent = params.get(filterParam('parentId'));
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

/** Sets one multi-select filter in place; values are checked against the field's values (country takes any). */
function applyEnumFilter(next: PracticeFilter, field: EnumFilterField, values: string[]): PracticeFilter {
  const allowed = listFilterValues(field);
  // Checked against the field's own values just above, which is what the filter's type says of it.
  (next as Record<EnumFilterField, string[] | undefined>)[field] = allowed === null ? values : values.filter((v) => allowed.includes(v));
  if (values.length === 0) delete next[field];
  return next;
}

export function tableQueryToString(query: TableQuery): string {
  const params = new URLSearchParams();
  const { filter } = query;
  if (filter.search) params.set(filterParam('search'), filter.search);
  for (const field of ENUM_FILTER_FIELDS) {
    for (const value of getEnumFilter(filter, field)) params.append(filterParam(field), value);
  }
  for (const field of BOOLEAN_FILTER_FIELDS) {
    const value = filter[field];
    if (value !== undefined) params.set(filterParam(field), value ? 'yes' : 'no');
  }
  if (filter.hierarchy && filter.hierarchy !== 'all') params.set(filterParam('hierarchy'), filter.hierarchy);
  if (filter.parentId) params.set(filterParam('parentId'), filter.parentId);
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

type KeyedPart = 'text' | 'numbers' | 'scores';

/** The filter with one entry of a keyed part set, or removed when `value` is undefined (and the part with its last entry). */
function withEntry<P extends KeyedPart, K extends keyof NonNullable<PracticeFilter[P]> & string>(
  filter: PracticeFilter,
  part: P,
  key: K,
  value: NonNullable<PracticeFilter[P]>[K] | undefined,
): PracticeFilter {
  const next = cloneFilter(filter);
  const entries: Record<string, unknown> = { ...next[part] };
  if (value === undefined) delete entries[key];
  else entries[key] = value;
  next[part] = entries as PracticeFilter[P];
  if (Object.keys(entries).length === 0) delete next[part];
  return next;
}

export function setTextFilter(filter: PracticeFilter, field: TextFilterField, text: string): PracticeFilter {
  return withEntry(filter, 'text', field, text === '' ? undefined : text);
}

export function setNumberFilter(filter: PracticeFilter, field: NumberField, range: Range): PracticeFilter {
  return withEntry(filter, 'numbers', field, range.min === undefined && range.max === undefined ? undefined : range);
}

export function setScoreFilter(filter: PracticeFilter, dimension: DimensionId, range: ScoreRange): PracticeFilter {
  return withEntry(filter, 'scores', dimension, range.min === undefined && range.max === undefined && !range.unrated ? undefined : range);
}

/** How many conditions (other than the search box) narrow the table. */
export function countActiveFilters(filter: PracticeFilter): number {
  let count = 0;
  for (const field of ENUM_FILTER_FIELDS) if (getEnumFilter(filter, field).length) count++;
  for (const field of BOOLEAN_FILTER_FIELDS) if (filter[field] !== undefined) count++;
  if (filter.hierarchy && filter.hierarchy !== 'all') count++;
  if (filter.parentId) count++;
  count += Object.keys(filter.text ?? {}).length;
  count += Object.keys(filter.numbers ?? {}).length;
  count += Object.keys(filter.scores ?? {}).length;
  count += filter.groups?.length ?? 0;
  return count;
}
