/** App name, the views, the open store (with a Read-only badge) and the current rater. */
import { useSession } from './session';
import { RaterSwitcher } from './RaterSwitcher';
import { ViewTabs } from './ViewTabs';
import { lastTableHref, type Route } from './useHashRoute';

export function Header({ route }: { route: Route }) {
  const { info, readOnly } = useSession();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={lastTableHref()} title="Back to the practice table">
        {info.appName || 'AutoCredify Mapper'}
      </a>
      <ViewTabs route={route} />
      <div className="app-header__store" title={info.storePath}>
        <span className="app-header__store-label">Store</span>
        <span className="app-header__store-path">{/* LRM keeps a leading "/" in place in the right-to-left ellipsis box */}{`\u200E${info.storePath}`}</span>
        {readOnly ? (
          <span className="badge badge--readonly" title="This store was opened read-only: nothing can be changed or scored.">
            Read-only
          </span>
        ) : null}
      </div>
      <RaterSwitcher />
    </header>
  );
}
