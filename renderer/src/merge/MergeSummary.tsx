/** What a merge brings (or brought): records added, updated and removed by kind, the raters whose scores arrive, and notes. */
import type { MergeEntity, MergePlan } from '../../../data/contract/contract';

const KIND_LABELS: Record<MergeEntity, string> = {
  practice: 'Practices',
  score: 'Scores',
  rater: 'Raters',
  dimension: 'Dimension targets',
  setting: 'Settings',
  consensus: 'Consensus scores',
  rubric: 'Rubric versions',
  caseStudy: 'Case-study sections',
  claim: 'Claims (printed figures)',
};

export function MergeSummary({ plan, caption }: { plan: MergePlan; caption: string }) {
  const kinds = (Object.keys(KIND_LABELS) as MergeEntity[]).filter((k) => {
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
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Removed</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{KIND_LABELS[k]}</th>
                <td>{plan.counts[k].added.toLocaleString()}</td>
                <td>{plan.counts[k].updated.toLocaleString()}</td>
                <td>{plan.counts[k].removed.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.raters.length > 0 ? (
        <ul className="merge-raters">
          {plan.raters.map((r) => (
            <li key={r.id}>
              Scores by <strong>{r.name}</strong>
              {r.team ? ` (${r.team})` : ''}: {r.scores.toLocaleString()}
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
