/** The current rater, always visible in the header; switch to another or add a new one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

const NEW_RATER = '__new__';
const NONE = '';

export function RaterSwitcher() {
  const { t } = useTranslation('app');
  const session = useSession();
  const { currentRater, raters, readOnly } = session;
  const [error, setError] = useState<string | null>(null);

  async function onChange(value: string) {
    setError(null);
    if (value === NEW_RATER) {
      session.askForRater();
      return;
    }
    const problem = await session.setCurrentRater(value === NONE ? null : value);
    if (problem) setError(problem.message);
  }

  return (
    <div className="rater-switcher">
      <label className="rater-switcher__label" htmlFor="current-rater">
        {t('rater.scoringAs')}
      </label>
      <select
        id="current-rater"
        className="rater-switcher__select"
        value={currentRater?.id ?? NONE}
        disabled={readOnly}
        title={readOnly ? t('rater.readOnly') : t('rater.who')}
        onChange={(e) => void onChange(e.target.value)}
      >
        <option value={NONE}>{currentRater ? t('rater.nobodyStop') : t('rater.nobody')}</option>
        {raters.filter((rater) => !rater.seed).map((rater) => (
          <option key={rater.id} value={rater.id}>
            {rater.name}
            {rater.team ? ` (${rater.team})` : ''}
          </option>
        ))}
        <option value={NEW_RATER}>{t('rater.new')}</option>
      </select>
      <label className="rater-switcher__blind" title={t('rater.blindTitle')}>
        <input
          type="checkbox"
          checked={session.preferences.blindMode}
          disabled={readOnly}
          onChange={async (e) => {
            const problem = await session.setBlindMode(e.target.checked);
            setError(problem ? problem.message : null);
          }}
        />
        {t('rater.blind')}
      </label>
      {error ? (
        <span className="rater-switcher__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
