/**
 * The practice table's filter conditions that no visible control shows: a condition on a hidden
 * column (the compact column set hides the country group, so a gap-map cell's "Portugal" would
 * filter the rows unseen), a group condition from a chart. The toolbar shows them as chips.
 */
import type { PracticeFilter } from '../../../data/contract/contract';
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import { COLUMN_FIELDS, columnFilterOf, fieldDefinition, LIST_FILTER_FIELDS } from '../../../data/domain/fields';
import { ENUM_FILTER_LABELS, extraConditions, type FilterCondition } from './filterLabels';

/** The filter fields the visible columns' headers offer a control for. */
function shownFilterFields(hiddenColumns: readonly string[]): Set<string> {
  const shown = new Set<string>();
  for (const column of COLUMN_FIELDS) {
    if (hiddenColumns.includes(column)) continue;
    const filter = columnFilterOf(column);
    if (filter.kind !== 'none') shown.add(filter.field);
  }
  for (const dimension of DIMENSION_IDS) if (!hiddenColumns.includes(`score_${dimension}`)) shown.add(`score.${dimension}`);
  return shown;
}

export function conditionsWithoutControl(filter: PracticeFilter, hiddenColumns: readonly string[], dimensionName: (id: DimensionId) => string): FilterCondition[] {
  const shown = shownFilterFields(hiddenColumns);
  const out: FilterCondition[] = [];
  for (const field of LIST_FILTER_FIELDS) {
    const values = filter[field];
    if (!values || values.length === 0 || shown.has(field)) continue;
    const labels = fieldDefinition(field).valueLabels;
    out.push({ kind: 'list', field, text: `${ENUM_FILTER_LABELS[field]}: ${values.map((v) => labels?.[v] ?? v).join(', ')}` });
  }
  for (const condition of extraConditions(filter, dimensionName)) {
    if (condition.kind === 'parent') continue; // the toolbar has a chip of its own, with the parent's name
    if (condition.kind === 'text' || condition.kind === 'number') {
      if (shown.has(condition.field)) continue;
    } else if (condition.kind === 'score' && shown.has(`score.${condition.dimension}`)) continue;
    out.push(condition);
  }
  return out;
}
