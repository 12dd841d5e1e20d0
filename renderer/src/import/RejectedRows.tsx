/** Rows an import leaves out, with the row and the reason, and the same rows as a CSV file to fix and import again. */
import { useState } from 'react';
import type { RejectedRow } from '../../../data/contract/contract';
import { CsvRowsTable } from './CsvRowsTable';
import { downloadBlob } from '../ui/download';
import { describeError } from '../ui/ErrorMessage';

/** Enough to see what went wrong; the CSV file has them all. */
const SHOWN = 200;
export const REJECTED_FILE_NAME = 'rejected-rows.csv';

export function DownloadRejectedButton({ csv }: { csv: string }) {
  const [status, setStatus] = useState<string>('');
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          try {
            downloadBlob(new Blob([csv], { type: 'text/csv' }), REJECTED_FILE_NAME);
            setStatus(`Downloaded ${REJECTED_FILE_NAME}`);
          } catch (error) {
            setStatus(`The file could not be saved: ${describeError(error)}`);
          }
        }}
      >
        Download rejected rows (CSV)
      </button>
      <span className="muted small" role="status">
        {status}
      </span>
    </>
  );
}

export function RejectedRows({ headers, rows, csv }: { headers: readonly string[]; rows: readonly RejectedRow[]; csv: string }) {
  if (rows.length === 0) return null;
  return (
    <div className="import-rejected">
      <div className="import-rejected__head">
        <h3>
          Rejected rows <span className="muted">({rows.length.toLocaleString()})</span>
        </h3>
        <DownloadRejectedButton csv={csv} />
      </div>
      <p className="muted small">
        These rows are left out; the rest can still be imported. The CSV file has each rejected row with its row number, line and reason, to fix in Excel and import again.
      </p>
      <CsvRowsTable caption="Rejected rows" headers={headers} rows={rows.slice(0, SHOWN)} withReason />
      {rows.length > SHOWN ? (
        <p className="muted small">
          The first {SHOWN} of {rows.length.toLocaleString()} rejected rows are shown; the CSV file has them all.
        </p>
      ) : null}
    </div>
  );
}
