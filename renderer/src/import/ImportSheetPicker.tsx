/**
 * For an .xlsx workbook, in place of the encoding and delimiter a text file has: which sheet is
 * read (a picker when there are several), and how its cells are read.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookSheets } from '../../../data/import/model';
import { formatCount } from '../ui/format';
import type { ImportWizard } from './useImportWizard';

export function ImportSheetPicker({ wizard, workbook, disabled }: { wizard: ImportWizard; workbook: WorkbookSheets; disabled: boolean }) {
  const { t } = useTranslation('import');
  const sheetId = useId();
  const total = formatCount(workbook.sheets.length);
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={sheetId}>
          {t('file.sheet')}
        </label>
        <select id={sheetId} value={workbook.sheet} disabled={disabled || workbook.sheets.length < 2} onChange={(e) => wizard.setSheet(e.target.value)}>
          {workbook.sheets.map((name, i) => (
            <option key={`${i}-${name}`} value={name}>
              {t('file.sheetOption', { name, n: formatCount(i + 1), total })}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint import-dialect__hint">{t('file.workbookHint')}</p>
    </>
  );
}
