import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptHostToken } from './app/apiClient';
import { ErrorBoundary } from './app/ErrorBoundary';
import { i18n } from './app/i18n/i18n';
import { I18nextProvider } from 'react-i18next';
import { LanguageRoot } from './app/i18n/LanguageRoot';
import './styles/index.css';

// Before anything renders or navigates: the printed link's token becomes this tab's.
adoptHostToken();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LanguageRoot>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </LanguageRoot>
    </I18nextProvider>
  </StrictMode>,
);
