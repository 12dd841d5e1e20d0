/**
 * How the file is read beyond encoding and delimiter: whether its first row names the columns (a
 * list without a header row is mapped by position), and what bytes that are not UTF-8 in a UTF-8
 * file become (their rows rejected, or read as Windows-1252).
 */
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../data/contract/contract';
import type { ImportWizard } from './useImportWizard';

export function ImportReadingChoices({ wizard, preview, disabled }: { wizard: ImportWizard; preview: ImportPreview; disabled: boolean }) {
  const { t } = useTranslation('import');
  // A workbook's cells are text already: no bytes to read another way.
  const utf8 = !preview.workbook && (preview.encoding === 'utf-8' || preview.encoding === 'utf-8-bom');
  const invalidBytes = wizard.readingChoices.invalidBytes ?? 'reject';
  return (
    <div className="import-reading">
      <label className="check">
        <input type="checkbox" checked={preview.headerRow} disabled={disabled} onChange={(e) => wizard.setHeaderRow(e.target.checked)} />
        {t('reading.headerRow')}
      </label>
      <span className="field__hint">{preview.headerRow ? t('reading.byHeaders') : t('reading.byPosition')}</span>
      {utf8 ? (
        <label className="check">
          <input
            type="checkbox"
            checked={invalidBytes === 'windows-1252'}
            disabled={disabled}
            onChange={(e) => wizard.setInvalidBytes(e.target.checked ? 'windows-1252' : 'reject')}
          />
          {t('reading.windows1252')}
        </label>
      ) : null}
    </div>
  );
}
