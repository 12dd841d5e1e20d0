/** Export a view as a file (`analysis.export`): CSV for Excel in Europe, standard CSV, XLSX, Markdown, HTML, Word. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { runJob } from '../app/runJob';
import type { OperationInput } from '../../../data/contract/contract';
import type { ExportFile } from '../../../data/analysis/model';
import type { ExportFormat } from '../../../data/analysis/schemas';
import { downloadBlob, exportBlob } from '../ui/download';
import { ErrorMessage } from '../ui/ErrorMessage';
import { wordLocale } from './wordExport';

export type ExportRequest = OperationInput<'analysis.export'>;

/** The formats offered, in this order; each named in analysis's export.format.<format> and explained in export.formatTitle.<format>. */
const FORMATS = ['csv-excel', 'csv', 'xlsx', 'md', 'html', 'docx'] as const satisfies readonly Exclude<ExportFormat, 'json'>[];

interface Props {
  /** What the view is called, for button names ("Export comparison table as XLSX"). */
  what: string;
  /** The export input for a format; null while the view has nothing to export. */
  request: (format: ExportFormat) => ExportRequest | null;
  /** More buttons after the formats (e.g. "Copy table"). */
  children?: ReactNode;
}

/** Built in a background task of the host: a 100,000-row export must not hold up the other views. */
export async function fetchExport(request: ExportRequest): Promise<ExportFile> {
  const job = await runJob('analysis.export', request, () => undefined);
  if (!job.ok) throw new Error(job.error.message);
  return job.value;
}

export function ExportButtons({ what, request, children }: Props) {
  const { t } = useTranslation('analysis');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function run(format: ExportFormat) {
    const input = request(format);
    if (!input) return;
    setBusy(format);
    setError(null);
    setSaved(null);
    try {
      // A Word document prints numbers with the decimal mark of the interface's language.
      const file = await fetchExport(format === 'docx' ? ({ ...input, locale: wordLocale() } as ExportRequest) : input);
      downloadBlob(exportBlob(file), file.fileName);
      setSaved(file.fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  const disabled = request('csv') === null;
  return (
    <div className="export-buttons" role="group" aria-label={t('export.group', { what })}>
      <span className="export-buttons__label">{t('export.label')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          title={t(`export.formatTitle.${format}`)}
          aria-label={t('export.button', { what, format: t(`export.format.${format}`) })}
          disabled={disabled || busy !== null}
          aria-busy={busy === format || undefined}
          onClick={() => void run(format)}
        >
          {busy === format ? <span className="spinner" aria-hidden="true" /> : null}
          {t(`export.format.${format}`)}
        </button>
      ))}
      {children}
      <span className="export-buttons__status muted small" role="status">
        {saved ? t('export.downloaded', { file: saved }) : ''}
      </span>
      {error ? <ErrorMessage compact error={error} title={t('export.failed')} /> : null}
    </div>
  );
}
