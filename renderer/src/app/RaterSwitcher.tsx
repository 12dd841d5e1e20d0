/** The current rater, always visible in the header; switch to another or add a new one. */
import { useState } from 'react';
import { useSession } from './session';

const NEW_RATER = '__new__';
const NONE = '';

export function RaterSwitcher() {
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
        Scoring as
      </label>
      <select
        id="current-rater"
        className="rater-switcher__select"
        value={currentRater?.id ?? NONE}
        disabled={readOnly}
        title={readOnly ? 'The store is read-only: nobody can score in it.' : 'Who is scoring'}
        onChange={(e) => void onChange(e.target.value)}
      >
        <option value={NONE}>{currentRater ? 'Nobody (stop scoring)' : 'Nobody chosen'}</option>
        {raters.filter((rater) => !rater.seed).map((rater) => (
          <option key={rater.id} value={rater.id}>
            {rater.name}
            {rater.team ? ` (${rater.team})` : ''}
          </option>
        ))}
        <option value={NEW_RATER}>New rater…</option>
      </select>
      <label className="rater-switcher__blind" title="Hide other raters’ scores on a practice until you have scored it yourself">
        <input
          type="checkbox"
          checked={session.preferences.blindMode}
          disabled={readOnly}
          onChange={async (e) => {
            const problem = await session.setBlindMode(e.target.checked);
            setError(problem ? problem.message : null);
          }}
        />
        Blind
      </label>
      {error ? (
        <span className="rater-switcher__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
