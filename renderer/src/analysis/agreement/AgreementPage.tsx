/**
 * Agreement (`analysis.agreement`): how far the raters agree, per dimension and overall, with the
 * number of items behind each figure, for report authors to cite. The raters compared travel in
 * the location (`rater=`); with none chosen, every rater but the seed's reading is compared.
 */
import { useCallback, useMemo } from 'react';
import type { ExportFormat } from '../../../../data/analysis/schemas';
import type { AgreementRow } from '../../../../data/analysis/model';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { AnalysisLayout } from '../AnalysisLayout';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { useSession } from '../../app/session';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';

/** The operation gives percent (0-100) already. */
const percent = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} %`);
const coefficient = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** A missing figure says why, on hover and to screen readers. */
function Figure({ text, reason }: { text: string; reason: string | null }) {
  if (reason === null) return <>{text}</>;
  return (
    <span title={reason}>
      {text}
      <span className="visually-hidden"> ({reason})</span>
    </span>
  );
}

function Row({ row, head }: { row: AgreementRow; head?: boolean }) {
  return (
    <tr className={head ? 'stats-table__overall' : undefined}>
      <th scope="row">{row.name}</th>
      <td className="num">{row.items}</td>
      <td className="num"><Figure text={percent(row.exactPercent)} reason={row.percentReason} /></td>
      <td className="num"><Figure text={percent(row.withinOnePercent)} reason={row.percentReason} /></td>
      <td className="num"><Figure text={coefficient(row.kappa)} reason={row.kappaReason} /></td>
      <td className="num"><Figure text={coefficient(row.alpha)} reason={row.alphaReason} /></td>
    </tr>
  );
}

export function AgreementPage({ params }: { params: URLSearchParams }) {
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const chosen = useMemo(() => [...new Set(new URLSearchParams(queryString).getAll('rater'))], [queryString]);
  const includeSeed = new URLSearchParams(queryString).get('seed') === 'yes';
  const own = useCallback((raters: string[], seed: boolean) => {
    const next = new URLSearchParams();
    for (const r of raters) next.append('rater', r);
    if (seed) next.set('seed', 'yes');
    return next;
  }, []);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('agreement', next, own(chosen, includeSeed)), { replace: true }), [chosen, includeSeed, own]);
  const choose = (raters: string[], seed = includeSeed) => navigate(viewHref('agreement', filter, own(raters, seed)), { replace: true });
  const input = useMemo(() => ({ filter, ...(chosen.length >= 2 ? { raters: chosen } : { includeSeed }) }), [filter, chosen, includeSeed]);
  const agreement = useOperation('analysis.agreement', input);
  const request = useCallback((format: ExportFormat): ExportRequest | null => (agreement.value ? { view: 'agreement', input, format } : null), [agreement.value, input]);
  const people = session.raters.filter((r) => !r.seed);
  const compared = agreement.value?.raters ?? [];

  return (
    <AnalysisLayout
      title="Agreement between raters"
      intro="How far independent raters agree on the same practices. Only practice-dimension items that at least two of the raters scored count; each figure comes with the items behind it."
      filter={filter}
      onFilterChange={go}
      count={agreement.value?.practices ?? null}
      countLabel="practices"
      loading={agreement.loading}
      error={agreement.error}
      onRetry={agreement.reload}
    >
      <fieldset className="agreement-raters">
        <legend>Raters compared {chosen.length < 2 ? '(all but the seed’s reading; tick two or more to choose)' : ''}</legend>
        {people.map((r) => (
          <label key={r.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(r.id)}
              onChange={(e) => choose(e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))}
            />
            {r.name}
            {r.team ? <span className="muted"> · {r.team}</span> : null}
          </label>
        ))}
        {chosen.length < 2 ? (
          <label className="checkbox">
            <input type="checkbox" checked={includeSeed} onChange={(e) => choose(chosen, e.target.checked)} />
            Include the seed’s reading of the rubric
          </label>
        ) : null}
        {people.length < 2 ? <p className="muted">Agreement needs at least two raters: add a rater and score, or import another rater’s scores.</p> : null}
      </fieldset>
      <ExportButtons what="agreement" request={request} />
      {agreement.value ? (
        <section className="analysis-section" aria-labelledby="agreement-title">
          <h2 id="agreement-title">{compared.length > 0 ? compared.map((r) => r.name).join(' · ') : 'No raters to compare'}</h2>
          <p className="muted" data-testid="agreement-comparison">{agreement.value.comparison}</p>
          {agreement.value.blind ? <p className="notice" role="note">{agreement.value.blind.note}</p> : null}
          <div className="stats-scroll">
            <table className="stats-table">
              <caption className="visually-hidden">Agreement per dimension</caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col" className="num" title="Practice-dimension items at least two raters scored">Items</th>
                  <th scope="col" className="num">Exact agreement</th>
                  <th scope="col" className="num">Within one point</th>
                  <th scope="col" className="num" title="Quadratic-weighted Cohen's kappa; for exactly two raters">Weighted kappa</th>
                  <th scope="col" className="num" title="Krippendorff's alpha, ordinal; two or more raters">Krippendorff’s α</th>
                </tr>
              </thead>
              <tbody>
                {agreement.value.rows.map((row) => (
                  <Row key={row.id} row={row} />
                ))}
                <Row row={agreement.value.overall} head />
              </tbody>
            </table>
          </div>
          <p className="muted small">
            Percentages are of rating pairs. Kappa is shown for exactly two raters; alpha for two or more. A dash is a figure that cannot be given: point at it for the reason.
          </p>
        </section>
      ) : null}
    </AnalysisLayout>
  );
}
