/** Per rater: practices scored on each dimension, and in all. */
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../../data/analysis/model';
import type { Dimension } from '../../../../data/scoring/model';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount } from '../../ui/format';

export function CoverageRaters({ coverage, dimensions }: { coverage: Coverage; dimensions: readonly Dimension[] }) {
  const { t } = useTranslation('analysis');
  return (
    <section className="analysis-section" aria-labelledby="coverage-raters">
      <h2 id="coverage-raters">{t('coverage.ratersHeading')}</h2>
      {coverage.raters.length === 0 ? (
        <p className="muted">{t('coverage.nobody')}</p>
      ) : (
        <div className="stats-scroll">
          <table className="stats-table coverage-raters">
            <caption className="visually-hidden">{t('coverage.ratersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.rater')}</th>
                {dimensions.map((d) => (
                  <th key={d.id} scope="col" className="num">
                    {dimensionLabel(d.id, d.name)}
                  </th>
                ))}
                <th scope="col" className="num" title={t('coverage.practicesScoredTitle')}>
                  {t('coverage.practicesScored')}
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.raters.map((rater) => (
                <tr key={rater.id}>
                  <th scope="row">
                    {rater.name}{' '}
                    {rater.seed ? (
                      <span className="badge" title={t('coverage.seedTitle')}>
                        {t('coverage.seed')}
                      </span>
                    ) : null}
                  </th>
                  {dimensions.map((d) => (
                    <td key={d.id} className="num">
                      {formatCount(rater.scored[d.id])}
                    </td>
                  ))}
                  <td className="num">
                    <strong>{formatCount(rater.total)}</strong> <span className="muted">{t('coverage.ofTotal', { n: formatCount(coverage.practices) })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
