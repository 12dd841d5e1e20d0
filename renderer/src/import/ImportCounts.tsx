/** What an import would do or did, as four figures: new, updated, unchanged, rejected. */
import { useTranslation } from 'react-i18next';
import type { ImportCounts as Counts } from '../../../data/contract/contract';
import { formatCount } from '../ui/format';

/** The four figures, each named in import's counts.<key> and explained in counts.<key>Title. */
const FIGURES = ['new', 'updated', 'unchanged', 'rejected'] as const satisfies readonly (keyof Counts)[];

export function ImportCounts({ counts, label }: { counts: Counts; label: string }) {
  const { t } = useTranslation('import');
  return (
    <div className="import-counts" role="status" aria-label={label}>
      {FIGURES.map((key) => (
        <div key={key} className={`import-count import-count--${key}${counts[key] === 0 ? ' is-zero' : ''}`} title={t(`counts.${key}Title`)}>
          <span className="import-count__figure">{formatCount(counts[key])}</span> <span className="import-count__label">{t(`counts.${key}`)}</span>
        </div>
      ))}
    </div>
  );
}
