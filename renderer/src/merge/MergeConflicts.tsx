/**
 * The fields both files changed differently since they parted, side by side: the value both had
 * before, ours, and the partner's. The user keeps one of the two for each; nothing is guessed.
 */
import type { MergeConflict } from '../../../data/contract/contract';
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
  return value === null ? <span className="muted">(empty)</span> : <span className="merge-value">{value}</span>;
}

export function MergeConflicts({ conflicts, choices, onChoose, onChooseAll, disabled }: Props) {
  const open = conflicts.filter((c) => !choices[c.id]).length;
  return (
    <section className="merge-conflicts" aria-labelledby="merge-conflicts-heading">
      <h3 id="merge-conflicts-heading">
        {conflicts.length} {conflicts.length === 1 ? 'field was' : 'fields were'} changed differently in both files
      </h3>
      <p>
        Choose which value to keep for each. {open > 0 ? <strong>{open} still to choose.</strong> : 'Every choice is made.'}
      </p>
      <div className="import-actions">
        <button type="button" className="button" onClick={() => onChooseAll('ours')} disabled={disabled}>
          Keep all of mine
        </button>
        <button type="button" className="button" onClick={() => onChooseAll('theirs')} disabled={disabled}>
          Take all of theirs
        </button>
      </div>
      <div className="table-scroll">
        <table className="stats-table merge-conflict-table">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">Mine (this dataset)</th>
              <th scope="col">Theirs (the file)</th>
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
                        aria-label={`${side === 'ours' ? 'Keep mine' : 'Take theirs'} for ${c.record}, ${c.fieldLabel}`}
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
