/**
 * Gaps view: mean score against target by group (bars), the gap map, the distribution of scores,
 * and one practice's profile. Targets are edited here; every chart exports to SVG and PNG.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../data/analysis/schemas';
import type { OperationInput, PracticeFilter } from '../../../../data/contract/contract';
import { useSession } from '../../app/session';
import { AnalysisLayout } from '../AnalysisLayout';
import { DistributionChart } from './DistributionChart';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { GapBarChart } from './GapBarChart';
import { GapMap } from './GapMap';
import { GroupBySelect } from '../GroupBySelect';
import { ProfileSection } from './ProfileSection';
import { TargetEditor } from '../../scoring/TargetEditor';
import { gapsSettingsToParams, parseGapsSettings, type GapsSettings } from './gapsQuery';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';

export function GapsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const settings = useMemo(() => parseGapsSettings(new URLSearchParams(queryString)), [queryString]);
  const targetsKey = session.dimensions.map((d) => d.target).join(',');

  const go = useCallback((nextFilter: PracticeFilter, next: GapsSettings) => {
    navigate(viewHref('gaps', nextFilter, gapsSettingsToParams(next)), { replace: true });
  }, []);

  const gapsInput = useMemo((): OperationInput<'analysis.gaps'> => (settings.groupBy ? { filter, groupBy: settings.groupBy } : { filter }), [filter, settings.groupBy]);
  const gaps = useOperation('analysis.gaps', gapsInput, targetsKey);
  const distribution = useOperation('analysis.distribution', useMemo(() => ({ filter }), [filter]));

  const request = useCallback((format: ExportFormat): ExportRequest | null => (gaps.value ? { view: 'gaps', input: gapsInput, format } : null), [gaps.value, gapsInput]);

  return (
    <AnalysisLayout
      title={t('gaps.title')}
      intro={t('gaps.intro')}
      filter={filter}
      onFilterChange={(next) => go(next, settings)}
      count={gaps.value?.overall.practices ?? null}
      countLabel={t('gaps.countLabel')}
      loading={gaps.loading || distribution.loading}
      error={gaps.error}
      onRetry={gaps.reload}
    >
      <div className="view-controls view-controls--spread">
        <GroupBySelect label={t('gaps.groupBy')} value={settings.groupBy} noneLabel={t('gaps.noGrouping')} onChange={(groupBy) => go(filter, { ...settings, groupBy })} />
        <TargetEditor />
      </div>
      <ExportButtons what={t('gaps.what')} request={request} />
      {distribution.error ? <ErrorMessage error={distribution.error} title={t('gaps.distributionError')} onRetry={distribution.reload} /> : null}
      <div className="chart-grid">
        {gaps.value ? <GapBarChart table={gaps.value} /> : null}
        {distribution.value ? <DistributionChart distribution={distribution.value} /> : null}
      </div>
      {gaps.value ? <GapMap table={gaps.value} filter={filter} colour={settings.colour} onColourChange={(colour) => go(filter, { ...settings, colour })} /> : null}
      <ProfileSection
        id={settings.profile}
        groupBy={settings.groupBy ?? 'countryGroup'}
        targetsKey={targetsKey}
        onPick={(profile) => go(filter, { ...settings, profile })}
      />
    </AnalysisLayout>
  );
}
