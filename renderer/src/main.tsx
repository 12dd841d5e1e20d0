import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptHostToken } from './app/apiClient';
import { ErrorBoundary } from './app/ErrorBoundary';
import './styles/index.css';

// Before anything renders or navigates: the printed link's token becomes this tab's.
adoptHostToken();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
