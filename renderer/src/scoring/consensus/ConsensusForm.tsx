/**
 * The team's agreed score for one practice x dimension: a level from the rubric (its descriptor
 * beside each) and the rationale, saved with `consensus.set`; an agreed score can be changed or removed.
 */
import { useId, useState } from 'react';
import { call } from '../../app/apiClient';
import type { ConsensusScore } from '../../../../data/contract/contract';
import type { DimensionId, ScoreValue } from '../../../../data/domain/domain';
import type { ApiError } from '../../../../data/domain/envelope';
import { ErrorMessage } from '../../ui/ErrorMessage';

const LEVELS: readonly ScoreValue[] = [0, 1, 2, 3, 4];

interface Props {
  practiceId: string;
  dimension: DimensionId;
  dimensionName: string;
  consensus: ConsensusScore | null;
  descriptors: readonly string[] | undefined;
  readOnly: boolean;
  onSaved(next: ConsensusScore | null): void;
}

export function ConsensusForm({ practiceId, dimension, dimensionName, consensus, descriptors, readOnly, onSaved }: Props) {
  const [editing, setEditing] = useState(consensus === null);
  const [value, setValue] = useState<ScoreValue | null>(consensus?.value ?? null);
  const [rationale, setRationale] = useState(consensus?.rationale ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const rationaleId = useId();

  if (readOnly && consensus === null) return <p className="muted">No consensus recorded (the dataset is read-only).</p>;
  if (!editing && consensus) {
    return (
      <div className="consensus consensus--agreed">
        <p>
          <strong>Consensus: {consensus.value}</strong> — {consensus.rationale}
        </p>
        {readOnly ? null : (
          <div className="import-actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Change
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                const result = await call('consensus.clear', { practiceId, dimension });
                if (!result.ok) return setError(result.error);
                setValue(null);
                setRationale('');
                setEditing(true);
                onSaved(null);
              }}
            >
              Remove
            </button>
          </div>
        )}
        <ErrorMessage error={error} compact />
      </div>
    );
  }

  const save = async () => {
    if (value === null) return setError({ code: 'invalid_input', message: 'Choose the agreed score.' });
    setSaving(true);
    const result = await call('consensus.set', { practiceId, dimension, value, rationale });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(false);
    onSaved(result.value);
  };

  return (
    <form
      className="consensus"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>Agreed {dimensionName} score</legend>
        <div className="consensus__levels">
          {LEVELS.map((level) => (
            <label key={level} className="consensus__level" title={descriptors?.[level]}>
              <input type="radio" name={`consensus-${practiceId}-${dimension}`} checked={value === level} onChange={() => setValue(level)} />
              {level}
            </label>
          ))}
        </div>
        {value !== null && descriptors ? <p className="muted small">{descriptors[value]}</p> : null}
      </fieldset>
      <label htmlFor={rationaleId}>Rationale</label>
      <textarea id={rationaleId} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} placeholder="Why the team agreed on this score" />
      <div className="import-actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          Record consensus
        </button>
        {consensus ? (
          <button type="button" className="button button--small" onClick={() => setEditing(false)}>
            Keep the recorded one
          </button>
        ) : null}
      </div>
      <ErrorMessage error={error} compact />
    </form>
  );
}
