/**
 * Routing by location hash, so the same build works from file:// (Electron) and from the
 * browser host. Routes:
 *   #/                      practice table (its search, filter and sort live in the query)
 *   #/practice/<id>         practice page
 *   #/practice/<id>/edit    edit form
 *   #/new                   create form
 *   #/import                CSV import wizard
 *   #/merge                 merge a partner's dataset file
 *   #/rubric                the rubric's versions, and editing it
 *   #/checks                data-quality checks and the reports' claims
 *   #/compare  #/gaps  #/stats  #/coverage  #/elements (EU information elements)  #/agreement
 *   #/disagreements         pairs where raters differ, and their consensus
 *                           analysis views; the same filter as the table, plus each view's own settings
 */
import { useMemo, useSyncExternalStore } from 'react';

import { ANALYSIS_VIEWS, type AnalysisView } from './listViews';

export { ANALYSIS_VIEWS, type AnalysisView };

export type Route =
  | { name: 'table'; params: URLSearchParams }
  | { name: AnalysisView; params: URLSearchParams }
  | { name: 'practice'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'new' }
  | { name: 'import' }
  | { name: 'merge' }
  | { name: 'rubric' }
  | { name: 'checks' }
  | { name: 'notFound'; path: string };

const REPLACE_EVENT = 'autocredify:hashreplace';

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  if (path === '' || path === '/') return { name: 'table', params: new URLSearchParams(query) };
  if (path === '/new') return { name: 'new' };
  if (path === '/import' || path === '/import/') return { name: 'import' };
  if (path === '/merge' || path === '/merge/') return { name: 'merge' };
  if (path === '/rubric' || path === '/rubric/') return { name: 'rubric' };
  if (path === '/checks' || path === '/checks/') return { name: 'checks' };
  const view = ANALYSIS_VIEWS.find((v) => path === `/${v}` || path === `/${v}/`);
  if (view) return { name: view, params: new URLSearchParams(query) };
  const match = /^\/practice\/([^/]+)(\/edit)?\/?$/.exec(path);
  if (match && match[1] !== undefined) {
    const id = safeDecode(match[1]);
    if (id !== null && id !== '') return match[2] ? { name: 'edit', id } : { name: 'practice', id };
  }
  return { name: 'notFound', path };
}

export function practiceHref(id: string): string {
  return `#/practice/${encodeURIComponent(id)}`;
}

export function editHref(id: string): string {
  return `#/practice/${encodeURIComponent(id)}/edit`;
}

export const IMPORT_HREF = '#/import';
export const MERGE_HREF = '#/merge';
export const CHECKS_HREF = '#/checks';

export function tableHref(query: string): string {
  return query ? `#/?${query}` : '#/';
}

/** Go to a hash. `replace` rewrites the current history entry (used while typing in filters). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = to.startsWith('#') ? to : `#${to}`;
  if (window.location.hash === target) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new Event(REPLACE_EVENT));
  } else {
    window.location.hash = target;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACE_EVENT, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACE_EVENT, onChange);
  };
}

function getHash(): string {
  return window.location.hash;
}

/** The current route; re-renders when the hash changes. */
export function useHashRoute(): { route: Route; hash: string } {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  const route = useMemo(() => parseHash(hash), [hash]);
  return { route, hash };
}
