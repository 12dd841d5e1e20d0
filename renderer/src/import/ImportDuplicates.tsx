/** Rows of the file without ids that share a code (or name), country and provider, shown together: the user decides. */
import type { ImportResult } from '../../../data/contract/contract';
import type { ImportWizard } from './useImportWizard';

const SHOWN = 50;

export function ImportDuplicates({ wizard, checked, disabled }: { wizard: ImportWizard; checked: ImportResult; disabled: boolean }) {
  if (checked.duplicates.length === 0 && wizard.duplicates === 'reject') return null;
  return (
    <fieldset className="field import-duplicates">
      <legend className="field__label">Rows that look like one practice</legend>
      {checked.duplicates.length > 0 ? (
        <ul className="import-duplicates__groups">
          {checked.duplicates.slice(0, SHOWN).map((group) => (
            <li key={group.rows.join(',')}>
              Rows {group.rows.join(', ')}: {group.key}
            </li>
          ))}
        </ul>
      ) : null}
      {checked.duplicates.length > SHOWN ? <p className="muted small">and {checked.duplicates.length - SHOWN} more groups.</p> : null}
      <label className="check">
        <input type="radio" name="import-duplicates" checked={wizard.duplicates === 'reject'} disabled={disabled} onChange={() => wizard.setDuplicates('reject')} />
        Reject them (fix the file, or give them ids)
      </label>
      <label className="check">
        <input type="radio" name="import-duplicates" checked={wizard.duplicates === 'separate'} disabled={disabled} onChange={() => wizard.setDuplicates('separate')} />
        Import each as its own practice
      </label>
    </fieldset>
  );
}
