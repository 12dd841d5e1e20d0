/**
 * EU information elements (`analysis.euElements`): how many practices document every mandatory
 * element of the Council Recommendation (the full definition of a micro-credential), by country
 * group and practice type, and which elements are most often missing. Shares the filter.
 */
import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { Trans, useTranslation } from 'react-i18next';
import type { ExportFormat, GroupField } from '../../../../data/analysis/schemas';
import type { PracticeFilter } from '../../../../data/contract/contract';
import type { EuElementsGroup, EuElementsSummary } from '../../../../data/practices/model';
import { AnalysisLayout } from '../AnalysisLayout';
import { ChartFrame } from '../../charts/ChartFrame';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { filterForGroup } from '../../filter/groupFilter';
import { NOT_RATED_COLOUR, SCORE_LEVEL_COLOURS } from '../../charts/palette';
import { SvgLegend } from '../../charts/SvgLegend';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';
import { domainLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatShare } from '../../ui/format';
import { groupFieldLabel, groupLabel } from '../analysisLabels';

const STATUS_COLOURS = { yes: SCORE_LEVEL_COLOURS[4], partly: SCORE_LEVEL_COLOURS[3], no: SCORE_LEVEL_COLOURS[0], unknown: NOT_RATED_COLOUR } as const;
const statusName = (status: keyof typeof STATUS_COLOURS) => domainLabel('elementStatus', status);

/** " (42%)" after a count, in the interface's locale; nothing when there is no whole. */
const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${formatShare(part / whole, 0)})`);

function GroupTable({ title, field, groups, filter }: { title: string; field: GroupField; groups: EuElementsGroup[]; filter: PracticeFilter }) {
  const { t } = useTranslation('analysis');
  const id = `eu-${field}`;
  return (
    <section className="analysis-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="stats-scroll">
        <table className="stats-table">
          <thead>
            <tr>
              <th scope="col">{groupFieldLabel(field)}</th>
              <th scope="col" className="num">
                {t('euElements.practices')}
              </th>
              <th scope="col" className="num" title={t('euElements.fullDefinitionTitle')}>
                {t('euElements.fullDefinition')}
              </th>
              <th scope="col" className="num" title={t('euElements.atLeastPartlyTitle')}>
                {t('euElements.atLeastPartly')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.value ?? '(none)'}>
                <th scope="row">{groupLabel(g, field)}</th>
                <td className="num">
                  <a href={viewHref('table', filterForGroup(filter, field, g.value))} title={t('euElements.showInTable')}>
                    {formatCount(g.practices)}
                  </a>
                </td>
                <td className="num">
                  {formatCount(g.allMandatory)}
                  <span className="muted">{share(g.allMandatory, g.practices)}</span>
                </td>
                <td className="num">
                  {formatCount(g.allMandatoryAtLeastPartly)}
                  <span className="muted">{share(g.allMandatoryAtLeastPartly, g.practices)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MissingChart({ summary }: { summary: EuElementsSummary }) {
  const { t } = useTranslation('analysis');
  const data = summary.elements.map((e) => {
    const label = domainLabel('euElement', e.element, e.label);
    return { name: e.mandatory ? label : t('euElements.optionalSuffix', { label }), yes: e.yes, partly: e.partly, no: e.no, unknown: e.unknown };
  });
  const title = t('euElements.chartTitle');
  const subtitle = t('euElements.chartSubtitle', { n: formatCount(summary.practices) });
  const keys = ['yes', 'partly', 'no', 'unknown'] as const;
  const legend = keys.map((k) => ({ label: statusName(k), colour: STATUS_COLOURS[k] }));
  return (
    <ChartFrame title={title} subtitle={subtitle}>
      {(width) => (
        <BarChart width={width} height={data.length * 30 + 96} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 40, left: 16 }} title={title} desc={subtitle}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, summary.practices || 'auto']} tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatCount(v)} height={36} label={{ value: t('euElements.practices'), position: 'insideBottom', offset: -2, fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={300} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatCount(value) : String(value ?? ''))} />
          {keys.map((k) => (
            <Bar key={k} dataKey={k} name={statusName(k)} stackId="all" fill={STATUS_COLOURS[k]} isAnimationActive={false} />
          ))}
          <SvgLegend items={legend} x={320} y={data.length * 30 + 74} width={width - 330} />
        </BarChart>
      )}
    </ChartFrame>
  );
}

const STATUSES = ['yes', 'partly', 'no', 'unknown'] as const;

function ElementTable({ summary }: { summary: EuElementsSummary }) {
  const { t } = useTranslation('analysis');
  return (
    <section className="analysis-section" aria-labelledby="eu-elements-missing">
      <h2 id="eu-elements-missing">{t('euElements.elementsHeading')}</h2>
      <div className="stats-scroll">
        <table className="stats-table eu-elements-table">
          <thead>
            <tr>
              <th scope="col">{t('euElements.element')}</th>
              <th scope="col">{t('euElements.kind')}</th>
              <th scope="col" className="num">
                {t('euElements.missing')}
              </th>
              {STATUSES.map((status) => (
                <th key={status} scope="col" className="num">
                  {statusName(status)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.elements.map((e) => (
              <tr key={e.element} data-element={e.element}>
                <th scope="row">{domainLabel('euElement', e.element, e.label)}</th>
                <td>{e.mandatory ? t('euElements.mandatory') : t('euElements.optional')}</td>
                <td className="num">
                  <strong>{formatCount(e.missing)}</strong>
                  <span className="muted">{share(e.missing, summary.practices)}</span>
                </td>
                {STATUSES.map((status) => (
                  <td key={status} className="num">
                    {formatCount(e[status])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function EuElementsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('elements', next), { replace: true }), []);
  const input = useMemo(() => ({ filter }), [filter]);
  const result = useOperation('analysis.euElements', input);
  const summary = result.value;
  const request = useCallback((format: ExportFormat): ExportRequest | null => (summary ? { view: 'euElements', input, format } : null), [summary, input]);

  return (
    <AnalysisLayout
      title={t('euElements.title')}
      intro={t('euElements.intro')}
      filter={filter}
      onFilterChange={go}
      count={summary?.practices ?? null}
      countLabel={t('euElements.countLabel')}
      loading={result.loading}
      error={result.error}
      onRetry={result.reload}
    >
      <ExportButtons what={t('euElements.what')} request={request} />
      {summary ? (
        <>
          <p className="eu-headline" data-testid="eu-headline">
            <Trans
              t={t}
              i18nKey="euElements.headline"
              values={{
                allMandatory: formatCount(summary.allMandatory),
                practices: formatCount(summary.practices),
                share: share(summary.allMandatory, summary.practices),
                atLeastPartly: formatCount(summary.allMandatoryAtLeastPartly),
              }}
              components={{ strong: <strong /> }}
            />
          </p>
          <div className="eu-groups">
            <GroupTable title={t('euElements.byCountryGroup')} field="countryGroup" groups={summary.byCountryGroup} filter={filter} />
            <GroupTable title={t('euElements.byPracticeType')} field="practiceType" groups={summary.byPracticeType} filter={filter} />
          </div>
          <ElementTable summary={summary} />
          <section className="analysis-section" aria-label={t('euElements.chartSection')}>
            <MissingChart summary={summary} />
          </section>
        </>
      ) : null}
    </AnalysisLayout>
  );
}
