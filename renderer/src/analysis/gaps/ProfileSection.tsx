/** The practice profile on the gaps page: a practice picker and the radar (`analysis.profile`). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupField } from '../../../../data/analysis/schemas';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PracticePicker } from '../../practices/PracticePicker';
import { ProfileChart } from './ProfileChart';
import { practiceHref } from '../../app/useHashRoute';
import { useOperation } from '../../app/useOperation';

interface Props {
  id: string | null;
  groupBy: GroupField;
  /** Bumps when targets change, so the profile is asked again. */
  targetsKey: string;
  onPick(id: string | null): void;
}

export function ProfileSection({ id, groupBy, targetsKey, onPick }: Props) {
  const { t } = useTranslation('analysis');
  const result = useOperation('analysis.profile', id ? { id, groupBy } : null, targetsKey);
  const sectionRef = useRef<HTMLElement>(null);
  const profile = result.value && id && result.value.practice.id === id ? result.value : null;

  // Arriving with a practice chosen (the practice page's "Profile" link): bring the profile into view once.
  const scrolled = useRef(false);
  useEffect(() => {
    if (!profile || scrolled.current) return;
    scrolled.current = true;
    if (window.location.hash.includes('profile=')) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [profile]);

  return (
    <section ref={sectionRef} className="analysis-section" aria-labelledby="profile-title" id="profile">
      <h2 id="profile-title">{t('gaps.profileHeading')}</h2>
      <div className="view-controls">
        <PracticePicker label={t('gaps.profilePractice')} current={profile?.practice ?? null} onPick={(practice) => onPick(practice.id)} />
        {id ? (
          <div className="control">
            <span className="control__label" aria-hidden="true">
              {'\u00a0'}
            </span>
            <span className="profile-links">
              <a href={practiceHref(id)}>{t('gaps.openPractice')}</a>
              <button type="button" className="link-button" onClick={() => onPick(null)}>
                {t('gaps.clear')}
              </button>
            </span>
          </div>
        ) : null}
      </div>
      {!id ? <p className="muted">{t('gaps.choosePractice')}</p> : null}
      {result.error ? <ErrorMessage error={result.error} title={t('gaps.profileError')} onRetry={result.reload} /> : null}
      {id && !profile && result.loading ? <p className="loading-indicator">{t('gaps.profileLoading')}</p> : null}
      {profile ? <ProfileChart profile={profile} groupBy={groupBy} /> : null}
    </section>
  );
}
