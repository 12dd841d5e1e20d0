/**
 * The list views (the practice table and the four analysis views) share one filter, kept in the
 * hash. Each view also keeps its own settings there (sort, grouping, …). Switching views carries
 * the filter over and brings back the other view's settings as last seen in this run, so a view
 * can be bookmarked, reloaded and returned to.
 */
import type { PracticeFilter } from '../../../data/contract/contract';
import { filterToString, parseTableQuery } from '../filter/filterQuery';
import { rememberTableHash, type AnalysisView, type Route } from './useHashRoute';

export type ListView = 'table' | AnalysisView;

export const VIEW_TABS: readonly { view: ListView; label: string }[] = [
  { view: 'table', label: 'Practices' },
  { view: 'compare', label: 'Comparison' },
  { view: 'gaps', label: 'Gaps' },
  { view: 'stats', label: 'Statistics' },
  { view: 'coverage', label: 'Coverage' },
  { view: 'elements', label: 'EU elements' },
  { view: 'agreement', label: 'Agreement' },
  { view: 'disagreements', label: 'Disagreements' },
];

/** Each view's own hash parameters; everything else in its query is the shared filter. */
const VIEW_PARAMS: Record<ListView, readonly string[]> = {
  table: ['sort'],
  compare: ['cells', 'groupBy', 'sort', 'dims', 'id'],
  gaps: ['groupBy', 'color', 'profile'],
  stats: ['groupBy', 'measure'],
  coverage: [],
  elements: [],
  agreement: ['rater'],
  disagreements: ['status', 'min'],
};

const PATHS: Record<ListView, string> = {
  table: '/',
  compare: '/compare',
  gaps: '/gaps',
  stats: '/stats',
  coverage: '/coverage',
  elements: '/elements',
  agreement: '/agreement',
  disagreements: '/disagreements',
};

export type ListRoute = Extract<Route, { params: URLSearchParams }>;

export function isListRoute(route: Route): route is ListRoute {
  return 'params' in route;
}

/** The view's own settings out of a full query. */
export function ownParams(view: ListView, params: URLSearchParams): URLSearchParams {
  const own = new URLSearchParams();
  for (const [key, value] of params) if (VIEW_PARAMS[view].includes(key)) own.append(key, value);
  return own;
}

/** The hash of a view: its path, the shared filter, then its own settings. */
export function viewHref(view: ListView, filter: PracticeFilter, own: URLSearchParams = new URLSearchParams()): string {
  const query = [filterToString(filter), own.toString()].filter(Boolean).join('&');
  return `#${PATHS[view]}${query ? `?${query}` : ''}`;
}

let lastFilter: PracticeFilter = {};
const lastOwn: Record<ListView, string> = { table: '', compare: '', gaps: '', stats: '', coverage: '', elements: '', agreement: '', disagreements: '' };

/** Note what a list view shows, so links to the other views carry its filter. */
export function rememberView(route: ListRoute): void {
  lastFilter = parseTableQuery(route.params).filter;
  lastOwn[route.name] = ownParams(route.name, route.params).toString();
  rememberTableHash(viewHref('table', lastFilter, new URLSearchParams(lastOwn.table)));
}

/**
 * A link to a view with a filter (the current one unless given) and the view's remembered
 * settings; `set` replaces some of them (null removes one).
 */
export function viewLink(view: ListView, options: { filter?: PracticeFilter; set?: Record<string, string | null> } = {}): string {
  const own = new URLSearchParams(lastOwn[view]);
  for (const [key, value] of Object.entries(options.set ?? {})) {
    if (value === null) own.delete(key);
    else own.set(key, value);
  }
  return viewHref(view, options.filter ?? lastFilter, own);
}

/** Links for the header's tabs, from the route on screen (or, on other screens, the last list view). */
export function tabLinks(route: Route): Record<ListView, string> {
  const filter = isListRoute(route) ? parseTableQuery(route.params).filter : lastFilter;
  const links = {} as Record<ListView, string>;
  for (const { view } of VIEW_TABS) {
    const own = isListRoute(route) && route.name === view ? ownParams(view, route.params) : new URLSearchParams(lastOwn[view]);
    links[view] = viewHref(view, filter, own);
  }
  return links;
}
