/** "Every row": a value for a field the file lacks or leaves empty (Country = Spain for a national catalogue). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, isPracticeFieldTarget, type ImportTarget } from '../../../data/practices/schemas';
import type { ImportWizard } from './useImportWizard';
import { fieldText } from '../app/i18n/domainLabels';

const FIELDS = IMPORT_TARGETS.map((info) => info.target).filter(isPracticeFieldTarget);
const labelOf = (target: string) => (isPracticeFieldTarget(target) ? fieldText(target) : target);

export function ImportEveryRow({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
  const { t } = useTranslation('import');
  const fieldId = useId();
  const valueId = useId();
  const hintId = useId();
  const [field, setField] = useState<ImportTarget>('country');
  const [value, setValue] = useState('');
  const given = Object.entries(wizard.constants).filter(([, v]) => v !== undefined && v.trim() !== '');
  const add = () => {
    if (value.trim() === '') return;
    wizard.setConstant(field, value);
    setValue('');
  };
  return (
    <fieldset className="field import-options__every-row">
      <legend className="field__label">{t('everyRow.legend')}</legend>
      <span id={hintId} className="field__hint">
        {t('everyRow.hint')}
      </span>
      {given.length > 0 ? (
        <ul className="import-every-row__list">
          {given.map(([target, v]) => (
            <li key={target}>
              {t('everyRow.given', { field: labelOf(target), value: v })}{' '}
              <button type="button" className="button button--small" disabled={disabled} onClick={() => wizard.setConstant(target as ImportTarget, '')}>
                {t('everyRow.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="import-every-row__add">
        <label className="visually-hidden" htmlFor={fieldId}>
          {t('everyRow.field')}
        </label>
        <select id={fieldId} value={field} disabled={disabled} onChange={(e) => setField(e.target.value as ImportTarget)}>
          {FIELDS.map((target) => (
            <option key={target} value={target}>
              {labelOf(target)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={valueId}>
          {t('everyRow.value')}
        </label>
        <input
          id={valueId}
          value={value}
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" className="button" disabled={disabled || value.trim() === ''} onClick={add}>
          {t('everyRow.set')}
        </button>
      </div>
    </fieldset>
  );
}
