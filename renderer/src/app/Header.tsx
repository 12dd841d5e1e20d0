/** App name, the views, Import CSV, the open store (with a Read-only badge) and the current rater. */
import { useState } from 'react';
import { useSession } from './session';
import { RaterSwitcher } from './RaterSwitcher';
import { ViewTabs } from './ViewTabs';
import { CHECKS_HREF, IMPORT_HREF, MERGE_HREF, type Route } from './useHashRoute';
import { useNavigation } from './navigation';
import { HistoryControls } from './HistoryControls';
import { LanguageSelect } from './i18n/LanguageSelect';

export function Header({ route }: { route: Route }) {
  const { info, readOnly } = useSession();
  const { tableHref } = useNavigation();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  // What opening the dataset did that the user must know: an upgrade (and where the old copy is), or why it is read-only.
  const notice = info.upgradedFrom
    ? `This dataset was upgraded from version ${info.upgradedFrom.version}; the file as it was is kept as ${info.upgradedFrom.backupPath}.`
    : readOnly
      ? `Read-only: ${info.readOnlyReason ?? 'this dataset cannot be changed here.'}`
      : null;
  return (
    <header className="app-header">
      <a className="app-header__brand" href={tableHref} title="Back to the practice table">
        {info.appName || 'AutoCredify Mapper'}
      </a>
      <ViewTabs route={route} />
      <a
        className={`view-tabs__tab app-header__import${route.name === 'import' ? ' is-current' : ''}`}
        href={IMPORT_HREF}
        aria-current={route.name === 'import' ? 'page' : undefined}
        title="Add or update practices from a CSV file saved by Excel in any European locale"
      >
        Import CSV
      </a>
      <a
        className={`view-tabs__tab app-header__import${route.name === 'merge' ? ' is-current' : ''}`}
        href={MERGE_HREF}
        aria-current={route.name === 'merge' ? 'page' : undefined}
        title="Bring in a partner’s copy of this dataset: their edits and their raters’ scores"
      >
        Merge
      </a>
      <a
        className={`view-tabs__tab app-header__import${route.name === 'checks' ? ' is-current' : ''}`}
        href={CHECKS_HREF}
        aria-current={route.name === 'checks' ? 'page' : undefined}
        title="Data-quality checks and the reports' printed figures, before you publish"
      >
        Checks
      </a>
      <div className="app-header__store" title={info.storePath}>
        <span className="app-header__store-label">Store</span>
        <span className="app-header__store-path">{/* LRM keeps a leading "/" in place in the right-to-left ellipsis box */}{`\u200E${info.storePath}`}</span>
        {readOnly ? (
          <span className="badge badge--readonly" title={info.readOnlyReason ?? 'This store was opened read-only: nothing can be changed or scored.'}>
            Read-only
          </span>
        ) : null}
      </div>
      <LanguageSelect />
      <RaterSwitcher />
      <HistoryControls readOnly={readOnly} />
      {notice && !noticeDismissed ? (
        <div className="app-header__notice" role="status">
          {notice}
          <button type="button" className="chip__remove" aria-label="Dismiss" onClick={() => setNoticeDismissed(true)}>
            ×
          </button>
        </div>
      ) : null}
    </header>
  );
}
