/** The header's tabs: Practices, Comparison, Gaps, Statistics, Coverage; each keeps the shared filter. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from './useHashRoute';
import { isListRoute, VIEW_TABS } from './views';
import { useNavigation } from './navigation';

export function ViewTabs({ route }: { route: Route }) {
  const { t } = useTranslation('app');
  const { tabLinks, rememberView } = useNavigation();
  const links = tabLinks(route);

  useEffect(() => {
    if (isListRoute(route)) rememberView(route);
  }, [route, rememberView]);

  const current = isListRoute(route) ? route.name : null;
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {VIEW_TABS.map(({ view }) => (
        <a
          key={view}
          className={`view-tabs__tab${current === view ? ' is-current' : ''}`}
          href={links[view]}
          aria-current={current === view ? 'page' : undefined}
        >
          {t(`views.${view}`)}
        </a>
      ))}
    </nav>
  );
}
