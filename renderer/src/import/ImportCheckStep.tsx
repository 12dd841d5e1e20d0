/** Step 4 of the import: check (a dry run that writes nothing), see what would happen, then import exactly that. */
import { ImportDuplicates } from './ImportDuplicates';
import { useEffect, useId, useRef } from 'react';
import type { ImportPreview } from '../../../data/contract/contract';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ImportCounts } from './ImportCounts';
import { RejectedRows } from './RejectedRows';
import { JobProgress } from '../ui/JobProgress';
import type { ImportWizard } from './useImportWizard';

interface Props {
  wizard: ImportWizard;
  preview: ImportPreview;
  /** Why the import cannot be checked yet (empty when it can). */
  problems: readonly string[];
  readOnly: boolean;
}

/** "4 practices", or "4 scores" for a file of scores in long form. */
function rowsOf(n: number, kind: 'practices' | 'scores'): string {
  const [one, many] = kind === 'scores' ? ['score', 'scores'] : ['practice', 'practices'];
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function ImportCheckStep({ wizard, preview, problems, readOnly }: Props) {
  const { run } = wizard;
  const headingId = useId();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const checked = run.status === 'checked' || run.status === 'importing' || run.status === 'importFailed' ? run.check : null;
  const importing = run.status === 'importing';
  const busy = run.status === 'checking' || importing || wizard.reading !== null;
  const writes = checked ? checked.counts.new + checked.counts.updated : 0;

  // Keyboard and screen-reader users land on the answer when it arrives.
  useEffect(() => {
    if (run.status === 'checked') resultRef.current?.focus();
  }, [run.status]);

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>4. Check and import</h2>
      <p className="muted">
        The check reads all {preview.rowCount.toLocaleString()} rows as the import would and writes nothing. The import then writes every accepted row at once, or
        nothing at all.
      </p>
      {readOnly ? <p className="notice">This store is read-only: files can be previewed here, but not checked or imported.</p> : null}
      {problems.length > 0 && !readOnly ? (
        <div className="notice" id={`${headingId}-problems`}>
          <strong>Before checking:</strong>
          <ul className="import-notes">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="import-actions">
        <button
          type="button"
          className={checked ? 'button' : 'button button--primary'}
          disabled={readOnly || problems.length > 0 || busy}
          aria-describedby={problems.length > 0 && !readOnly ? `${headingId}-problems` : undefined}
          aria-busy={run.status === 'checking' || undefined}
          onClick={wizard.check}
        >
          {run.status === 'checking' ? <span className="spinner" aria-hidden="true" /> : null}
          {checked ? 'Check again' : 'Check import'}
        </button>
        <span role="status" className="muted">
          {run.status === 'checking' ? `Checking ${preview.rowCount.toLocaleString()} rows…` : ''}
        </span>
      </div>
      {run.status === 'checkFailed' ? <ErrorMessage error={run.error} title="The check failed" /> : null}
      {checked ? (
        <div className="import-result">
          <h3 ref={resultRef} tabIndex={-1} className="import-result__title">
            What the import would do
          </h3>
          <ImportCounts counts={checked.counts} label="What the import would do" />
          {checked.notes.length > 0 ? (
            <ul className="notice import-notes import-notes--boxed">
              {checked.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          ) : null}
          <ImportDuplicates wizard={wizard} checked={checked} disabled={busy} />
          <RejectedRows headers={preview.headers} rows={checked.rejected} csv={checked.rejectedCsv} />
          <div className="import-actions import-actions--commit">
            <button
              type="button"
              className="button button--primary"
              disabled={writes === 0 || busy || readOnly}
              aria-busy={importing || undefined}
              onClick={wizard.commit}
            >
              {importing ? <span className="spinner" aria-hidden="true" /> : null}
              {importing ? `Importing ${rowsOf(writes, checked.kind)}…` : `Import ${rowsOf(writes, checked.kind)}`}
            </button>
            {importing ? (
              <>
                <JobProgress progress={run.progress} label="Import progress" />
                <button type="button" className="button" onClick={wizard.cancel} disabled={!run.jobId}>
                  Cancel import
                </button>
              </>
            ) : null}
            <span className="muted">
              {writes === 0
                ? 'Nothing to write: every row is unchanged or rejected.'
                : checked.counts.rejected > 0
                  ? `The ${checked.counts.rejected.toLocaleString()} rejected ${checked.counts.rejected === 1 ? 'row is' : 'rows are'} left out.`
                  : ''}
            </span>
          </div>
          {run.status === 'importFailed' ? (
            <ErrorMessage error={`${run.error.message} Nothing was written: an import is saved all at once or not at all.`} title="The import failed" onRetry={wizard.commit} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
