/**
 * The fields both files changed differently since they parted, side by side: the value both had
 * before, ours, and the partner's. The user keeps one of the two for each; nothing is guessed.
 */
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../data/contract/contract';
import { formatCount } from '../ui/format';
import { practiceHref } from '../app/useHashRoute';
import type { Side } from './useMerge';

interface Props {
  conflicts: MergeConflict[];
  choices: Record<string, Side>;
  onChoose(id: string, side: Side): void;
  onChooseAll(side: Side): void;
  disabled: boolean;
}

function Value({ value }: { value: string | null }) {
  const { t } = useTranslation('merge');
  return value === null ? <span className="muted">{t('conflicts.empty')}</span> : <span className="merge-value">{value}</span>;
}

export function MergeConflicts({ conflicts, choices, onChoose, onChooseAll, disabled }: Props) {
  const { t } = useTranslation('merge');
  const open = conflicts.filter((c) => !choices[c.id]).length;
  return (
    <section className="merge-conflicts" aria-labelledby="merge-conflicts-heading">
      <h3 id="merge-conflicts-heading">
        {t('conflicts.heading', { count: conflicts.length, n: formatCount(conflicts.length) })}
      </h3>
      <p>
        {t('conflicts.choose')} {open > 0 ? <strong>{t('conflicts.open', { count: open, n: formatCount(open) })}</strong> : t('conflicts.allChosen')}
      </p>
      <div className="import-actions">
        <button type="button" className="button" onClick={() => onChooseAll('ours')} disabled={disabled}>
          {t('conflicts.keepAllMine')}
        </button>
        <button type="button" className="button" onClick={() => onChooseAll('theirs')} disabled={disabled}>
          {t('conflicts.takeAllTheirs')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="stats-table merge-conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.record')}</th>
              <th scope="col">{t('conflicts.field')}</th>
              <th scope="col">{t('conflicts.before')}</th>
              <th scope="col">{t('conflicts.mine')}</th>
              <th scope="col">{t('conflicts.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id} className={choices[c.id] ? undefined : 'is-open'}>
                <th scope="row">{c.practiceId ? <a href={practiceHref(c.practiceId)}>{c.record}</a> : c.record}</th>
                <td>{c.fieldLabel}</td>
                <td>
                  <Value value={c.base} />
                </td>
                {(['ours', 'theirs'] as const).map((side) => (
                  <td key={side}>
                    <label className="merge-choice">
                      <input
                        type="radio"
                        name={`conflict-${c.id}`}
                        checked={choices[c.id] === side}
                        onChange={() => onChoose(c.id, side)}
                        disabled={disabled}
                        aria-label={t(side === 'ours' ? 'conflicts.keepMineFor' : 'conflicts.takeTheirsFor', { record: c.record, field: c.fieldLabel })}
                      />
                      <Value value={side === 'ours' ? c.ours : c.theirs} />
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
