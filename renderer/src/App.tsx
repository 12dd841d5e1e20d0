/** The app shell: session, header, and the screen the hash names. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionProvider } from './app/session';
import { NavigationProvider } from './app/navigation';
import { Header } from './app/Header';
import { RaterDialog } from './app/RaterDialog';
import { ErrorBoundary } from './app/ErrorBoundary';
import { useHashRoute, type Route } from './app/useHashRoute';
import { TablePage } from './practices/table/TablePage';
import { PracticePage } from './practices/page/PracticePage';
import { NewPracticePage, EditPracticePage } from './practices/form/PracticeFormPage';
import { ComparePage } from './analysis/compare/ComparePage';
import { StatsPage } from './analysis/stats/StatsPage';
import { AgreementPage } from './analysis/agreement/AgreementPage';
import { DisagreementsPage } from './scoring/consensus/DisagreementsPage';
import { useHistoryKeys } from './app/useHistoryKeys';
import { HistoryProvider, useHistory } from './app/history';

// The chart views bring the charting library; load it only when a chart is first shown.
const GapsPage = lazy(() => import('./analysis/gaps/GapsPage').then((m) => ({ default: m.GapsPage })));
const CoveragePage = lazy(() => import('./analysis/coverage/CoveragePage').then((m) => ({ default: m.CoveragePage })));
const EuElementsPage = lazy(() => import('./analysis/euElements/EuElementsPage').then((m) => ({ default: m.EuElementsPage })));
// The import wizard brings the CSV reader's labels (and its parser); load it when first opened.
const ImportPage = lazy(() => import('./import/ImportPage').then((m) => ({ default: m.ImportPage })));
const RubricPage = lazy(() => import('./scoring/RubricPage').then((m) => ({ default: m.RubricPage })));
const MergePage = lazy(() => import('./merge/MergePage').then((m) => ({ default: m.MergePage })));
const ChecksPage = lazy(() => import('./quality/ChecksPage').then((m) => ({ default: m.ChecksPage })));

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation('app');
  switch (route.name) {
    case 'table':
      return <TablePage params={route.params} />;
    case 'compare':
      return <ComparePage params={route.params} />;
    case 'gaps':
      return <GapsPage params={route.params} />;
    case 'stats':
      return <StatsPage params={route.params} />;
    case 'coverage':
      return <CoveragePage params={route.params} />;
    case 'elements':
      return <EuElementsPage params={route.params} />;
    case 'disagreements':
      return <DisagreementsPage params={route.params} />;
    case 'agreement':
      return <AgreementPage params={route.params} />;
    case 'practice':
      return <PracticePage key={route.id} id={route.id} />;
    case 'edit':
      return <EditPracticePage key={route.id} id={route.id} />;
    case 'new':
      return <NewPracticePage />;
    case 'import':
      return <ImportPage />;
    case 'merge':
      return <MergePage />;
    case 'checks':
      return <ChecksPage />;
    case 'rubric':
      return <RubricPage />;
    case 'notFound':
      return (
        <div className="page">
          <h1>{t('notFound.title')}</h1>
          <p>
            {t('notFound.text', { address: `#${route.path}` })} <a href="#/">{t('notFound.link')}</a>
          </p>
        </div>
      );
  }
}

/** What the last undo or redo did, in a strip of fixed height under the header; the keys too. */
function HistoryNoticeBar() {
  const { t } = useTranslation('app');
  const { notice, dismissNotice } = useHistory();
  useHistoryKeys();
  if (!notice) return null;
  return (
    <div className={`history-notice${notice.error ? ' history-notice--error' : ''}`} role="status" title={notice.text}>
      <span className="history-notice__text">{notice.text}</span>
      <button type="button" className="chip__remove" aria-label={t('dismiss')} onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}

export function App() {
  const { t } = useTranslation('app');
  const { route } = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  // List views keep their screen (and its state) while their query changes.
  const screenKey = 'params' in route ? route.name : `${route.name}:${'id' in route ? route.id : ''}`;

  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [screenKey]);

  return (
    <NavigationProvider>
      <SessionProvider>
        <HistoryProvider route={route}>
        <div className="app">
          {/* The first Tab stop: past the header's tabs and controls to the table (or the page). The
              hash is the router's, so the link moves the focus itself instead of following its href. */}
          <a
            className="skip-link"
            href="#main-content"
            onClick={(event) => {
              event.preventDefault();
              const target = mainRef.current?.querySelector<HTMLElement>('.practice-table') ?? mainRef.current;
              target?.focus();
            }}
          >
            {route.name === 'table' ? t('skip.table') : t('skip.content')}
          </a>
          <Header route={route} />
          <HistoryNoticeBar />
          <main ref={mainRef} id="main-content" tabIndex={-1} className={route.name === 'table' ? 'app-main app-main--table' : 'app-main'}>
            <ErrorBoundary key={screenKey}>
              <Suspense
                fallback={
                  <p className="page loading-indicator" aria-busy="true">
                    {t('loading')}
                  </p>
                }
              >
                <Screen route={route} />
              </Suspense>
            </ErrorBoundary>
          </main>
          <RaterDialog />
        </div>
        </HistoryProvider>
      </SessionProvider>
    </NavigationProvider>
  );
}
