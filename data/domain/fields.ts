/**
 * The practice's fields, once: each field's label, its kind and its roles (table column, filter,
 * import/export column, measure, group-by). Its key is its name everywhere a person types one: the
 * command line's `--where`, `--group-by` and `--measure`, and the app's location (`t.<key>`, `n.<key>`,
 * `g.<key>`). The table's columns, the filter (its schema, its labels, its URL encoding and the
 * command line's list), the import's targets, the statistics' measures and the group-by choices are
 * all made from this table (data/domain/fields.test.ts checks that they agree).
 *
 * Besides the stored fields (PracticeFields, data/practices/model.ts) it lists what is derived from
 * them (country group, parent name, criteria met...) and the filter's conditions that are no field
 * of their own (search, hierarchy, withNarratives), because the filter and the command line name
 * them the same way.
 */
import {
  COUNTRY_GROUPS,
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  DIGITAL_ISSUANCE,
  DIGITAL_ISSUANCE_LABELS,
  DIMENSION_IDS,
  DIMENSION_NAMES,
  PRACTICE_TYPE_LABELS,
  PRACTICE_TYPES,
  SCOPE_LABELS,
  SCOPES,
  TECHNOLOGY_DOMAIN_LABELS,
  TECHNOLOGY_DOMAINS,
  type DimensionId,
} from './domain.js';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS } from './selectionCriteria.js';

/**
 * How a value is read and written: enum and list fields carry their values (a list holds several
 * of them); sources are documents with sections; narratives one text per dimension.
 */
export type FieldKind = 'text' | 'number' | 'enum' | 'boolean' | 'list' | 'sources' | 'narratives';

export interface FieldDefinition {
  /** What the field is called in the table's column menu, the filter, the import and export (the file's column header), statistics and group-by. */
  label: string;
  /** Where there is room for more words (the practice form and page, error lists). */
  longLabel?: string;
  kind: FieldKind;
  /** An enum's or list's values; without them any text is a value (country). */
  values?: readonly string[];
  valueLabels?: Readonly<Record<string, string>>;
  /**
   * A stored field of a practice (PracticeFields): on the form and the page; every stored field but
   * the narratives (a column per dimension, data/practices/fileColumns.ts) is a column of the
   * practice file the export writes and the import reads back, in this table's order.
   */
  stored?: true;
  /**
   * A column of the practice table: `header` when the column is narrower than the label; `sort`
   * false when the server cannot sort on it; `filterBy` the field whose filter its header offers
   * (default: its own; a list filter before text, text before a range; none for yes/no).
   */
  column?: { header?: string; sort?: false; filterBy?: string };
  /** Any of these values (filter[key] is a list); the value is the URL parameter's name. */
  listFilter?: string;
  /** Contains this text (filter.text[key], URL t.<key>). */
  textFilter?: true;
  /** A number range, both ends included (filter.numbers[key], URL n.<key>). */
  rangeFilter?: true;
  /** Yes or no (filter[key]); the value is the URL parameter's name. */
  booleanFilter?: string;
  /** One value (filter[key]: the search text, the hierarchy, a parent's id); the value is the URL parameter's name. */
  optionFilter?: string;
  /** A statistics measure (a number per practice); the value is its place in the menus. */
  measure?: number;
  /** A field a view can group practices by; the value is its place in the menus. */
  groupBy?: number;
}

