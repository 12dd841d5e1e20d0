/**
 * The list views, once: the practice table and the analysis views that share its filter, in the
 * order of the view tabs, with their tab labels. Routing, the tabs and each view's remembered
 * settings all read this list.
 */
export const LIST_VIEWS = [
  { view: 'table', label: 'Practices' },
  { view: 'compare', label: 'Comparison' },
  { view: 'gaps', label: 'Gaps' },
  { view: 'stats', label: 'Statistics' },
  { view: 'coverage', label: 'Coverage' },
  { view: 'elements', label: 'EU elements' },
  { view: 'agreement', label: 'Agreement' },
  { view: 'disagreements', label: 'Disagreements' },
] as const;

export type ListView = (typeof LIST_VIEWS)[number]['view'];
export type AnalysisView = Exclude<ListView, 'table'>;

export const ANALYSIS_VIEWS: readonly AnalysisView[] = LIST_VIEWS.map((v) => v.view).filter((view): view is AnalysisView => view !== 'table');
