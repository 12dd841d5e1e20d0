/**
 * The list views, once: the practice table and the analysis views that share its filter, in the
 * order of the view tabs (their tab labels are the app namespace's `views.<view>` messages). Routing, the tabs and each view's remembered
 * settings all read this list.
 */
export const LIST_VIEWS = [
  { view: 'table' },
  { view: 'compare' },
  { view: 'gaps' },
  { view: 'stats' },
  { view: 'coverage' },
  { view: 'elements' },
  { view: 'agreement' },
  { view: 'disagreements' },
] as const;

export type ListView = (typeof LIST_VIEWS)[number]['view'];
export type AnalysisView = Exclude<ListView, 'table'>;

export const ANALYSIS_VIEWS: readonly AnalysisView[] = LIST_VIEWS.map((v) => v.view).filter((view): view is AnalysisView => view !== 'table');
