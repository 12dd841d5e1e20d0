/** The merges made into this dataset: which file, when, what it did, and whether it was undone. */
import { useTranslation } from 'react-i18next';
import { useOperation } from '../app/useOperation';
import { formatCount, formatDateTime } from '../ui/format';

export function MergeLog({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation('merge');
  const { value: log } = useOperation('merge.log', {}, refreshKey);
  if (!log || log.length === 0) return null;
  return (
    <section className="card merge-log" aria-labelledby="merge-log-heading">
      <h2 id="merge-log-heading">{t('log.heading')}</h2>
      <ul>
        {log.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.mergedAt}>{formatDateTime(entry.mergedAt)}</time>: {entry.label}
            {entry.conflictsResolved > 0 ? t('log.settled', { count: entry.conflictsResolved, n: formatCount(entry.conflictsResolved) }) : ''}
            {entry.undone ? <span className="badge">{t('log.undone')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
