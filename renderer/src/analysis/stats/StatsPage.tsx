/** Summary statistics (`analysis.stats`): counts, shares and descriptive statistics by one or two groupings. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../data/analysis/schemas';
import type { OperationInput, PracticeFilter } from '../../../../data/contract/contract';
import { useSession } from '../../app/session';
import { AnalysisLayout } from '../AnalysisLayout';
import { CopyTableButton } from '../CopyTableButton';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { GroupBySelect } from '../GroupBySelect';
import { MeasurePicker } from '../MeasurePicker';
import { StatsTable } from './StatsTable';
import { parseStatsSettings, statsSettingsToParams, type StatsSettings } from './statsQuery';
import { statsTsv } from './statsTsv';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';
import { formatCount } from '../../ui/format';

export function StatsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const settings = useMemo(() => parseStatsSettings(new URLSearchParams(queryString)), [queryString]);

  const go = useCallback((nextFilter: PracticeFilter, next: StatsSettings) => {
    navigate(viewHref('stats', nextFilter, statsSettingsToParams(next)), { replace: true });
  }, []);

  const input = useMemo((): OperationInput<'analysis.stats'> => ({ filter, groupBy: settings.groupBy, measures: settings.measures }), [filter, settings]);
  const stats = useOperation('analysis.stats', input);
  const request = useCallback((format: ExportFormat): ExportRequest | null => (stats.value ? { view: 'stats', input, format } : null), [stats.value, input]);
  const [first, second] = settings.groupBy;

  return (
    <AnalysisLayout
      title={t('stats.title')}
      intro={t('stats.intro')}
      filter={filter}
      onFilterChange={(next) => go(next, settings)}
      count={stats.value?.total ?? null}
      countLabel={t('stats.countLabel')}
      loading={stats.loading}
      error={stats.error}
      onRetry={stats.reload}
    >
      <div className="view-controls">
        <GroupBySelect
          label={t('stats.groupBy')}
          value={first ?? null}
          noneLabel={t('stats.noGrouping')}
          onChange={(g) => go(filter, { ...settings, groupBy: g ? [g, ...(second && second !== g ? [second] : [])] : [] })}
        />
        <GroupBySelect
          label={t('stats.thenBy')}
          value={second ?? null}
          noneLabel="—"
          exclude={first ? [first] : []}
          onChange={(g) => go(filter, { ...settings, groupBy: first ? (g ? [first, g] : [first]) : g ? [g] : [] })}
        />
        <div className="control">
          <span className="control__label" aria-hidden="true">
            {t('stats.measures')}
          </span>
          <MeasurePicker chosen={settings.measures} dimensions={session.dimensions} onChange={(measures) => go(filter, { ...settings, measures })} />
        </div>
      </div>
      <ExportButtons what={t('stats.what')} request={request}>
        <CopyTableButton
          htmlRequest={request('html')}
          text={() => (stats.value ? statsTsv(stats.value, session.dimensions) : '')}
          what={t('stats.copyWhat', { count: stats.value?.total ?? 0, n: formatCount(stats.value?.total ?? 0) })}
        />
      </ExportButtons>
      {stats.value ? <StatsTable table={stats.value} dimensions={session.dimensions} /> : null}
    </AnalysisLayout>
  );
}
