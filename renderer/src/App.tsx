/** The app shell: session, header, and the screen the hash names. */
import { useEffect, useRef } from 'react';
import { SessionProvider } from './session';
import { Header } from './Header';
import { RaterDialog } from './RaterDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { useHashRoute, type Route } from './useHashRoute';
import { TablePage } from './TablePage';
import { PracticePage } from './PracticePage';
import { NewPracticePage, EditPracticePage } from './PracticeFormPage';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'table':
      return <TablePage params={route.params} />;
    case 'practice':
      return <PracticePage key={route.id} id={route.id} />;
    case 'edit':
      return <EditPracticePage key={route.id} id={route.id} />;
    case 'new':
      return <NewPracticePage />;
    case 'notFound':
      return (
        <div className="page">
          <h1>Nothing here</h1>
          <p>
            The address <code>#{route.path}</code> does not name a screen. <a href="#/">Go to the practice table</a>.
          </p>
        </div>
      );
  }
}

export function App() {
  const { route } = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const screenKey = route.name === 'table' ? 'table' : `${route.name}:${'id' in route ? route.id : ''}`;

  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [screenKey]);

  return (
    <SessionProvider>
      <div className="app">
        <Header />
        <main ref={mainRef} className={route.name === 'table' ? 'app-main app-main--table' : 'app-main'}>
          <ErrorBoundary key={screenKey}>
            <Screen route={route} />
          </ErrorBoundary>
        </main>
        <RaterDialog />
      </div>
    </SessionProvider>
  );
}
