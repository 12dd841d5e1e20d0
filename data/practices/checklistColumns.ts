/**
 * Columns for a practice's EU information elements (status and note) and selection criteria
 * (yes or no): what the practice export writes after the fields, and what the import reads back.
 * Kept apart from the field targets (targets.ts) because they are not practice fields: they are
 * written with practices.setElements / setCriteria semantics (data/practiceChecklist.ts).
 */
import { EU_ELEMENT_IDS, EU_ELEMENT_LABELS, type EuElementId } from '../domain/euElements.js';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS, type SelectionCriterionId } from '../domain/selectionCriteria.js';

export type ElementTarget = `element:${EuElementId}`;
export type ElementNoteTarget = `elementNote:${EuElementId}`;
export type CriterionTarget = `criterion:${SelectionCriterionId}`;
export type ChecklistTarget = ElementTarget | ElementNoteTarget | CriterionTarget;

export interface ChecklistTargetInfo {
  target: ChecklistTarget;
  label: string;
  kind: 'element-status' | 'text' | 'boolean';
}

export const CHECKLIST_TARGETS: readonly ChecklistTargetInfo[] = [
  ...EU_ELEMENT_IDS.flatMap((e): ChecklistTargetInfo[] => [
    { target: `element:${e}`, label: `EU: ${EU_ELEMENT_LABELS[e]}`, kind: 'element-status' },
    { target: `elementNote:${e}`, label: `EU note: ${EU_ELEMENT_LABELS[e]}`, kind: 'text' },
  ]),
  ...SELECTION_CRITERION_IDS.map((c): ChecklistTargetInfo => ({ target: `criterion:${c}`, label: `Criterion: ${SELECTION_CRITERION_LABELS[c]}`, kind: 'boolean' })),
];

/** Which element or criterion a checklist target names, or null for any other target. */
export function checklistPartOf(target: string): { part: 'element'; element: EuElementId } | { part: 'elementNote'; element: EuElementId } | { part: 'criterion'; criterion: SelectionCriterionId } | null {
  const [part, key] = target.split(':');
  if (part === 'element' || part === 'elementNote') {
    const element = EU_ELEMENT_IDS.find((e) => e === key);
    return element === undefined ? null : { part, element };
  }
  if (part === 'criterion') {
    const criterion = SELECTION_CRITERION_IDS.find((c) => c === key);
    return criterion === undefined ? null : { part, criterion };
  }
  return null;
}
