/** Step 1 of the import: choose or drop a file, see how it was read (encoding, delimiter, rows), override either. */
import { ImportReadingChoices } from './ImportReadingChoices';
import { ImportSheetPicker } from './ImportSheetPicker';
import { useId, useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../data/import/schemas';
import type { Delimiter } from '../../../data/import/schemas';
import { CsvRowsTable } from './CsvRowsTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fileSizeText, MAX_FILE_MEGABYTES } from '../ui/fileBase64';
import type { ImportWizard } from './useImportWizard';
import { formatCount } from '../ui/format';

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
/** Each delimiter named in import's file.delimiters.<name>. */
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const satisfies Record<Delimiter, string>;

const isEncoding = (value: string): value is TextEncoding => TEXT_ENCODINGS.some((e) => e === value);
const isDelimiter = (value: string): value is Delimiter => DELIMITERS.some((d) => d === value);

export function ImportFileStep({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
  const { t } = useTranslation('import');
  const { file, preview, detected, dialect, reading, fileError } = wizard;
  const [dragging, setDragging] = useState(false);
  const [dropNote, setDropNote] = useState<string | null>(null);
  const headingId = useId();
  const encodingId = useId();
  const delimiterId = useId();

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = event.dataTransfer.files;
    const first = files[0];
    setDropNote(files.length > 1 && first ? t('file.dropped', { count: files.length, n: formatCount(files.length), name: first.name }) : null);
    if (first) wizard.chooseFile(first);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  }

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('file.heading')}</h2>
      <div className={`drop-zone${dragging ? ' is-dragging' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p className="drop-zone__title">{t('file.drop')}</p>
        <input
          type="file"
          aria-label={t('file.input')}
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            setDropNote(null);
            if (chosen) wizard.chooseFile(chosen);
          }}
        />
        <p className="muted small">{t('file.hint', { megabytes: formatCount(MAX_FILE_MEGABYTES) })}</p>
      </div>
      {dropNote ? <p className="muted small">{dropNote}</p> : null}
      <div role="status" className="import-step__status">
        {reading === 'file' ? <span className="loading-indicator">{t('file.readingFile')}</span> : null}
        {reading === 'preview' ? <span className="loading-indicator">{t('file.readingRows')}</span> : null}
      </div>
      <ErrorMessage error={fileError} title={file ? t('file.cannotReadThisWay', { name: file.name }) : t('file.cannotRead')} />
      {file && dialect && detected ? (
        <div className="import-dialect">
          <div className="import-dialect__file">
            <strong>{file.name}</strong> <span className="muted">· {fileSizeText(file.size)}</span>
            {preview ? (
              <span>
                {' '}
                · <Trans t={t} i18nKey="file.rowCount" count={preview.rowCount} values={{ n: formatCount(preview.rowCount) }} components={{ strong: <strong /> }} />
                {preview.headerRow ? t('file.belowHeader') : t('file.noHeaderRow')}
              </span>
            ) : null}
          </div>
          {preview?.workbook ? (
            <ImportSheetPicker wizard={wizard} workbook={preview.workbook} disabled={disabled} />
          ) : (
            <>
              <div className="field">
                <label className="field__label" htmlFor={encodingId}>
                  {t('file.encoding')}
                </label>
                <select
                  id={encodingId}
                  value={dialect.encoding}
                  disabled={disabled}
                  onChange={(e) => {
                    if (isEncoding(e.target.value)) wizard.setEncoding(e.target.value);
                  }}
                >
                  {TEXT_ENCODINGS.map((encoding) => (
                    <option key={encoding} value={encoding}>
                      {encoding === detected.encoding ? t('file.detected', { label: t(`file.encodings.${encoding}`) }) : t(`file.encodings.${encoding}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor={delimiterId}>
                  {t('file.delimiter')}
                </label>
                <select
                  id={delimiterId}
                  value={dialect.delimiter}
                  disabled={disabled}
                  onChange={(e) => {
                    if (isDelimiter(e.target.value)) wizard.setDelimiter(e.target.value);
                  }}
                >
                  {DELIMITERS.map((delimiter) => (
                    <option key={delimiter} value={delimiter}>
                      {delimiter === detected.delimiter
                        ? t('file.detected', { label: t(`file.delimiters.${DELIMITER_NAMES[delimiter]}`) })
                        : t(`file.delimiters.${DELIMITER_NAMES[delimiter]}`)}
                    </option>
                  ))}
                </select>
              </div>
              <p className="field__hint import-dialect__hint">{t('file.dialectHint')}</p>
            </>
          )}
          {preview ? <ImportReadingChoices wizard={wizard} preview={preview} disabled={disabled} /> : null}
        </div>
      ) : null}
      {preview ? (
        <>
          <h3 className="import-step__subhead">
            {t('file.firstRows', { count: preview.sample.length, n: formatCount(preview.sample.length) })}
            {preview.rowCount > preview.sample.length ? <span className="muted">{t('file.ofTotal', { n: formatCount(preview.rowCount) })}</span> : null}
          </h3>
          {preview.sample.length > 0 ? (
            <CsvRowsTable caption={t('file.firstRowsCaption')} headers={preview.headers} rows={preview.sample} />
          ) : (
            <p className="notice">{t('file.noRows')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