export const PRACTICE_FIELDS = {
  search: { label: 'Search', kind: 'text', optionFilter: 'q' },
  name: { label: 'Name', kind: 'text', stored: true, column: {}, textFilter: true },
  nameOriginal: { label: 'Original name', longLabel: 'Name in the original language', kind: 'text', stored: true },
  code: { label: 'Code', kind: 'text', stored: true, column: {}, textFilter: true },
  parentId: { label: 'Parent practice id', longLabel: 'Part of (parent practice)', kind: 'text', stored: true, optionFilter: 'parent' },
  practiceNumber: { label: 'Practice number', kind: 'number', stored: true, column: { header: 'No.' }, rangeFilter: true },
  caseStudy: { label: 'Case study', longLabel: 'Selected as a case study', kind: 'boolean', stored: true, column: {}, booleanFilter: 'case', groupBy: 12 },
  caseStudyNumber: { label: 'Case study number', kind: 'number', stored: true },
  shortlisted: { label: 'Case-study shortlist', longLabel: 'On the case-study shortlist', kind: 'boolean', stored: true, column: { header: 'Shortlist' }, booleanFilter: 'short' },
  /** The pilot countries are groups of their own (countryGroupOf in domain.ts). */
  countryGroup: { label: 'Country group', kind: 'enum', values: COUNTRY_GROUPS, column: {}, listFilter: 'group', groupBy: 1 },
  country: { label: 'Country', kind: 'text', stored: true, column: {}, listFilter: 'country', textFilter: true, groupBy: 2 },
  region: { label: 'Region', kind: 'text', stored: true, column: {}, textFilter: true, groupBy: 3 },
  scope: { label: 'Scope', kind: 'enum', values: SCOPES, valueLabels: SCOPE_LABELS, stored: true, column: {}, listFilter: 'scope', groupBy: 4 },
  practiceType: { label: 'Practice type', kind: 'enum', values: PRACTICE_TYPES, valueLabels: PRACTICE_TYPE_LABELS, stored: true, column: {}, listFilter: 'type', groupBy: 5 },
  typeAsStated: { label: 'Type as stated', longLabel: 'Type as stated by the source', kind: 'text', stored: true },
  provider: { label: 'Provider or awarding body', kind: 'text', stored: true, column: { header: 'Provider' }, textFilter: true },
  technologyDomains: {
    label: 'Technology domains',
    kind: 'list',
    values: TECHNOLOGY_DOMAINS,
    valueLabels: TECHNOLOGY_DOMAIN_LABELS,
    stored: true,
    column: { sort: false, filterBy: 'technologyDomain' },
  },
  /** One of a practice's technology domains: it filters and groups (a practice counts once in each of its domains). */
  technologyDomain: { label: 'Technology domain', kind: 'enum', values: TECHNOLOGY_DOMAINS, valueLabels: TECHNOLOGY_DOMAIN_LABELS, listFilter: 'tech', groupBy: 6 },
  level: { label: 'Level', kind: 'text', stored: true, column: {}, textFilter: true, groupBy: 7 },
  eqfLevel: { label: 'EQF level', kind: 'number', stored: true, column: { header: 'EQF' }, rangeFilter: true, measure: 5, groupBy: 8 },
  ects: { label: 'ECTS', kind: 'number', stored: true, column: {}, rangeFilter: true, measure: 2 },
  hours: { label: 'Hours', kind: 'number', stored: true, column: {}, rangeFilter: true, measure: 1 },
  workloadNote: { label: 'Workload note', kind: 'text', stored: true },
  deliveryMode: {
    label: 'Delivery mode',
    kind: 'enum',
    values: DELIVERY_MODES,
    valueLabels: DELIVERY_MODE_LABELS,
    stored: true,
    column: { header: 'Delivery' },
    listFilter: 'mode',
    groupBy: 9,
  },
  deliveryNote: { label: 'Delivery note', kind: 'text', stored: true },
  releaseYear: { label: 'Release year', kind: 'number', stored: true, column: { header: 'Year' }, rangeFilter: true, measure: 4, groupBy: 11 },
  registeredProviders: { label: 'Registered providers', kind: 'number', stored: true, column: { header: 'Reg. providers' }, rangeFilter: true, measure: 3 },
  assessmentType: { label: 'Assessment type', kind: 'text', stored: true },
  qaType: { label: 'QA type', longLabel: 'Quality assurance type', kind: 'text', stored: true },
  digitalIssuance: {
    label: 'Digital issuance',
    kind: 'enum',
    values: DIGITAL_ISSUANCE,
    valueLabels: DIGITAL_ISSUANCE_LABELS,
    stored: true,
    column: {},
    listFilter: 'issuance',
    groupBy: 10,
  },
  stackability: { label: 'Stackability', kind: 'text', stored: true },
  strengths: { label: 'Strengths', kind: 'text', stored: true },
  limitations: { label: 'Limitations', kind: 'text', stored: true },
  relevance: { label: 'Relevance', kind: 'text', stored: true },
  notes: { label: 'Notes', kind: 'text', stored: true },
  narratives: { label: 'Dimension narratives', kind: 'narratives', stored: true },
  sources: { label: 'Sources', kind: 'sources', stored: true },
  /** Practices meeting every one of these selection criteria (unlike the other lists, all must hold). */
  criteria: {
    label: 'Selection criteria met (all of)',
    kind: 'list',
    values: SELECTION_CRITERION_IDS,
    valueLabels: SELECTION_CRITERION_LABELS,
    listFilter: 'crit',
  },
  /** How many of the seven selection criteria a practice meets (data/domain/selectionCriteria.ts). */
  criteriaMet: { label: 'Selection criteria met', kind: 'number', column: { header: 'Criteria', filterBy: 'criteria' }, rangeFilter: true },
  /** Only practices with at least one comparison-table narrative (the rows of a report's comparison table). */
  withNarratives: { label: 'With comparison narratives', kind: 'boolean', booleanFilter: 'narr' },
  /** Only practices with a score on at least one dimension, as the viewer may see it (blind mode hides others' scores). */
  rated: { label: 'Rated', longLabel: 'Rated on at least one dimension', kind: 'boolean', booleanFilter: 'rated' },
  /** top: only practices without a parent; components: only units or courses inside another. Grouped: practice or component. */
  hierarchy: { label: 'Practice or component', kind: 'enum', values: ['all', 'top', 'components'], optionFilter: 'hier', groupBy: 13 },
  parentName: { label: 'Part of (parent practice)', kind: 'text', column: { header: 'Part of' }, textFilter: true },
  /** The parent practice, as a group (its name). */
  parent: { label: 'Part of', kind: 'text', groupBy: 14 },
  childCount: { label: 'Number of components', kind: 'number', column: { header: 'Components' } },
  updatedAt: { label: 'Last updated', kind: 'text', column: { header: 'Updated' } },
} as const satisfies Record<string, FieldDefinition>;

