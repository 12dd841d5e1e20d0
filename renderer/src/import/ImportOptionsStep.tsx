/** Step 3 of the import: how rows find the practice they update, and whose scores the score columns hold. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { isScoreTarget, keyLabel, type ImportKey } from './importMapping';
import type { ImportWizard } from './useImportWizard';
import { ImportEveryRow } from './ImportEveryRow';
import { formatCount } from '../ui/format';

/** Each way of matching explained, in import's options.hint<Auto|Id|NameCountry>. */
const KEY_HINTS = { auto: 'hintAuto', id: 'hintId', nameCountry: 'hintNameCountry' } as const satisfies Record<ImportKey, string>;
const KEYS: readonly ImportKey[] = ['auto', 'nameCountry', 'id'];
const NEW_RATER = '__new__';

export function ImportOptionsStep({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
  const { t } = useTranslation('import');
  const session = useSession();
  const headingId = useId();
  const raterId = useId();
  const raterHintId = useId();
  const raters = session.raters.filter((r) => !r.seed);
  const scoreColumns = wizard.choices.filter((c) => isScoreTarget(c.target)).length;
  const raterMissing = scoreColumns > 0 && wizard.raterId === '' && !disabled;

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('options.heading')}</h2>
      <fieldset className="field import-options__key">
        <legend className="field__label">{t('options.matchBy')}</legend>
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
              {keyLabel(key)}
            </label>
            <span id={`${headingId}-${key}`} className="field__hint">
              {t(`options.${KEY_HINTS[key]}`)}
            </span>
          </div>
        ))}
      </fieldset>
      <ImportEveryRow wizard={wizard} disabled={disabled} />
      {scoreColumns > 0 ? (
        <div className={`field import-options__rater${raterMissing ? ' has-error' : ''}`}>
          <label className="field__label" htmlFor={raterId}>
            {t('options.rater')}
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
            {wizard.raterId === '' ? <option value="">{t('options.chooseRater')}</option> : null}
            {raters.map((rater) => (
              <option key={rater.id} value={rater.id}>
                {rater.name}
                {rater.team ? ` (${rater.team})` : ''}
              </option>
            ))}
            <option value={NEW_RATER}>{t('options.newRater')}</option>
          </select>
          <span id={raterHintId} className={raterMissing ? 'field__error' : 'field__hint'}>
            {t('options.scoreColumns', { count: scoreColumns, n: formatCount(scoreColumns) })}
            {raterMissing ? t('options.chooseWho') : t('options.period')}
          </span>
        </div>
      ) : null}
    </section>
  );
}
