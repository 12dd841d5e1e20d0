/** Rows of the file without ids that share a code (or name), country and provider, shown together: the user decides. */
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../data/contract/contract';
import { formatCount } from '../ui/format';
import type { ImportWizard } from './useImportWizard';

const SHOWN = 50;

export function ImportDuplicates({ wizard, checked, disabled }: { wizard: ImportWizard; checked: ImportResult; disabled: boolean }) {
  const { t } = useTranslation('import');
  if (checked.duplicates.length === 0 && wizard.duplicates === 'reject') return null;
  return (
    <fieldset className="field import-duplicates">
      <legend className="field__label">{t('duplicates.legend')}</legend>
      {checked.duplicates.length > 0 ? (
        <ul className="import-duplicates__groups">
          {checked.duplicates.slice(0, SHOWN).map((group) => (
            <li key={group.rows.join(',')}>
              {t('duplicates.rows', { rows: group.rows.join(', '), key: group.key })}
            </li>
          ))}
        </ul>
      ) : null}
      {checked.duplicates.length > SHOWN ? (
        <p className="muted small">{t('duplicates.more', { count: checked.duplicates.length - SHOWN, n: formatCount(checked.duplicates.length - SHOWN) })}</p>
      ) : null}
      <label className="check">
        <input type="radio" name="import-duplicates" checked={wizard.duplicates === 'reject'} disabled={disabled} onChange={() => wizard.setDuplicates('reject')} />
        {t('duplicates.reject')}
      </label>
      <label className="check">
        <input type="radio" name="import-duplicates" checked={wizard.duplicates === 'separate'} disabled={disabled} onChange={() => wizard.setDuplicates('separate')} />
        {t('duplicates.separate')}
      </label>
    </fieldset>
  );
}
