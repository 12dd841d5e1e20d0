/** What an import would do or did, as four figures: new, updated, unchanged, rejected. */
import type { ImportCounts as Counts } from '../../../data/contract/contract';

const FIGURES: readonly { key: keyof Counts; label: string; title: string }[] = [
  { key: 'new', label: 'new', title: 'Rows that become new practices' },
  { key: 'updated', label: 'updated', title: 'Rows that change a practice already in the dataset' },
  { key: 'unchanged', label: 'unchanged', title: 'Rows that match a practice and change nothing' },
  { key: 'rejected', label: 'rejected', title: 'Rows that cannot be imported; the reasons are listed below' },
];

export function ImportCounts({ counts, label }: { counts: Counts; label: string }) {
  return (
    <div className="import-counts" role="status" aria-label={label}>
      {FIGURES.map(({ key, label: figureLabel, title }) => (
        <div key={key} className={`import-count import-count--${key}${counts[key] === 0 ? ' is-zero' : ''}`} title={title}>
          <span className="import-count__figure">{counts[key].toLocaleString()}</span> <span className="import-count__label">{figureLabel}</span>
        </div>
      ))}
    </div>
  );
}
