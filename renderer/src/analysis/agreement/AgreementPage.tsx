/**
 * Agreement (`analysis.agreement`): how far the raters agree, per dimension and overall, with the
 * number of items behind each figure, for report authors to cite. The raters compared travel in
 * the location (`rater=`); with none chosen, every rater but the seed's reading is compared.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import { formatCount, formatFixed, formatPercent } from '../../ui/format';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { isDimensionId } from '../analysisLabels';

/** The operation gives percent (0-100) already. */
const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, 1));
const coefficient = (v: number | null) => (v === null ? '—' : formatFixed(v, 3));

/** The figure columns after the dimension, each headed by analysis's agreement.<key> and explained by its title where it has one. */
const FIGURE_COLUMNS = [
  { key: 'items', title: 'itemsTitle' },
  { key: 'exact', title: null },
  { key: 'withinOne', title: null },
  { key: 'kappa', title: 'kappaTitle' },
  { key: 'alpha', title: 'alphaTitle' },
] as const;

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
  const { t } = useTranslation('analysis');
  return (
    <tr className={head ? 'stats-table__overall' : undefined}>
      <th scope="row">{row.id === 'overall' ? t('agreement.allDimensions') : isDimensionId(row.id) ? dimensionLabel(row.id, row.name) : row.name}</th>
      <td className="num">{formatCount(row.items)}</td>
      <td className="num"><Figure text={percent(row.exactPercent)} reason={row.percentReason} /></td>
      <td className="num"><Figure text={percent(row.withinOnePercent)} reason={row.percentReason} /></td>
      <td className="num"><Figure text={coefficient(row.kappa)} reason={row.kappaReason} /></td>
      <td className="num"><Figure text={coefficient(row.alpha)} reason={row.alphaReason} /></td>
    </tr>
  );
}

export function AgreementPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
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
      title={t('agreement.title')}
      intro={t('agreement.intro')}
      filter={filter}
      onFilterChange={go}
      count={agreement.value?.practices ?? null}
      countLabel={t('agreement.countLabel')}
      loading={agreement.loading}
      error={agreement.error}
      onRetry={agreement.reload}
    >
      <fieldset className="agreement-raters">
        <legend>
          {t('agreement.raters')} {chosen.length < 2 ? t('agreement.ratersHint') : ''}
        </legend>
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
            {t('agreement.includeSeed')}
          </label>
        ) : null}
        {people.length < 2 ? <p className="muted">{t('agreement.needTwo')}</p> : null}
      </fieldset>
      <ExportButtons what={t('agreement.what')} request={request} />
      {agreement.value ? (
        <section className="analysis-section" aria-labelledby="agreement-title">
          <h2 id="agreement-title">{compared.length > 0 ? compared.map((r) => r.name).join(' · ') : t('agreement.noRaters')}</h2>
          <p className="muted" data-testid="agreement-comparison">{agreement.value.comparison}</p>
          {agreement.value.blind ? <p className="notice" role="note">{agreement.value.blind.note}</p> : null}
          <div className="stats-scroll">
            <table className="stats-table">
              <caption className="visually-hidden">{t('agreement.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreement.dimension')}</th>
                  {FIGURE_COLUMNS.map(({ key, title }) => (
                    <th key={key} scope="col" className="num" title={title ? t(`agreement.${title}`) : undefined}>
                      {t(`agreement.${key}`)}
                    </th>
                  ))}
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
            {t('agreement.footnote')}
          </p>
        </section>
      ) : null}
    </AnalysisLayout>
  );
}
