/** Coverage (`analysis.coverage`): what is mapped against the targets, what is scored per dimension, and by whom. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportFormat } from '../../../../data/analysis/schemas';
import type { Coverage } from '../../../../data/analysis/model';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { useSession } from '../../app/session';
import { AnalysisLayout } from '../AnalysisLayout';
import { ChartFrame } from '../../charts/ChartFrame';
import { CoverageCountries } from './CoverageCountries';
import { CoverageRaters } from './CoverageRaters';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { SvgLegend } from '../../charts/SvgLegend';
import { NOT_RATED_COLOUR, OKABE_ITO } from '../../charts/palette';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount } from '../../ui/format';

/** A count written on its bar segment, where there is one. */
const segmentCount = (v: unknown) => (typeof v === 'number' && v > 0 ? formatCount(v) : '');

function ScoredChart({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('analysis');
  const data = coverage.dimensions.map((d) => ({ name: dimensionLabel(d.id, d.name), scored: d.scored, unscored: d.unscored }));
  const title = t('coverage.chartTitle');
  const subtitle = t('coverage.chartSubtitle', { n: formatCount(coverage.practices) });
  const scored = t('coverage.scored');
  const notScored = t('coverage.notScored');
  const legend = [
    { label: scored, colour: OKABE_ITO[0] },
    { label: notScored, colour: NOT_RATED_COLOUR },
  ];
  return (
    <ChartFrame title={title} subtitle={subtitle}>
      {(width) => (
        <BarChart width={width} height={data.length * 44 + 96} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 40, left: 16 }} title={title} desc={subtitle}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, coverage.practices || 'auto']} tick={{ fontSize: 12 }} height={36} tickFormatter={(v: number) => formatCount(v)} label={{ value: t('coverage.practicesAxis'), position: 'insideBottom', offset: -2, fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatCount(value) : String(value ?? ''))} />
          <Bar dataKey="scored" name={scored} stackId="all" fill={OKABE_ITO[0]} isAnimationActive={false}>
            <LabelList dataKey="scored" position="center" fontSize={11} fill="#ffffff" formatter={segmentCount} />
          </Bar>
          <Bar dataKey="unscored" name={notScored} stackId="all" fill={NOT_RATED_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="unscored" position="center" fontSize={11} fill="#111111" formatter={segmentCount} />
          </Bar>
          <SvgLegend items={legend} x={190} y={data.length * 44 + 74} width={width - 200} />
        </BarChart>
      )}
    </ChartFrame>
  );
}

export function CoveragePage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('coverage', next), { replace: true }), []);
  const input = useMemo(() => ({ filter }), [filter]);
  const coverage = useOperation('analysis.coverage', input);
  const request = useCallback((format: ExportFormat): ExportRequest | null => (coverage.value ? { view: 'coverage', input, format } : null), [coverage.value, input]);

  return (
    <AnalysisLayout
      title={t('coverage.title')}
      intro={t('coverage.intro')}
      filter={filter}
      onFilterChange={go}
      count={coverage.value?.practices ?? null}
      countLabel={t('coverage.countLabel')}
      loading={coverage.loading}
      error={coverage.error}
      onRetry={coverage.reload}
    >
      <ExportButtons what={t('coverage.what')} request={request} />
      {coverage.value ? (
        <>
          <CoverageCountries countries={coverage.value.countries} onSaved={coverage.reload} />
          <section className="analysis-section" aria-label={t('coverage.scoring')}>
            <ScoredChart coverage={coverage.value} />
          </section>
          <CoverageRaters coverage={coverage.value} dimensions={session.dimensions} />
        </>
      ) : null}
    </AnalysisLayout>
  );
}
