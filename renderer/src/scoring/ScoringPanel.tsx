/**
 * The five dimensions of a practice: the narrative (comparison-table cell), the current
 * rater's score with the rubric, and every other rater's score with its evidence.
 */
import { useEffect } from 'react';
import { DIMENSION_IDS } from '../../../data/domain/domain';
import type { PracticeDetail } from '../../../data/practices/model';
import type { Dimension, Score } from '../../../data/scoring/model';
import { useSession } from '../app/session';
import { DimensionScorer } from './DimensionScorer';
import { OtherScores } from './OtherScores';
import { dimensionName, formatMeanScore } from '../ui/format';

function meanOf(scores: Score[]): number | null {
  const values: number[] = scores.flatMap((s) => (s.value === null ? [] : [s.value]));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

interface Props {
  detail: PracticeDetail;
  onScoreSaved(score: Score): void;
}

export function ScoringPanel({ detail, onScoreSaved }: Props) {
  const session = useSession();
  const { currentRater, readOnly, rubric } = session;
  const canScore = !readOnly && currentRater !== null;

  useEffect(() => {
    // "Who is scoring?" once per app run, the first time a practice is opened without a rater.
    if (!readOnly && currentRater === null) session.askForRaterOnce();
  }, [readOnly, currentRater, session]);

  const dimensions: Dimension[] = session.dimensions.length
    ? session.dimensions
    : DIMENSION_IDS.map((id, position) => ({ id, name: dimensionName(id, null), position, target: 3 }));

  return (
    <section className="scoring-panel" aria-labelledby="dimensions-title">
      <div className="section-head">
        <h2 id="dimensions-title">Dimensions and scores</h2>
        {rubric ? (
          <span className="muted small">
            Rubric: {rubric.label} (version {rubric.version}) · <a href="#/rubric">Read or edit the rubric</a>
          </span>
        ) : null}
      </div>
      {readOnly ? (
        <p className="notice">This store is read-only: scores are shown but cannot be changed.</p>
      ) : currentRater === null ? (
        <p className="notice">
          Choose who is scoring to record your own scores.{' '}
          <button type="button" className="button button--primary button--small" onClick={session.askForRater}>
            Who is scoring?
          </button>
        </p>
      ) : (
        <p className="muted small">
          You are scoring as <strong>{currentRater.name}</strong>
          {currentRater.team ? ` (${currentRater.team})` : ''}. Each change is saved at once.
        </p>
      )}
      {dimensions.map((dimension) => {
        const scores = detail.scores.filter((s) => s.dimension === dimension.id);
        const mine = currentRater ? scores.find((s) => s.raterId === currentRater.id) : undefined;
        const others = canScore ? scores.filter((s) => s.raterId !== currentRater?.id) : scores;
        const mean = meanOf(scores);
        const hidden = detail.hiddenScores[dimension.id] ?? 0;
        const consensus = detail.consensus[dimension.id];
        const narrative = detail.practice.narratives[dimension.id];
        return (
          <article key={dimension.id} className="dimension" aria-labelledby={`dim-${dimension.id}`}>
            <header className="dimension__head">
              <h3 id={`dim-${dimension.id}`}>{dimension.name}</h3>
              <span className="muted small">
                Target {dimension.target}
                {hidden > 0
                  ? ' · blind mode: score it to see the others'
                  : mean !== null
                    ? ` · mean ${formatMeanScore(mean)} from ${scores.filter((s) => s.value !== null).length} rater(s)`
                    : ' · not rated yet'}
                {consensus ? ` · consensus ${consensus.value}` : ''}
              </span>
            </header>
            <div className="dimension__body">
              <div className="dimension__evidence">
                <h4 className="dimension__subtitle">Narrative</h4>
                {narrative ? <p className="prose">{narrative}</p> : <p className="muted">No narrative recorded for this dimension.</p>}
                <OtherScores scores={others} title={canScore ? 'Other raters' : 'Scores'} />
                {hidden > 0 ? (
                  <p className="notice blind-notice">
                    Blind mode: {hidden} other rater{hidden === 1 ? '’s score is' : 's’ scores are'} hidden until you score this dimension.
                  </p>
                ) : null}
                {consensus ? (
                  <p className="consensus-note">
                    <strong>Consensus {consensus.value}</strong>: {consensus.rationale}
                  </p>
                ) : null}
              </div>
              <div className="dimension__scoring">
                <h4 className="dimension__subtitle">{canScore ? 'Your score' : 'Rubric'}</h4>
                <DimensionScorer
                  key={`${currentRater?.id ?? 'nobody'}:${readOnly}`}
                  practiceId={detail.practice.id}
                  dimension={dimension}
                  raterId={currentRater?.id ?? null}
                  initial={mine}
                  descriptors={rubric?.descriptors[dimension.id]}
                  disabled={!canScore}
                  onSaved={onScoreSaved}
                />
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
