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

const CHOICES: { what: Download; label: string; title: string }[] = [
  { what: 'dataset', label: 'Dataset file (.acmap)', title: 'A copy of the whole dataset, consistent while you work: send it to a partner, merge it back later' },
  { what: 'practices-csv', label: 'Practices, CSV (Excel Europe)', title: 'The practices in the table, with the column names the import reads back' },
  { what: 'practices-xlsx', label: 'Practices, XLSX', title: 'The practices in the table as an Excel workbook' },
  { what: 'scores-csv', label: 'Scores, long form, CSV (Excel Europe)', title: 'One row per practice, dimension and rater; imports back as one rater’s work' },
  { what: 'scores-xlsx', label: 'Scores, long form, XLSX', title: 'One row per practice, dimension and rater, as an Excel workbook' },
];

export function TableDownloads({ filter }: { filter: PracticeFilter }) {
  const [busy, setBusy] = useState<Download | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(what: Download) {
    setBusy(what);
    setMessage(null);
    try {
      const file = await fileFor(what, filter);
      downloadBlob(exportBlob(file), file.fileName);
      setMessage({ text: `Saved ${file.fileName}`, error: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Popover label="Save or export" showsLabel buttonClassName="button" button={<span>Save or export</span>} width={340}>
      <div className="table-downloads" role="group" aria-label="Save or export">
        {CHOICES.map(({ what, label, title }) => (
          <button key={what} type="button" className="button button--small" title={title} disabled={busy !== null} aria-busy={busy === what || undefined} onClick={() => void run(what)}>
            {busy === what ? <span className="spinner" aria-hidden="true" /> : null}
            {label}
          </button>
        ))}
        <p className={message?.error ? 'field__error' : 'muted small'} role="status">
          {message?.text ?? 'Exports follow the table’s filter; the dataset file holds everything.'}
        </p>
      </div>
    </Popover>
  );
}
