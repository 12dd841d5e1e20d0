/** Per rater: practices scored on each dimension, and in all. */
import type { Coverage } from '../../../../data/analysis/model';
import type { Dimension } from '../../../../data/scoring/model';

export function CoverageRaters({ coverage, dimensions }: { coverage: Coverage; dimensions: readonly Dimension[] }) {
  return (
    <section className="analysis-section" aria-labelledby="coverage-raters">
      <h2 id="coverage-raters">Scores per rater</h2>
      {coverage.raters.length === 0 ? (
        <p className="muted">Nobody has scored these practices yet.</p>
      ) : (
        <div className="stats-scroll">
          <table className="stats-table coverage-raters">
            <caption className="visually-hidden">Practices scored per rater and dimension</caption>
            <thead>
              <tr>
                <th scope="col">Rater</th>
                {dimensions.map((d) => (
                  <th key={d.id} scope="col" className="num">
                    {d.name}
                  </th>
                ))}
                <th scope="col" className="num" title="Practices this rater scored on at least one dimension">
                  Practices scored
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.raters.map((rater) => (
                <tr key={rater.id}>
                  <th scope="row">
                    {rater.name} {rater.seed ? <span className="badge" title="The seed dataset’s own reading of the rubric">Seed</span> : null}
                  </th>
                  {dimensions.map((d) => (
                    <td key={d.id} className="num">
                      {rater.scored[d.id]}
                    </td>
                  ))}
                  <td className="num">
                    <strong>{rater.total}</strong> <span className="muted">of {coverage.practices}</span>
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
