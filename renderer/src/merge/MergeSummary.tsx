/** What a merge brings (or brought): records added, updated and removed by kind, the raters whose scores arrive, and notes. */
import { Trans, useTranslation } from 'react-i18next';
import type { MergeEntity, MergePlan } from '../../../data/contract/contract';
import { formatCount } from '../ui/format';

/** The kinds of record a merge counts, in the order the table lists them (each named in merge's summary.<kind>). */
const KINDS = ['practice', 'score', 'rater', 'dimension', 'setting', 'consensus', 'rubric', 'caseStudy', 'claim', 'lens'] as const satisfies readonly MergeEntity[];

export function MergeSummary({ plan, caption }: { plan: MergePlan; caption: string }) {
  const { t } = useTranslation('merge');
  const kinds = KINDS.filter((k) => {
    // A merge logged before case studies existed has no count for them.
    const c = plan.counts[k] as MergePlan['counts'][MergeEntity] | undefined;
    return c !== undefined && c.added + c.updated + c.removed > 0;
  });
  return (
    <>
      {kinds.length > 0 ? (
        <table className="stats-table merge-counts">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.records')}</th>
              <th scope="col">{t('summary.added')}</th>
              <th scope="col">{t('summary.updated')}</th>
              <th scope="col">{t('summary.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{t(`summary.${k}`)}</th>
                <td>{formatCount(plan.counts[k].added)}</td>
                <td>{formatCount(plan.counts[k].updated)}</td>
                <td>{formatCount(plan.counts[k].removed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.raters.length > 0 ? (
        <ul className="merge-raters">
          {plan.raters.map((r) => (
            <li key={r.id}>
              <Trans
                t={t}
                i18nKey="summary.scoresBy"
                values={{ name: r.name, team: r.team ? t('summary.team', { team: r.team }) : '', n: formatCount(r.scores) }}
                components={{ strong: <strong /> }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {plan.notes.map((note) => (
        <p key={note} className="merge-note">
          {note}
        </p>
      ))}
    </>
  );
}
