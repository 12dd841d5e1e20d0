/**
 * The comparison's extra columns (EU information elements, selection criteria, shortlist): their
 * headings and each row's value, shared by the exports and the UI so both read the same. Pure.
 */
import type { CompareExtraColumn } from './schemas.js';
import { fieldLabel } from '../domain/fields.js';
import type { CompareRow } from './model.js';
import { ELEMENT_STATUS_LABELS, EU_ELEMENT_LABELS, MANDATORY_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS, type SelectionCriterionId } from '../domain/selectionCriteria.js';

export function compareExtraLabel(column: CompareExtraColumn): string {
  if (column === 'euMandatory') return 'All mandatory EU elements';
  if (column === 'criteriaMet' || column === 'shortlisted') return fieldLabel(column);
  if (column.startsWith('eu.')) return `EU: ${EU_ELEMENT_LABELS[column.slice(3) as EuElementId]}`;
  return `Criterion: ${SELECTION_CRITERION_LABELS[column.slice('criterion.'.length) as SelectionCriterionId]}`;
}

/**
 * Whether a row documents the full definition: yes (all eleven "yes"), partly (all at least
 * partly), no (some mandatory element is not documented) or unknown (the rest).
 */
export function mandatoryStatus(row: Pick<CompareRow, 'elements'>): ElementStatus {
  const statuses = MANDATORY_ELEMENT_IDS.map((e) => row.elements[e]?.status ?? 'unknown');
  if (statuses.every((s) => s === 'yes')) return 'yes';
  if (statuses.every((s) => s === 'yes' || s === 'partly')) return 'partly';
  return statuses.includes('no') ? 'no' : 'unknown';
}

/** The cell as text or a number; criteria met is a count so it sorts and sums in a spreadsheet. */
export function compareExtraValue(row: CompareRow, column: CompareExtraColumn): string | number {
  if (column === 'euMandatory') return ELEMENT_STATUS_LABELS[mandatoryStatus(row)];
  if (column === 'criteriaMet') return row.criteria.length;
  if (column === 'shortlisted') return row.shortlisted ? 'Yes' : 'No';
  if (column.startsWith('eu.')) return ELEMENT_STATUS_LABELS[row.elements[column.slice(3) as EuElementId]?.status ?? 'unknown'];
  return row.criteria.includes(column.slice('criterion.'.length) as SelectionCriterionId) ? 'Yes' : 'No';
}

/** For "how many of" headings. */
export const SELECTION_CRITERIA_COUNT = SELECTION_CRITERION_IDS.length;
