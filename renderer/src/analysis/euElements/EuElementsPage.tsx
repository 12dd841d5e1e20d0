/**
 * EU information elements (`analysis.euElements`): how many practices document every mandatory
 * element of the Council Recommendation (the full definition of a micro-credential), by country
 * group and practice type, and which elements are most often missing. Shares the filter.
 */
import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
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

const STATUS_COLOURS = { yes: SCORE_LEVEL_COLOURS[4], partly: SCORE_LEVEL_COLOURS[3], no: SCORE_LEVEL_COLOURS[0], unknown: NOT_RATED_COLOUR } as const;
const STATUS_NAMES = { yes: 'Yes', partly: 'Partly', no: 'No', unknown: 'Unknown' } as const;

const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`);

function GroupTable({ title, field, groups, filter }: { title: string; field: GroupField; groups: EuElementsGroup[]; filter: PracticeFilter }) {
  const id = `eu-${field}`;
  return (
    <section className="analysis-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="stats-scroll">
        <table className="stats-table">
          <thead>
            <tr>
              <th scope="col">{field === 'countryGroup' ? 'Country group' : 'Practice type'}</th>
              <th scope="col" className="num">
                Practices
              </th>
              <th scope="col" className="num" title="Every mandatory element documented (yes)">
                Full definition
              </th>
              <th scope="col" className="num" title="Every mandatory element documented at least partly">
                At least partly
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.value ?? '(none)'}>
                <th scope="row">{g.label}</th>
                <td className="num">
                  <a href={viewHref('table', filterForGroup(filter, field, g.value))} title={`Show these practices in the table`}>
                    {g.practices}
                  </a>
                </td>
                <td className="num">
                  {g.allMandatory}
                  <span className="muted">{share(g.allMandatory, g.practices)}</span>
                </td>
                <td className="num">
                  {g.allMandatoryAtLeastPartly}
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
  const data = summary.elements.map((e) => ({ name: `${e.label}${e.mandatory ? '' : ' (optional)'}`, yes: e.yes, partly: e.partly, no: e.no, unknown: e.unknown }));
  const title = 'How often each element is documented';
  const subtitle = `n = ${summary.practices} practices (filtered); most often missing (no or unknown) first.`;
  const keys = ['yes', 'partly', 'no', 'unknown'] as const;
  const legend = keys.map((k) => ({ label: STATUS_NAMES[k], colour: STATUS_COLOURS[k] }));
  return (
    <ChartFrame title={title} subtitle={subtitle}>
      {(width) => (
        <BarChart width={width} height={data.length * 30 + 96} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 40, left: 16 }} title={title} desc={subtitle}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, summary.practices || 'auto']} tick={{ fontSize: 12 }} height={36} label={{ value: 'Practices', position: 'insideBottom', offset: -2, fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={300} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          {keys.map((k) => (
            <Bar key={k} dataKey={k} name={STATUS_NAMES[k]} stackId="all" fill={STATUS_COLOURS[k]} isAnimationActive={false} />
          ))}
          <SvgLegend items={legend} x={320} y={data.length * 30 + 74} width={width - 330} />
        </BarChart>
      )}
    </ChartFrame>
  );
}

function ElementTable({ summary }: { summary: EuElementsSummary }) {
  return (
    <section className="analysis-section" aria-labelledby="eu-elements-missing">
      <h2 id="eu-elements-missing">Elements, most often missing first</h2>
      <div className="stats-scroll">
        <table className="stats-table eu-elements-table">
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Missing (no or unknown)
              </th>
              <th scope="col" className="num">
                Yes
              </th>
              <th scope="col" className="num">
                Partly
              </th>
              <th scope="col" className="num">
                No
              </th>
              <th scope="col" className="num">
                Unknown
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.elements.map((e) => (
              <tr key={e.element} data-element={e.element}>
                <th scope="row">{e.label}</th>
                <td>{e.mandatory ? 'Mandatory' : 'Optional'}</td>
                <td className="num">
                  <strong>{e.missing}</strong>
                  <span className="muted">{share(e.missing, summary.practices)}</span>
                </td>
                <td className="num">{e.yes}</td>
                <td className="num">{e.partly}</td>
                <td className="num">{e.no}</td>
                <td className="num">{e.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function EuElementsPage({ params }: { params: URLSearchParams }) {
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('elements', next), { replace: true }), []);
  const input = useMemo(() => ({ filter }), [filter]);
  const result = useOperation('analysis.euElements', input);
  const summary = result.value;
  const request = useCallback((format: ExportFormat): ExportRequest | null => (summary ? { view: 'euElements', input, format } : null), [summary, input]);

  return (
    <AnalysisLayout
      title="EU information elements"
      intro="Which practices document every mandatory element of the Council Recommendation on micro-credentials (2022, Annex I), and which elements are most often missing. An element nobody has checked counts as unknown, never as documented."
      filter={filter}
      onFilterChange={go}
      count={summary?.practices ?? null}
      countLabel="practices"
      loading={result.loading}
      error={result.error}
      onRetry={result.reload}
    >
      <ExportButtons what="EU information elements" request={request} />
      {summary ? (
        <>
          <p className="eu-headline" data-testid="eu-headline">
            <strong>{summary.allMandatory}</strong> of {summary.practices} practices document all 11 mandatory elements
            {share(summary.allMandatory, summary.practices)}; <strong>{summary.allMandatoryAtLeastPartly}</strong> document all of them at least partly.
          </p>
          <div className="eu-groups">
            <GroupTable title="By country group" field="countryGroup" groups={summary.byCountryGroup} filter={filter} />
            <GroupTable title="By practice type" field="practiceType" groups={summary.byPracticeType} filter={filter} />
          </div>
          <ElementTable summary={summary} />
          <section className="analysis-section" aria-label="Chart of the elements">
            <MissingChart summary={summary} />
          </section>
        </>
      ) : null}
    </AnalysisLayout>
  );
}
