/** After an import: what was written, the rows left out, and the way to the practice table. */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../data/contract/contract';
import { ImportCounts } from './ImportCounts';
import { DownloadRejectedButton } from './RejectedRows';
import { useNavigation } from '../app/navigation';
import { formatCount } from '../ui/format';

interface Props {
  fileName: string;
  result: ImportResult;
  onAnother(): void;
}

export function ImportDonePanel({ fileName, result, onAnother }: Props) {
  const { t } = useTranslation('import');
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
        {result.committed ? t('done.finished') : t('done.nothing')}
      </h2>
      <ImportCounts counts={counts} label={t('done.did')} />
      <p>
        {result.committed
          ? t('done.written', { count: written, n: formatCount(written), file: fileName, new: formatCount(counts.new), updated: formatCount(counts.updated) })
          : t('done.nothingToWrite', { file: fileName })}
        {counts.unchanged > 0 ? t('done.unchanged', { count: counts.unchanged, n: formatCount(counts.unchanged) }) : ''}
      </p>
      {counts.rejected > 0 ? (
        <div className="import-actions">
          <span>{t('done.rejected', { count: counts.rejected, n: formatCount(counts.rejected) })}</span>
          <DownloadRejectedButton csv={result.rejectedCsv} />
        </div>
      ) : null}
      <div className="import-actions import-actions--commit">
        {/* Without the table's filter, so the imported practices are among the rows. */}
        <a className="button button--primary" href={viewLink('table', { filter: {} })}>
          {t('done.openTable')}
        </a>
        <button type="button" className="button" onClick={onAnother}>
          {t('done.another')}
        </button>
      </div>
    </section>
  );
}
