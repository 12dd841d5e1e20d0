/** The merges made into this dataset: which file, when, what it did, and whether it was undone. */
import { useOperation } from '../app/useOperation';

export function MergeLog({ refreshKey }: { refreshKey: number }) {
  const { value: log } = useOperation('merge.log', {}, refreshKey);
  if (!log || log.length === 0) return null;
  return (
    <section className="card merge-log" aria-labelledby="merge-log-heading">
      <h2 id="merge-log-heading">Merges into this dataset</h2>
      <ul>
        {log.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.mergedAt}>{new Date(entry.mergedAt).toLocaleString()}</time>: {entry.label}
            {entry.conflictsResolved > 0 ? `, ${entry.conflictsResolved} conflict${entry.conflictsResolved === 1 ? '' : 's'} settled` : ''}
            {entry.undone ? <span className="badge">Undone</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
