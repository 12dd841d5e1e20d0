/** Step 3 of the import: how rows find the practice they update, and whose scores the score columns hold. */
import { useId } from 'react';
import { useSession } from '../app/session';
import { isScoreTarget, KEY_LABELS, type ImportKey } from './importMapping';
import type { ImportWizard } from './useImportWizard';
import { ImportEveryRow } from './ImportEveryRow';

const KEY_HINTS: Record<ImportKey, string> = {
  auto: 'A row with an id is that practice; a row without one updates the practice with its code (or name), country and provider, or becomes a new practice. Rows that share these are shown together.',
  id: 'Rows with an id update that practice; ids not in the dataset become new practices with that id.',
  nameCountry: 'Rows update the practice with the same name in the same country (accents and case ignored); others become new practices.',
};
const KEYS: readonly ImportKey[] = ['auto', 'nameCountry', 'id'];
const NEW_RATER = '__new__';

export function ImportOptionsStep({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
  const session = useSession();
  const headingId = useId();
  const raterId = useId();
  const raterHintId = useId();
  const raters = session.raters.filter((r) => !r.seed);
  const scoreColumns = wizard.choices.filter((c) => isScoreTarget(c.target)).length;
  const raterMissing = scoreColumns > 0 && wizard.raterId === '' && !disabled;

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>3. Options</h2>
      <fieldset className="field import-options__key">
        <legend className="field__label">Match rows to practices by</legend>
        {KEYS.map((key) => (
          <div key={key} className="import-options__choice">
            <label className="check">
              <input
                type="radio"
                name="import-key"
                value={key}
                checked={wizard.key === key}
                disabled={disabled}
                aria-describedby={`${headingId}-${key}`}
                onChange={() => wizard.setKey(key)}
              />
              {KEY_LABELS[key]}
            </label>
            <span id={`${headingId}-${key}`} className="field__hint">
              {KEY_HINTS[key]}
            </span>
          </div>
        ))}
      </fieldset>
      <ImportEveryRow wizard={wizard} disabled={disabled} />
      {scoreColumns > 0 ? (
        <div className={`field import-options__rater${raterMissing ? ' has-error' : ''}`}>
          <label className="field__label" htmlFor={raterId}>
            Rater of the scores *
          </label>
          <select
            id={raterId}
            value={wizard.raterId}
            required
            disabled={disabled}
            aria-invalid={raterMissing || undefined}
            aria-describedby={raterHintId}
            onChange={(e) => {
              if (e.target.value === NEW_RATER) {
                wizard.setRaterId(null);
                session.askForRater();
              } else wizard.setRaterId(e.target.value);
            }}
          >
            {wizard.raterId === '' ? <option value="">— choose a rater —</option> : null}
            {raters.map((rater) => (
              <option key={rater.id} value={rater.id}>
                {rater.name}
                {rater.team ? ` (${rater.team})` : ''}
              </option>
            ))}
            <option value={NEW_RATER}>New rater…</option>
          </select>
          <span id={raterHintId} className={raterMissing ? 'field__error' : 'field__hint'}>
            {scoreColumns === 1 ? 'One column holds scores' : `${scoreColumns} columns hold scores`}; they are saved as this rater’s scores
            {raterMissing ? ' — choose who gave them.' : '.'}
          </span>
        </div>
      ) : null}
    </section>
  );
}
