/**
 * The comparison view's own settings in the hash (the filter is shared, see views.ts):
 *   cells=narrative|score|both   groupBy=<field>   sort=practiceNumber | -score.<dimension>
 *   dims=governance,assessment (columns shown, in this order)   id=<id>&id=<id> (hand-picked rows, in order)
 *   extra=euMandatory,eu.title,criteriaMet,criterion.<id>,shortlisted (columns after the dimensions, in this order)
 */
import { CELL_CONTENTS, COMPARE_EXTRA_COLUMNS, type CompareExtraColumn, type GroupField } from '../../../../data/analysis/schemas';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { isDimensionId, isGroupField } from '../analysisLabels';

export type CellContent = (typeof CELL_CONTENTS)[number];

export { COMPARE_SORT_FIELDS, type CompareSortField } from '../../../../data/analysis/schemas';
import { COMPARE_SORT_FIELDS, type CompareSortField } from '../../../../data/analysis/schemas';

export interface CompareSettings {
  cells: CellContent;
  groupBy: GroupField | null;
  sort: { field: CompareSortField; desc: boolean };
  dimensions: DimensionId[];
  /** EU elements, selection criteria and shortlist columns after the dimensions. */
  extras: CompareExtraColumn[];
  /** Hand-picked practices in order; null = the filtered practices. */
  ids: string[] | null;
}

export const DEFAULT_COMPARE: CompareSettings = {
  cells: 'both',
  groupBy: null,
  sort: { field: 'name', desc: false },
  dimensions: [...DIMENSION_IDS],
  extras: [],
  ids: null,
};

function isSortField(value: string): value is CompareSortField {
  return (COMPARE_SORT_FIELDS as readonly string[]).includes(value);
}

export function parseCompareSettings(params: URLSearchParams): CompareSettings {
  const cellsParam = params.get('cells');
  const cells = CELL_CONTENTS.find((c) => c === cellsParam) ?? DEFAULT_COMPARE.cells;
  const groupParam = params.get('groupBy');
  const groupBy = isGroupField(groupParam) ? groupParam : null;
  const sortParam = params.get('sort') ?? '';
  const desc = sortParam.startsWith('-');
  const sortField = desc ? sortParam.slice(1) : sortParam;
  const sort = isSortField(sortField) ? { field: sortField, desc } : DEFAULT_COMPARE.sort;
  const dimsParam = params.get('dims');
  const dimensions = dimsParam === null ? [...DIMENSION_IDS] : [...new Set(dimsParam.split(',').filter(isDimensionId))];
  const extras = [...new Set((params.get('extra') ?? '').split(','))].filter((c): c is CompareExtraColumn => (COMPARE_EXTRA_COLUMNS as readonly string[]).includes(c));
  const ids = [...new Set(params.getAll('id').filter((id) => id.trim() !== ''))].slice(0, 5000);
  return {
    cells,
    groupBy,
    sort,
    dimensions: dimensions.length > 0 ? dimensions : [...DIMENSION_IDS],
    extras,
    ids: ids.length > 0 ? ids : null,
  };
}

export function compareSettingsToParams(settings: CompareSettings): URLSearchParams {
  const params = new URLSearchParams();
  if (settings.cells !== DEFAULT_COMPARE.cells) params.set('cells', settings.cells);
  if (settings.groupBy) params.set('groupBy', settings.groupBy);
  if (settings.sort.field !== 'name' || settings.sort.desc) params.set('sort', `${settings.sort.desc ? '-' : ''}${settings.sort.field}`);
  const allInOrder = settings.dimensions.length === DIMENSION_IDS.length && settings.dimensions.every((d, i) => d === DIMENSION_IDS[i]);
  if (!allInOrder) params.set('dims', settings.dimensions.join(','));
  if (settings.extras.length > 0) params.set('extra', settings.extras.join(','));
  for (const id of settings.ids ?? []) params.append('id', id);
  return params;
}

/**
 * The "Report table (D3.2 §1.4)" preset's filter: the rows of the report's comparison table
 * (practices with a narrative), within what the user has filtered already. It adds its condition
 * and drops none of theirs; the filter bar shows all of them, each removable.
 */
export function reportPresetFilter(filter: PracticeFilter): PracticeFilter {
  return { ...filter, withNarratives: true };
}
