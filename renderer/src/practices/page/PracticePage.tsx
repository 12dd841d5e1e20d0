/** One practice: its fields, structure, sources, and the dimensions with scores. */
import { useCallback, useState } from 'react';
import type { Score } from '../../../../data/scoring/model';
import type { PracticeDetail } from '../../../../data/practices/model';
import { useSession } from '../../app/session';
import { usePracticeDetail } from './usePracticeDetail';
import { PracticeDetails } from './PracticeDetails';
import { CriteriaSection, ElementsSection } from './PracticeChecklist';
import { ScoringPanel } from '../../scoring/ScoringPanel';
import { PracticeHistory } from './PracticeHistory';
import { CaseStudyPanel } from '../caseStudy/CaseStudyPanel';
import { DeletePracticeDialog } from './DeletePracticeDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { editHref, navigate } from '../../app/useHashRoute';
import { practiceTypeLabel } from '../../ui/format';
import { useNavigation } from '../../app/navigation';
import { useTranslation } from 'react-i18next';
import { countryGroupLabel, countryLabel } from '../../app/i18n/domainLabels';

/** Changes whenever a case-study section does, so the history below is read again after an edit. */
function caseStudyVersion(detail: PracticeDetail): string {
  let hash = 0;
  for (const ch of JSON.stringify(detail.caseStudy)) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return hash.toString(36);
}

export function PracticePage({ id }: { id: string }) {
  const { t } = useTranslation('practices');
  const { readOnly } = useSession();
  const { tableHref, profileLink } = useNavigation();
  const { state, reload, patch } = usePracticeDetail(id);
  const [deleting, setDeleting] = useState(false);

  const onScoreSaved = useCallback(
    (score: Score) => {
      // Blind mode: the rater has now scored, so the others' scores on that dimension may be shown.
      if (state.status === 'ready' && score.value !== null && state.detail.hiddenScores[score.dimension]) return reload();
      patch((detail) => ({
        ...detail,
        scores: [
          ...detail.scores.filter((s) => !(s.dimension === score.dimension && s.raterId === score.raterId)),
          score,
        ],
      }));
    },
    [patch, reload, state],
  );

  const back = (
    <nav className="breadcrumb" aria-label={t('page.breadcrumb')}>
      <a href={tableHref}>{t('page.back')}</a>
    </nav>
  );

  if (state.status === 'loading') {
    return (
      <div className="page">
        {back}
        <p className="loading-indicator" aria-busy="true">
          {t('page.loading')}
        </p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="page">
        {back}
        <h1>{t('page.notShown')}</h1>
        <ErrorMessage error={state.error} onRetry={state.error.code === 'not_found' ? undefined : reload} />
      </div>
    );
  }

  const { detail } = state;
  const p = detail.practice;
  return (
    <div className="page practice-page">
      {back}
      <header className="page-head">
        <div className="page-head__titles">
          <h1>{p.name}</h1>
          <p className="page-head__sub">
            {[p.code, countryLabel(p.country) + (p.region ? `, ${p.region}` : ''), practiceTypeLabel(p.practiceType), p.provider]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <div className="badges">
            <span className="badge">{countryGroupLabel(p.countryGroup)}</span>
            {p.caseStudy ? <span className="badge badge--case">{p.caseStudyNumber !== null ? t('page.caseStudyNumber', { number: p.caseStudyNumber }) : t('page.caseStudy')}</span> : null}
            {p.shortlisted ? <span className="badge badge--shortlist">{t('page.shortlisted')}</span> : null}
            {detail.parent ? <span className="badge">{t('page.component')}</span> : null}
            {detail.children.length > 0 ? (
              <span className="badge">
                {t('page.components', { count: detail.children.length })}
              </span>
            ) : null}
          </div>
        </div>
        <div className="page-head__actions">
          <a className="button" href={profileLink(p.id)} title={t('page.profileTitle')}>
            {t('page.profile')}
          </a>
          {readOnly ? (
            <button type="button" className="button" disabled title={t('page.readOnly')}>
              {t('page.edit')}
            </button>
          ) : (
            <a className="button" href={editHref(p.id)}>
              {t('page.edit')}
            </a>
          )}
          <button type="button" className="button button--danger-outline" disabled={readOnly} onClick={() => setDeleting(true)}>
            {t('page.delete')}
          </button>
        </div>
      </header>

      <PracticeDetails detail={detail} />
      <div className="checklists">
        <CriteriaSection detail={detail} onSaved={(next) => patch(() => next)} />
        <ElementsSection key={detail.practice.id} detail={detail} onSaved={(next) => patch(() => next)} />
      </div>
      <CaseStudyPanel key={`case-study-${detail.practice.id}`} detail={detail} onSaved={(next) => patch(() => next)} />
      <ScoringPanel detail={detail} onScoreSaved={onScoreSaved} />
      <PracticeHistory
        key={[detail.practice.updatedAt, ...detail.scores.map((s) => s.updatedAt), caseStudyVersion(detail)].join(' ')}
        id={detail.practice.id}
      />

      <DeletePracticeDialog
        detail={detail}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          navigate(tableHref);
        }}
      />
    </div>
  );
}
