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
import { dimensionName, formatMeanScore, formatNumber } from '../ui/format';
import { useTranslation } from 'react-i18next';
import { Trans } from 'react-i18next';

function meanOf(scores: Score[]): number | null {
  const values: number[] = scores.flatMap((s) => (s.value === null ? [] : [s.value]));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

interface Props {
  detail: PracticeDetail;
  onScoreSaved(score: Score): void;
}

export function ScoringPanel({ detail, onScoreSaved }: Props) {
  const { t } = useTranslation('scoring');
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
        <h2 id="dimensions-title">{t('panel.title')}</h2>
        {rubric ? (
          <span className="muted small">
            {t('panel.rubric', { label: rubric.label, version: rubric.version })} · <a href="#/rubric">{t('panel.rubricLink')}</a>
          </span>
        ) : null}
      </div>
      {readOnly ? (
        <p className="notice">{t('panel.readOnly')}</p>
      ) : currentRater === null ? (
        <p className="notice">
          {t('panel.chooseRater')}{' '}
          <button type="button" className="button button--primary button--small" onClick={session.askForRater}>
            {t('panel.whoIsScoring')}
          </button>
        </p>
      ) : (
        <p className="muted small">
          <Trans t={t} i18nKey="panel.scoringAs" values={{ name: currentRater.name, team: currentRater.team ? ` (${currentRater.team})` : '' }} components={[<strong />]} />
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
              <h3 id={`dim-${dimension.id}`}>{dimensionName(dimension.id, dimensions)}</h3>
              <span className="muted small">
                {t('panel.target', { target: formatNumber(dimension.target) })}
                {hidden > 0
                  ? t('panel.blindHint')
                  : mean !== null
                    ? t('panel.mean', { mean: formatMeanScore(mean), count: scores.filter((s) => s.value !== null).length })
                    : t('panel.notRatedYet')}
                {consensus ? t('panel.consensusShort', { value: consensus.value }) : ''}
              </span>
            </header>
            <div className="dimension__body">
              <div className="dimension__evidence">
                <h4 className="dimension__subtitle">{t('panel.narrative')}</h4>
                {narrative ? <p className="prose">{narrative}</p> : <p className="muted">{t('panel.noNarrative')}</p>}
                <OtherScores scores={others} title={canScore ? t('panel.otherRaters') : t('panel.scores')} />
                {hidden > 0 ? (
                  <p className="notice blind-notice">
                    {t('panel.blindHidden', { count: hidden })}
                  </p>
                ) : null}
                {consensus ? (
                  <p className="consensus-note">
                    <strong>{t('panel.consensus', { value: consensus.value })}</strong>: {consensus.rationale}
                  </p>
                ) : null}
              </div>
              <div className="dimension__scoring">
                <h4 className="dimension__subtitle">{canScore ? t('panel.yourScore') : t('panel.rubricTitle')}</h4>
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
