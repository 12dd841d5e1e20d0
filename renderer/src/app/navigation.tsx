/**
 * What the app remembers while it runs about where the user has been, so that links take them
 * back there: the shared filter and each list view's own settings as last seen (the tabs,
 * "← Practices"), and where the practice table was scrolled when a practice was opened. Held by
 * one provider (App) in React state, not in module variables: each app instance has its own, and
 * every reader and writer of it is a component under the provider.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PracticeFilter } from '../../../data/contract/contract';
import type { Route } from './useHashRoute';
import { EMPTY_VIEW_MEMORY, profileLink, rememberView, tabLinks, viewLink, type ListRoute, type ListView, type ViewMemory } from './views';

/** Where the practice table was left: for its query (key), the scroll offset, the selected row, the row count. */
export interface TablePosition {
  key: string;
  offset: number;
  selected: number;
  total: number;
}

export interface TablePositionMemory {
  /** The position the table was left at for this query, if it was left at all. */
  savedFor(key: string): TablePosition | null;
  save(position: TablePosition): void;
  /** The rows changed under the table (an import, a merge): it starts at the top next time. */
  forget(): void;
}

export interface Navigation {
  /** Note what a list view shows, so links to the other views carry its filter and settings. */
  rememberView(route: ListRoute): void;
  /** A link to a list view with the remembered (or a given) filter and its remembered settings. */
  viewLink(view: ListView, options?: { filter?: PracticeFilter; set?: Record<string, string | null> }): string;
  /** The gap view's profile of one practice, with the remembered filter less its search. */
  profileLink(practiceId: string): string;
  /** Links for the header's tabs. */
  tabLinks(route: Route): Record<ListView, string>;
  /** The practice table as last shown (its filter and sort), for "back to the practices". */
  tableHref: string;
  tablePosition: TablePositionMemory;
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation is used outside NavigationProvider');
  return navigation;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [memory, setMemory] = useState<ViewMemory>(EMPTY_VIEW_MEMORY);
  // The table reads its position once when it mounts and writes it when it unmounts: nothing
  // renders from it, so a ref (owned by this provider) rather than state.
  const position = useRef<TablePosition | null>(null);

  const tablePosition = useMemo<TablePositionMemory>(
    () => ({
      savedFor: (key) => (position.current && position.current.key === key ? position.current : null),
      save: (next) => {
        position.current = next;
      },
      forget: () => {
        position.current = null;
      },
    }),
    [],
  );

  const remember = useCallback((route: ListRoute) => setMemory((current) => rememberView(current, route)), []);

  const navigation = useMemo<Navigation>(
    () => ({
      rememberView: remember,
      viewLink: (view, options) => viewLink(memory, view, options),
      profileLink: (practiceId) => profileLink(memory, practiceId),
      tabLinks: (route) => tabLinks(memory, route),
      tableHref: viewLink(memory, 'table'),
      tablePosition,
    }),
    [memory, remember, tablePosition],
  );

  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}
