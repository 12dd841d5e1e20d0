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

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const coefficient = (v: number | null) => (v === null ? '—' : v.toFixed(3));

function Row({ row, head }: { row: AgreementRow; head?: boolean }) {
  return (
    <tr className={head ? 'stats-table__overall' : undefined}>
      <th scope="row">{row.name}</th>
      <td className="num">{row.items}</td>
      <td className="num">{percent(row.exact)}</td>
      <td className="num">{percent(row.withinOne)}</td>
      <td className="num">{coefficient(row.kappa)}</td>
      <td className="num">{coefficient(row.alpha)}</td>
    </tr>
  );
}

export function AgreementPage({ params }: { params: URLSearchParams }) {
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const chosen = useMemo(() => new URLSearchParams(queryString).getAll('rater'), [queryString]);
  const own = useCallback((raters: string[]) => {
    const next = new URLSearchParams();
    for (const r of raters) next.append('rater', r);
    return next;
  }, []);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('agreement', next, own(chosen)), { replace: true }), [chosen, own]);
  const choose = (raters: string[]) => navigate(viewHref('agreement', filter, own(raters)), { replace: true });
  const input = useMemo(() => ({ filter, ...(chosen.length >= 2 ? { raters: chosen } : {}) }), [filter, chosen]);
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
        {people.length < 2 ? <p className="muted">Agreement needs at least two raters: add a rater and score, or import another rater’s scores.</p> : null}
      </fieldset>
      <ExportButtons what="agreement" request={request} />
      {agreement.value ? (
        <section className="analysis-section" aria-labelledby="agreement-title">
          <h2 id="agreement-title">{compared.length > 0 ? compared.map((r) => r.name).join(' · ') : 'No raters to compare'}</h2>
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
            Kappa is shown for exactly two raters; alpha for two or more. A dash: too few items both raters scored, or no variation to measure against.
          </p>
        </section>
      ) : null}
    </AnalysisLayout>
  );
}