type Fields = typeof PRACTICE_FIELDS;
export type FieldKey = keyof Fields;
/** The fields that have a role (a property of FieldDefinition). */
export type FieldsWith<Role extends keyof FieldDefinition> = { [K in FieldKey]: Fields[K] extends Record<Role, unknown> ? K : never }[FieldKey];

export const FIELD_KEYS = Object.keys(PRACTICE_FIELDS) as FieldKey[];

export function fieldDefinition(key: FieldKey): FieldDefinition {
  return PRACTICE_FIELDS[key];
}

/** The fields with a role, in the table's order. */
function fieldsWith<Role extends keyof FieldDefinition>(role: Role): FieldsWith<Role>[] {
  return FIELD_KEYS.filter((key) => fieldDefinition(key)[role] !== undefined) as FieldsWith<Role>[];
}

/** The fields with a role that gives their place in menus, in that order. */
function fieldsInPlace<Role extends 'measure' | 'groupBy'>(role: Role): FieldsWith<Role>[] {
  return fieldsWith(role).sort((a, b) => (fieldDefinition(a)[role] ?? 0) - (fieldDefinition(b)[role] ?? 0));
}

export function fieldLabel(key: FieldKey): string {
  return fieldDefinition(key).label;
}

/** The long label where the field has one (the form, the page), else its label. */
export function fieldLongLabel(key: FieldKey): string {
  const definition = fieldDefinition(key);
  return definition.longLabel ?? definition.label;
}

/** A label for each field of a list, as a record (what most callers index). */
function labelsOf<K extends FieldKey>(keys: readonly K[], labelOf: (key: K) => string = fieldLabel): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, labelOf(key)])) as Record<K, string>;
}

// ---- the practice (stored fields) --------------------------------------------------------------

export type StoredField = FieldsWith<'stored'>;
/** Every field of PracticeFields (data/practices/fileColumns.ts checks the two agree). */
export const STORED_FIELDS = fieldsWith('stored');
/** The practice form's and page's names of the stored fields. */
export const STORED_FIELD_LABELS: Record<StoredField, string> = labelsOf(STORED_FIELDS, fieldLongLabel);

/** Stored fields that are one column of the practice file each (narratives are one per dimension). */
export type FileField = Exclude<StoredField, 'narratives'>;
export const FILE_FIELDS = STORED_FIELDS.filter((key): key is FileField => key !== 'narratives');

// ---- the practice table ------------------------------------------------------------------------

export type ColumnField = FieldsWith<'column'>;
export const COLUMN_FIELDS = fieldsWith('column');

export type ScoreField = `score.${DimensionId}`;
export const SCORE_FIELDS: readonly ScoreField[] = DIMENSION_IDS.map((d) => `score.${d}` as const);

// ---- the filter ----------------------------------------------------------------------------------

export type ListFilterField = FieldsWith<'listFilter'>;
export type TextFilterField = FieldsWith<'textFilter'>;
export type NumberField = FieldsWith<'rangeFilter'>;
export type BooleanFilterField = FieldsWith<'booleanFilter'>;
export type OptionFilterField = FieldsWith<'optionFilter'>;
/** Multi-select filters (any of the values). */
export const LIST_FILTER_FIELDS = fieldsWith('listFilter');
/** Per-column "contains" filters. */
export const TEXT_FILTER_FIELDS = fieldsWith('textFilter');
/** Per-column numeric ranges. */
export const NUMBER_FIELDS = fieldsWith('rangeFilter');
export const BOOLEAN_FILTER_FIELDS = fieldsWith('booleanFilter');
export const OPTION_FILTER_FIELDS = fieldsWith('optionFilter');

