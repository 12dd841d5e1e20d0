/** Step 4 of the import: check (a dry run that writes nothing), see what would happen, then import exactly that. */
import { ImportDuplicates } from './ImportDuplicates';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../data/contract/contract';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ImportCounts } from './ImportCounts';
import { RejectedRows } from './RejectedRows';
import { JobProgress } from '../ui/JobProgress';
import type { ImportWizard } from './useImportWizard';
import { translate } from '../app/i18n/i18n';
import { formatCount } from '../ui/format';

interface Props {
  wizard: ImportWizard;
  preview: ImportPreview;
  /** Why the import cannot be checked yet (empty when it can). */
  problems: readonly string[];
  readOnly: boolean;
}

/** "4 practices", or "4 scores" for a file of scores in long form. */
function rowsOf(n: number, kind: 'practices' | 'scores'): string {
  return translate('import')(kind === 'scores' ? 'check.scores' : 'check.practices', { count: n, n: formatCount(n) });
}

export function ImportCheckStep({ wizard, preview, problems, readOnly }: Props) {
  const { t } = useTranslation('import');
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
      <h2 id={headingId}>{t('check.heading')}</h2>
      <p className="muted">{t('check.intro', { n: formatCount(preview.rowCount) })}</p>
      {readOnly ? <p className="notice">{t('check.readOnly')}</p> : null}
      {problems.length > 0 && !readOnly ? (
        <div className="notice" id={`${headingId}-problems`}>
          <strong>{t('check.beforeChecking')}</strong>
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
          {checked ? t('check.checkAgain') : t('check.check')}
        </button>
        <span role="status" className="muted">
          {run.status === 'checking' ? t('check.checking', { n: formatCount(preview.rowCount) }) : ''}
        </span>
      </div>
      {run.status === 'checkFailed' ? <ErrorMessage error={run.error} title={t('check.failed')} /> : null}
      {checked ? (
        <div className="import-result">
          <h3 ref={resultRef} tabIndex={-1} className="import-result__title">
            {t('check.wouldDo')}
          </h3>
          <ImportCounts counts={checked.counts} label={t('check.wouldDo')} />
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
              {importing ? t('check.importing', { what: rowsOf(writes, checked.kind) }) : t('check.import', { what: rowsOf(writes, checked.kind) })}
            </button>
            {importing ? (
              <>
                <JobProgress progress={run.progress} label={t('check.progress')} />
                <button type="button" className="button" onClick={wizard.cancel} disabled={!run.jobId}>
                  {t('check.cancel')}
                </button>
              </>
            ) : null}
            <span className="muted">
              {writes === 0
                ? t('check.nothingToWrite')
                : checked.counts.rejected > 0
                  ? t('check.rejectedLeftOut', { count: checked.counts.rejected, n: formatCount(checked.counts.rejected) })
                  : ''}
            </span>
          </div>
          {run.status === 'importFailed' ? (
            <ErrorMessage error={t('check.nothingWritten', { message: run.error.message })} title={t('check.importFailed')} onRetry={wizard.commit} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
