/** Rows an import leaves out, with the row and the reason, and the same rows as a CSV file to fix and import again. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '../../../data/contract/contract';
import { CsvRowsTable } from './CsvRowsTable';
import { downloadBlob } from '../ui/download';
import { describeError } from '../ui/ErrorMessage';
import { formatCount } from '../ui/format';

/** Enough to see what went wrong; the CSV file has them all. */
const SHOWN = 200;
export const REJECTED_FILE_NAME = 'rejected-rows.csv';

export function DownloadRejectedButton({ csv }: { csv: string }) {
  const { t } = useTranslation('import');
  const [status, setStatus] = useState<string>('');
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          try {
            downloadBlob(new Blob([csv], { type: 'text/csv' }), REJECTED_FILE_NAME);
            setStatus(t('rejected.downloaded', { file: REJECTED_FILE_NAME }));
          } catch (error) {
            setStatus(t('rejected.saveFailed', { reason: describeError(error) }));
          }
        }}
      >
        {t('rejected.download')}
      </button>
      <span className="muted small" role="status">
        {status}
      </span>
    </>
  );
}

export function RejectedRows({ headers, rows, csv }: { headers: readonly string[]; rows: readonly RejectedRow[]; csv: string }) {
  const { t } = useTranslation('import');
  if (rows.length === 0) return null;
  return (
    <div className="import-rejected">
      <div className="import-rejected__head">
        <h3>
          {t('rejected.heading')} <span className="muted">({formatCount(rows.length)})</span>
        </h3>
        <DownloadRejectedButton csv={csv} />
      </div>
      <p className="muted small">{t('rejected.intro')}</p>
      <CsvRowsTable caption={t('rejected.caption')} headers={headers} rows={rows.slice(0, SHOWN)} withReason />
      {rows.length > SHOWN ? <p className="muted small">{t('rejected.firstShown', { shown: formatCount(SHOWN), total: formatCount(rows.length) })}</p> : null}
    </div>
  );
}
