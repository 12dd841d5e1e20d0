/** App name, the views, Import CSV, the open store (with a Read-only badge) and the current rater. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('app');
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  // What opening the dataset did that the user must know: an upgrade (and where the old copy is), or why it is read-only.
  const notice = info.upgradedFrom
    ? t('header.upgraded', { version: info.upgradedFrom.version, backupPath: info.upgradedFrom.backupPath })
    : readOnly
      ? t('header.readOnlyNotice', { reason: info.readOnlyReason ?? t('header.readOnlyDefault') })
      : null;
  return (
    <header className="app-header">
      <a className="app-header__brand" href={tableHref} title={t('header.brandTitle')}>
        {info.appName || 'AutoCredify Mapper'}
      </a>
      <ViewTabs route={route} />
      <a
        className={`view-tabs__tab app-header__import${route.name === 'import' ? ' is-current' : ''}`}
        href={IMPORT_HREF}
        aria-current={route.name === 'import' ? 'page' : undefined}
        title={t('header.importTitle')}
      >
        {t('header.import')}
      </a>
      <a
        className={`view-tabs__tab app-header__import${route.name === 'merge' ? ' is-current' : ''}`}
        href={MERGE_HREF}
        aria-current={route.name === 'merge' ? 'page' : undefined}
        title={t('header.mergeTitle')}
      >
        {t('header.merge')}
      </a>
      <a
        className={`view-tabs__tab app-header__import${route.name === 'checks' ? ' is-current' : ''}`}
        href={CHECKS_HREF}
        aria-current={route.name === 'checks' ? 'page' : undefined}
        title={t('header.checksTitle')}
      >
        {t('header.checks')}
      </a>
      <div className="app-header__store" title={info.storePath}>
        <span className="app-header__store-label">{t('header.store')}</span>
        <span className="app-header__store-path">{/* LRM keeps a leading "/" in place in the right-to-left ellipsis box */}{`\u200E${info.storePath}`}</span>
        {readOnly ? (
          <span className="badge badge--readonly" title={info.readOnlyReason ?? t('header.readOnlyTitle')}>
            {t('header.readOnly')}
          </span>
        ) : null}
      </div>
      <LanguageSelect />
      <RaterSwitcher />
      <HistoryControls readOnly={readOnly} />
      {notice && !noticeDismissed ? (
        <div className="app-header__notice" role="status">
          {notice}
          <button type="button" className="chip__remove" aria-label={t('dismiss')} onClick={() => setNoticeDismissed(true)}>
            ×
          </button>
        </div>
      ) : null}
    </header>
  );
}
