/**
 * Downloads from the practice table, in every host: the dataset file itself (Save As, the file a
 * partner needs for a merge), the practices as the import reads them back, and the scores in long
 * form (one row per practice, dimension and rater), within the table's filter.
 */
import { useState } from 'react';
import { call } from '../../app/apiClient';
import type { PracticeFilter } from '../../../../data/contract/contract';
import type { ExportFile } from '../../../../data/analysis/model';
import { fetchExport } from '../../analysis/ExportButtons';
import { downloadBlob, exportBlob } from '../../ui/download';
import { Popover } from '../../ui/Popover';
import { useTranslation } from 'react-i18next';

type Download = 'dataset' | 'practices-csv' | 'practices-xlsx' | 'scores-csv' | 'scores-xlsx';

async function fileFor(what: Download, filter: PracticeFilter): Promise<ExportFile> {
  if (what === 'dataset') {
    const result = await call('app.datasetCopy', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }
  const [view, kind] = what.split('-') as ['practices' | 'scores', 'csv' | 'xlsx'];
  return fetchExport({ view, input: { filter }, format: kind === 'csv' ? 'csv-excel' : 'xlsx' });
}

/** Each choice's label and title: messages of the practices namespace. */
const CHOICES = [
  { what: 'dataset', label: 'downloads.dataset', title: 'downloads.datasetTitle' },
  { what: 'practices-csv', label: 'downloads.practicesCsv', title: 'downloads.practicesCsvTitle' },
  { what: 'practices-xlsx', label: 'downloads.practicesXlsx', title: 'downloads.practicesXlsxTitle' },
  { what: 'scores-csv', label: 'downloads.scoresCsv', title: 'downloads.scoresCsvTitle' },
  { what: 'scores-xlsx', label: 'downloads.scoresXlsx', title: 'downloads.scoresXlsxTitle' },
] as const satisfies readonly { what: Download; label: string; title: string }[];

export function TableDownloads({ filter }: { filter: PracticeFilter }) {
  const { t } = useTranslation('practices');
  const [busy, setBusy] = useState<Download | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(what: Download) {
    setBusy(what);
    setMessage(null);
    try {
      const file = await fileFor(what, filter);
      downloadBlob(exportBlob(file), file.fileName);
      setMessage({ text: t('downloads.saved', { fileName: file.fileName }), error: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Popover label={t('downloads.label')} showsLabel buttonClassName="button" button={<span>{t('downloads.label')}</span>} width={340}>
      <div className="table-downloads" role="group" aria-label={t('downloads.label')}>
        {CHOICES.map(({ what, label, title }) => (
          <button key={what} type="button" className="button button--small" title={t(title)} disabled={busy !== null} aria-busy={busy === what || undefined} onClick={() => void run(what)}>
            {busy === what ? <span className="spinner" aria-hidden="true" /> : null}
            {t(label)}
          </button>
        ))}
        <p className={message?.error ? 'field__error' : 'muted small'} role="status">
          {message?.text ?? t('downloads.hint')}
        </p>
      </div>
    </Popover>
  );
}
