/** "Every row": a value for a field the file lacks or leaves empty (Country = Spain for a national catalogue). */
import { useId, useState } from 'react';
import { IMPORT_TARGETS, isPracticeFieldTarget, type ImportTarget } from '../../../data/practices/schemas';
import type { ImportWizard } from './useImportWizard';

const FIELDS = IMPORT_TARGETS.filter((info) => isPracticeFieldTarget(info.target));
const labelOf = (target: string) => IMPORT_TARGETS.find((info) => info.target === target)?.label ?? target;

export function ImportEveryRow({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
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
      <legend className="field__label">Every row</legend>
      <span id={hintId} className="field__hint">
        A value for a field the file lacks or leaves empty, read as a cell of that field would be (España, ES and Spain are one country).
      </span>
      {given.length > 0 ? (
        <ul className="import-every-row__list">
          {given.map(([target, v]) => (
            <li key={target}>
              {labelOf(target)} = “{v}”{' '}
              <button type="button" className="button button--small" disabled={disabled} onClick={() => wizard.setConstant(target as ImportTarget, '')}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="import-every-row__add">
        <label className="visually-hidden" htmlFor={fieldId}>
          Field for every row
        </label>
        <select id={fieldId} value={field} disabled={disabled} onChange={(e) => setField(e.target.value as ImportTarget)}>
          {FIELDS.map((info) => (
            <option key={info.target} value={info.target}>
              {info.label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={valueId}>
          Value for every row
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
          Set for every row
        </button>
      </div>
    </fieldset>
  );
}
