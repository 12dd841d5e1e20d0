/**
 * Disagreements (`analysis.disagreements`): the practice x dimension pairs where raters' scores
 * differ, largest difference first, each rater's score and evidence side by side, and the form to
 * record the team's consensus with its rationale. Which number the other views use (consensus,
 * mean, one rater) is chosen here too.
 */
import { useCallback, useMemo, useState } from 'react';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { AnalysisLayout } from '../../analysis/AnalysisLayout';
import { ConsensusForm } from './ConsensusForm';
import { ScoreSourcePicker } from '../ScoreSourcePicker';
import { useSession } from '../../app/session';
import { parseTableQuery } from '../../filter/filterQuery';
import { navigate, practiceHref } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';
import { viewHref } from '../../app/views';

type Status = 'open' | 'settled' | 'all';
const PAGE = 50;

export function DisagreementsPage({ params }: { params: URLSearchParams }) {
  const session = useSession();
  const queryString = params.toString();
  const own = new URLSearchParams(queryString);
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const status = (['open', 'settled', 'all'] as const).find((s) => s === own.get('status')) ?? 'open';
  const minDifference = Math.min(4, Math.max(1, Number(own.get('min') ?? 1) || 1));
  const [limit, setLimit] = useState(PAGE);
  const [saved, setSaved] = useState(0);
  const ownParams = useCallback((s: Status, m: number) => new URLSearchParams({ status: s, min: String(m) }), []);
  const go = useCallback((next: PracticeFilter) => navigate(viewHref('disagreements', next, ownParams(status, minDifference)), { replace: true }), [status, minDifference, ownParams]);
  const input = useMemo(() => ({ filter, status, minDifference, limit }), [filter, status, minDifference, limit]);
  const queue = useOperation('analysis.disagreements', input, saved);
  const dimensionName = (id: string) => session.dimensions.find((d) => d.id === id)?.name ?? id;

  return (
    <AnalysisLayout
      title="Disagreements and consensus"
      intro="Where raters scored the same practice and dimension differently, largest difference first. Read each rater’s evidence side by side and record the score the team agrees on, with its rationale."
      filter={filter}
      onFilterChange={go}
      count={queue.value?.matching ?? null}
      countLabel="pairs"
      loading={queue.loading}
      error={queue.error}
      onRetry={queue.reload}
    >
      <div className="disagreement-controls">
        <label>
          Show{' '}
          <select value={status} onChange={(e) => navigate(viewHref('disagreements', filter, ownParams(e.target.value as Status, minDifference)), { replace: true })}>
            <option value="open">Without consensus</option>
            <option value="settled">With consensus</option>
            <option value="all">All</option>
          </select>
        </label>
        <label>
          Difference of at least{' '}
          <select value={minDifference} onChange={(e) => navigate(viewHref('disagreements', filter, ownParams(status, Number(e.target.value))), { replace: true })}>
            {[1, 2, 3, 4].map((m) => (
              <option key={m} value={m}>
                {m} point{m === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </label>
        <ScoreSourcePicker />
      </div>
      {queue.value ? (
        <>
          <p className="muted disagreement-summary" role="status">
            {queue.value.total.toLocaleString()} pair{queue.value.total === 1 ? '' : 's'} where raters differ; {queue.value.settled.toLocaleString()} with a consensus. {queue.value.comparison}
          </p>
          {queue.value.blind ? <p className="notice" role="note">{queue.value.blind.note}</p> : null}
          <ol className="disagreement-list">
            {queue.value.rows.map((row) => (
              <li key={`${row.practiceId}|${row.dimension}`} className="card disagreement">
                <h2 className="disagreement__head">
                  <a href={practiceHref(row.practiceId)}>{row.practiceName}</a>
                  <span className="muted"> · {row.country} · </span>
                  {dimensionName(row.dimension)}
                  <span className="badge" title="Highest minus lowest score">
                    differ by {row.difference}
                  </span>
                </h2>
                <div className="disagreement__scores">
                  {row.scores.map((s) => (
                    <div key={s.raterId} className="disagreement__score">
                      <div>
                        <strong>{s.raterName}</strong>: {s.value}
                        {s.confidence ? <span className="muted"> ({s.confidence} confidence)</span> : null}
                      </div>
                      <p className="disagreement__evidence">{s.evidence ?? <span className="muted">No evidence given.</span>}</p>
                    </div>
                  ))}
                </div>
                <ConsensusForm
                  key={`${row.practiceId}|${row.dimension}|${row.consensus?.updatedAt ?? ''}`}
                  practiceId={row.practiceId}
                  dimension={row.dimension}
                  dimensionName={dimensionName(row.dimension)}
                  consensus={row.consensus}
                  descriptors={session.rubric?.descriptors[row.dimension]}
                  readOnly={session.readOnly}
                  onSaved={() => setSaved((n) => n + 1)}
                />
              </li>
            ))}
          </ol>
          {queue.value.rows.length < queue.value.matching ? (
            <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
              Show {Math.min(PAGE, queue.value.matching - queue.value.rows.length)} more
            </button>
          ) : null}
        </>
      ) : null}
    </AnalysisLayout>
  );
}
