/** The frame of every analysis view: the shared filter bar, a title, errors and a loading line, then the view. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeFilter } from '../../../data/contract/contract';
import type { ApiError } from '../../../data/domain/envelope';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FilterBar } from '../filter/FilterBar';
import { ChartContext } from '../charts/ChartFrame';
import { filterCaption } from '../../../data/practices/schemas';
import { ReportPackButton } from './ReportPackButton';

interface Props {
  title: string;
  intro?: string;
  filter: PracticeFilter;
  onFilterChange(next: PracticeFilter): void;
  count: number | null;
  countLabel?: string;
  loading: boolean;
  error?: ApiError | null;
  onRetry?: () => void;
  note?: ReactNode;
  children: ReactNode;
}

export function AnalysisLayout({ title, intro, filter, onFilterChange, count, countLabel, loading, error, onRetry, note, children }: Props) {
  const { t } = useTranslation('analysis');
  return (
    <div className="analysis-page">
      <FilterBar filter={filter} onFilterChange={onFilterChange} count={count} countLabel={countLabel} loading={loading} note={note} />
      <div className="analysis-page__body" aria-busy={loading || undefined}>
        <header className="analysis-head">
          <div className="analysis-head__title">
            <h1>{title}</h1>
            <ReportPackButton filter={filter} />
          </div>
          {intro ? <p className="muted analysis-head__intro">{intro}</p> : null}
        </header>
        {error ? <ErrorMessage error={error} title={t('layout.loadError', { what: title.toLowerCase() })} onRetry={onRetry} /> : null}
        {count === null && loading && !error ? (
          <p className="loading-indicator" aria-live="polite">
            {t('layout.loading')}
          </p>
        ) : null}
        <ChartContext.Provider value={filterCaption(filter)}>{children}</ChartContext.Provider>
      </div>
    </div>
  );
}
