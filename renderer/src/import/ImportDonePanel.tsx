/** After an import: what was written, the rows left out, and the way to the practice table. */
import { useEffect, useId, useRef } from 'react';
import type { ImportResult } from '../../../data/contract/contract';
import { ImportCounts } from './ImportCounts';
import { DownloadRejectedButton } from './RejectedRows';
import { useNavigation } from '../app/navigation';

interface Props {
  fileName: string;
  result: ImportResult;
  onAnother(): void;
}

export function ImportDonePanel({ fileName, result, onAnother }: Props) {
  const { viewLink } = useNavigation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { counts } = result;
  const written = counts.new + counts.updated;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="card import-step import-done" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {result.committed ? 'Import finished' : 'Nothing was imported'}
      </h2>
      <ImportCounts counts={counts} label="What the import did" />
      <p>
        {result.committed
          ? `${written.toLocaleString()} ${written === 1 ? 'practice was' : 'practices were'} written from “${fileName}”: ${counts.new.toLocaleString()} new, ${counts.updated.toLocaleString()} updated.`
          : `“${fileName}” had nothing to write: no row was new or changed a practice.`}
        {counts.unchanged > 0 ? ` ${counts.unchanged.toLocaleString()} ${counts.unchanged === 1 ? 'row matched a practice and changed' : 'rows matched practices and changed'} nothing.` : ''}
      </p>
      {counts.rejected > 0 ? (
        <div className="import-actions">
          <span>
            {counts.rejected.toLocaleString()} {counts.rejected === 1 ? 'row was' : 'rows were'} rejected and not imported.
          </span>
          <DownloadRejectedButton csv={result.rejectedCsv} />
        </div>
      ) : null}
      <div className="import-actions import-actions--commit">
        {/* Without the table's filter, so the imported practices are among the rows. */}
        <a className="button button--primary" href={viewLink('table', { filter: {} })}>
          Open the practice table
        </a>
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
