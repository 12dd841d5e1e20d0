/**
 * Pure decisions of the visible undo: which steps ask first, and how a step reads on a button.
 * An import or a merge changes many records the current page may not show; undoing one from
 * elsewhere (Ctrl+Z on the Statistics page) asks first, naming it.
 */
import type { ChangeSetSummary } from '../../../data/history/model';
import type { Route } from './useHashRoute';

/** Operations whose undo or redo asks first, and the screen that shows what they did. */
const BIG_STEPS: Readonly<Record<string, Route['name']>> = {
  'import.run': 'import',
  'practices.importCaseStudies': 'import',
  'merge.run': 'merge',
};

export function needsConfirmation(step: Pick<ChangeSetSummary, 'operation'>, route: Pick<Route, 'name'>): boolean {
  const shownOn = BIG_STEPS[step.operation];
  return shownOn !== undefined && shownOn !== route.name;
}

/** A step's label cut to fit a header button; the full label is the button's title. */
export function shortLabel(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export function noticeText(direction: 'undo' | 'redo', step: Pick<ChangeSetSummary, 'label'>): string {
  return `${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}`;
}
