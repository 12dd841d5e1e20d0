/** Other raters' scores on one dimension, read-only: who, what value, how confident, and the evidence. */
import type { Score } from '../../../data/scoring/model';
import { useSession } from '../app/session';
import { confidenceLabel, formatDateTime } from '../ui/format';
import { useTranslation } from 'react-i18next';

export function OtherScores({ scores, title }: { scores: Score[]; title: string }) {
  const { t } = useTranslation('scoring');
  const { raterOf } = useSession();
  if (scores.length === 0) return null;
  return (
    <div className="other-scores">
      <h4 className="other-scores__title">{title}</h4>
      <ul className="plain-list">
        {scores.map((score) => {
          const rater = raterOf(score.raterId);
          return (
            <li key={score.raterId} className="other-score">
              <span className={`score score--${score.value ?? 'none'} score--big`} aria-hidden="true">
                {score.value ?? '–'}
              </span>
              <div className="other-score__body">
                <div>
                  <strong>{rater?.name ?? score.raterId}</strong>
                  {rater?.team ? <span className="muted"> · {rater.team}</span> : null}
                </div>
                <div className="muted small">
                  {score.value === null ? t('others.notRated') : t('others.score', { value: score.value })}
                  {score.confidence ? t('others.confidence', { level: confidenceLabel(score.confidence) }) : ''}
                  {t('others.rubricDate', { version: score.rubricVersion, date: formatDateTime(score.updatedAt) })}
                </div>
                {score.evidence ? (
                  <blockquote className="other-score__evidence">{score.evidence}</blockquote>
                ) : (
                  <p className="muted small other-score__none">{t('others.noEvidence')}</p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
