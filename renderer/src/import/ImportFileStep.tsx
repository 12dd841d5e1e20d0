/** Step 1 of the import: choose or drop a file, see how it was read (encoding, delimiter, rows), override either. */
import { ImportReadingChoices } from './ImportReadingChoices';
import { useId, useState, type DragEvent } from 'react';
import { TEXT_ENCODING_LABELS, TEXT_ENCODINGS, type TextEncoding } from '../../../data/import/schemas';
import { DELIMITER_LABELS, type Delimiter } from '../../../data/import/schemas';
import { CsvRowsTable } from './CsvRowsTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fileSizeText, MAX_FILE_MEGABYTES } from '../ui/fileBase64';
import type { ImportWizard } from './useImportWizard';

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

const isEncoding = (value: string): value is TextEncoding => TEXT_ENCODINGS.some((e) => e === value);
const isDelimiter = (value: string): value is Delimiter => DELIMITERS.some((d) => d === value);

export function ImportFileStep({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
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
    setDropNote(files.length > 1 && first ? `${files.length} files were dropped; only “${first.name}” is read.` : null);
    if (first) wizard.chooseFile(first);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  }

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>1. Choose a file</h2>
      <div className={`drop-zone${dragging ? ' is-dragging' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p className="drop-zone__title">Drop a CSV file here, or choose one:</p>
        <input
          type="file"
          aria-label="CSV file"
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            setDropNote(null);
            if (chosen) wizard.chooseFile(chosen);
          }}
        />
        <p className="muted small">
          CSV or Unicode text as Excel saves it in any locale: semicolons or commas or tabs, decimal commas, Windows-1252, UTF-8 or UTF-16. Up to {MAX_FILE_MEGABYTES} MB.
          Nothing is written until you import.
        </p>
      </div>
      {dropNote ? <p className="muted small">{dropNote}</p> : null}
      <div role="status" className="import-step__status">
        {reading === 'file' ? <span className="loading-indicator">Reading the file…</span> : null}
        {reading === 'preview' ? <span className="loading-indicator">Reading the rows…</span> : null}
      </div>
      <ErrorMessage error={fileError} title={file ? `“${file.name}” could not be read this way` : 'The file could not be read'} />
      {file && dialect && detected ? (
        <div className="import-dialect">
          <div className="import-dialect__file">
            <strong>{file.name}</strong> <span className="muted">· {fileSizeText(file.size)}</span>
            {preview ? (
              <span>
                {' '}
                · <strong>{preview.rowCount.toLocaleString()}</strong> {preview.rowCount === 1 ? 'row' : 'rows'}{preview.headerRow ? ' below the header' : ' (no header row)'}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label className="field__label" htmlFor={encodingId}>
              Encoding
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
                  {TEXT_ENCODING_LABELS[encoding]}
                  {encoding === detected.encoding ? ' — detected' : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={delimiterId}>
              Delimiter
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
                  {DELIMITER_LABELS[delimiter]}
                  {delimiter === detected.delimiter ? ' — detected' : ''}
                </option>
              ))}
            </select>
          </div>
          <p className="field__hint import-dialect__hint">If names show � or Ã¡ instead of accents, try another encoding; if every row is one column, another delimiter.</p>
          {preview ? <ImportReadingChoices wizard={wizard} preview={preview} disabled={disabled} /> : null}
        </div>
      ) : null}
      {preview ? (
        <>
          <h3 className="import-step__subhead">
            First {preview.sample.length === 1 ? 'row' : `${preview.sample.length} rows`}
            {preview.rowCount > preview.sample.length ? <span className="muted"> of {preview.rowCount.toLocaleString()}</span> : null}
          </h3>
          {preview.sample.length > 0 ? (
            <CsvRowsTable caption="First rows of the file" headers={preview.headers} rows={preview.sample} />
          ) : (
            <p className="notice">The file has a header row but no rows below it: there is nothing to import.</p>
          )}
        </>
      ) : null}
    </section>
  );
}
