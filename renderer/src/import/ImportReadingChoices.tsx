/**
 * How the file is read beyond encoding and delimiter: whether its first row names the columns (a
 * list without a header row is mapped by position), and what bytes that are not UTF-8 in a UTF-8
 * file become (their rows rejected, or read as Windows-1252).
 */
import type { ImportPreview } from '../../../data/contract/contract';
import type { ImportWizard } from './useImportWizard';

export function ImportReadingChoices({ wizard, preview, disabled }: { wizard: ImportWizard; preview: ImportPreview; disabled: boolean }) {
  const utf8 = preview.encoding === 'utf-8' || preview.encoding === 'utf-8-bom';
  const invalidBytes = wizard.readingChoices.invalidBytes ?? 'reject';
  return (
    <div className="import-reading">
      <label className="check">
        <input type="checkbox" checked={preview.headerRow} disabled={disabled} onChange={(e) => wizard.setHeaderRow(e.target.checked)} />
        The first row holds column headers
      </label>
      <span className="field__hint">
        {preview.headerRow ? 'Columns are matched to fields by their headers.' : 'The first row is data: columns are “Column 1”, “Column 2”, … and are mapped by position.'}
      </span>
      {utf8 ? (
        <label className="check">
          <input
            type="checkbox"
            checked={invalidBytes === 'windows-1252'}
            disabled={disabled}
            onChange={(e) => wizard.setInvalidBytes(e.target.checked ? 'windows-1252' : 'reject')}
          />
          Read bytes that are not UTF-8 as Windows-1252 (otherwise the rows holding them are rejected)
        </label>
      ) : null}
    </div>
  );
}
