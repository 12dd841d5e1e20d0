/**
 * The list views (the practice table and the four analysis views) share one filter, kept in the
 * hash. Each view also keeps its own settings there (sort, grouping, …). Switching views carries
 * the filter over and brings back the other view's settings as last seen in this run, so a view
 * can be bookmarked, reloaded and returned to. Pure functions of the route and of what the
 * navigation provider remembers (app/navigation.tsx).
 */
import type { PracticeFilter } from '../../../data/contract/contract';
import { filterToString, parseTableQuery } from '../filter/filterQuery';
import type { Route } from './useHashRoute';
import { LIST_VIEWS, type ListView } from './listViews';

export type { ListView };

export const VIEW_TABS: readonly { view: ListView }[] = LIST_VIEWS;

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

/**
 * What the list views showed last in this run: the shared filter and each view's own settings
 * (as query text). Plain data, kept by the navigation provider (app/navigation.tsx); the functions
 * below only read it or return a new one.
 */
export interface ViewMemory {
  filter: PracticeFilter;
  own: Readonly<Record<ListView, string>>;
}

export const EMPTY_VIEW_MEMORY: ViewMemory = {
  filter: {},
  own: { table: '', compare: '', gaps: '', stats: '', coverage: '', elements: '', agreement: '', disagreements: '' },
};

/** The memory after a list view was shown; the same object when nothing it keeps changed (so React does not render again). */
export function rememberView(memory: ViewMemory, route: ListRoute): ViewMemory {
  const filter = parseTableQuery(route.params).filter;
  const own = ownParams(route.name, route.params).toString();
  if (own === memory.own[route.name] && filterToString(filter) === filterToString(memory.filter)) return memory;
  return { filter, own: { ...memory.own, [route.name]: own } };
}

/**
 * A link to a view with a filter (the remembered one unless given) and the view's remembered
 * settings; `set` replaces some of them (null removes one).
 */
export function viewLink(memory: ViewMemory, view: ListView, options: { filter?: PracticeFilter; set?: Record<string, string | null> } = {}): string {
  const own = new URLSearchParams(memory.own[view]);
  for (const [key, value] of Object.entries(options.set ?? {})) {
    if (value === null) own.delete(key);
    else own.set(key, value);
  }
  return viewHref(view, options.filter ?? memory.filter, own);
}

/**
 * The gap view's profile of one practice. The remembered filter goes along (the group the profile
 * is compared with), but not its search: a search names other practices, and the chart would hold
 * only them, or nothing.
 */
export function profileLink(memory: ViewMemory, practiceId: string): string {
  const { search: _search, ...filter } = memory.filter;
  return viewLink(memory, 'gaps', { filter, set: { profile: practiceId } });
}

/** Links for the header's tabs, from the route on screen (or, on other screens, the last list view). */
export function tabLinks(memory: ViewMemory, route: Route): Record<ListView, string> {
  const filter = isListRoute(route) ? parseTableQuery(route.params).filter : memory.filter;
  const links = {} as Record<ListView, string>;
  for (const { view } of VIEW_TABS) {
    const own = isListRoute(route) && route.name === view ? ownParams(view, route.params) : new URLSearchParams(memory.own[view]);
    links[view] = viewHref(view, filter, own);
  }
  return links;
}
