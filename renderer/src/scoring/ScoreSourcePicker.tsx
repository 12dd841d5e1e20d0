/** Which number the views and charts use for a practice's dimension: consensus, the raters' mean, or one rater. */
import { useId, useState } from 'react';
import { call } from '../app/apiClient';
import type { ScoreSource } from '../../../data/contract/contract';
import { useOperation } from '../app/useOperation';
import { useSession } from '../app/session';
import { ErrorMessage } from '../ui/ErrorMessage';
import type { ApiError } from '../../../data/domain/envelope';

const encode = (s: ScoreSource) => (s.kind === 'rater' ? `rater:${s.raterId}` : s.kind);
const decode = (v: string): ScoreSource => (v.startsWith('rater:') ? { kind: 'rater', raterId: v.slice(6) } : { kind: v === 'mean' ? 'mean' : 'consensus' });

export function ScoreSourcePicker() {
  const session = useSession();
  const id = useId();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const current = useOperation('scoreSource.get', {}, attempt);
  if (!current.value) return null;
  return (
    <div className="score-source">
      <label htmlFor={id}>Scores in the views and charts</label>{' '}
      <select
        id={id}
        value={encode(current.value)}
        disabled={session.readOnly}
        onChange={async (event) => {
          const result = await call('scoreSource.set', { source: decode(event.target.value) });
          setError(result.ok ? null : result.error);
          setAttempt((n) => n + 1);
        }}
      >
        <option value="consensus">Consensus, else the mean of raters</option>
        <option value="mean">Mean of raters</option>
        {session.raters.map((r) => (
          <option key={r.id} value={`rater:${r.id}`}>
            Only {r.name}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} compact />
    </div>
  );
}