/** The values a list filter accepts, or null where any text is a value (country). */
export function listFilterValues(field: ListFilterField): readonly string[] | null {
  return fieldDefinition(field).values ?? null;
}

/** The URL parameter of a list, yes/no or single-value filter. */
export function filterParam(field: ListFilterField | BooleanFilterField | OptionFilterField): string {
  const definition = fieldDefinition(field);
  const param = definition.listFilter ?? definition.booleanFilter ?? definition.optionFilter;
  if (param === undefined) throw new Error(`${field} has no URL parameter`);
  return param;
}

export type ColumnFilter =
  | { kind: 'enum'; field: ListFilterField }
  | { kind: 'text'; field: TextFilterField }
  | { kind: 'number'; field: NumberField }
  | { kind: 'none' };

function isListFilterField(key: string): key is ListFilterField {
  return (LIST_FILTER_FIELDS as readonly string[]).includes(key);
}
function isTextFilterField(key: string): key is TextFilterField {
  return (TEXT_FILTER_FIELDS as readonly string[]).includes(key);
}
function isNumberField(key: string): key is NumberField {
  return (NUMBER_FIELDS as readonly string[]).includes(key);
}

/** The filter a column's header offers: a list before text, text before a range, none for yes/no. */
export function columnFilterOf(field: ColumnField): ColumnFilter {
  const column: FieldDefinition['column'] = fieldDefinition(field).column;
  const key = column?.filterBy ?? field;
  if (isListFilterField(key)) return { kind: 'enum', field: key };
  if (isTextFilterField(key)) return { kind: 'text', field: key };
  if (isNumberField(key)) return { kind: 'number', field: key };
  return { kind: 'none' };
}

/** The column's heading (narrow columns have a shorter one than the label). */
export function columnHeaderOf(field: ColumnField): string {
  const definition = fieldDefinition(field);
  return definition.column?.header ?? definition.label;
}

/** The filter's fields as a person names them: each filter field, then score.<dimension>. */
export const WHERE_FIELDS: readonly string[] = [
  ...new Set<string>([...OPTION_FILTER_FIELDS.filter((f) => f === 'search'), ...LIST_FILTER_FIELDS, ...BOOLEAN_FILTER_FIELDS, ...OPTION_FILTER_FIELDS.filter((f) => f !== 'search'), ...TEXT_FILTER_FIELDS, ...NUMBER_FIELDS]),
  ...SCORE_FIELDS,
];

export const LIST_FILTER_LABELS = labelsOf(LIST_FILTER_FIELDS);
export const TEXT_FILTER_LABELS = labelsOf(TEXT_FILTER_FIELDS);
export const NUMBER_FILTER_LABELS = labelsOf(NUMBER_FIELDS);

// ---- sorting, statistics, groups ---------------------------------------------------------------

/** The table's columns the server sorts on, then the mean scores. */
type SortableColumn = { [K in ColumnField]: Fields[K]['column'] extends { sort: false } ? never : K }[ColumnField];
export const SORT_FIELDS = [
  ...COLUMN_FIELDS.filter((key): key is SortableColumn => fieldDefinition(key).column?.sort !== false),
  ...SCORE_FIELDS,
];
export type SortField = (typeof SORT_FIELDS)[number];

/** A score measure is the practice's mean score on a dimension. */
export const MEASURE_FIELDS = [...fieldsInPlace('measure'), ...SCORE_FIELDS];
export type MeasureField = (typeof MEASURE_FIELDS)[number];
export const MEASURE_LABELS: Record<MeasureField, string> = {
  ...labelsOf(fieldsInPlace('measure')),
  ...(Object.fromEntries(DIMENSION_IDS.map((d) => [`score.${d}`, `${DIMENSION_NAMES[d]} score`])) as Record<ScoreField, string>),
};

/**
 * Fields a view can group practices by. A practice with several technology domains counts once
 * in each; an empty value forms its own group ("not recorded"), never a zero.
 */
export const GROUP_FIELDS = fieldsInPlace('groupBy');
export type GroupField = FieldsWith<'groupBy'>;
export const GROUP_FIELD_LABELS: Record<GroupField, string> = labelsOf(GROUP_FIELDS);
