/** Which number the views and charts use for a practice's dimension: consensus, the raters' mean, or one rater. */
import { useId, useState } from 'react';
import { call } from '../app/apiClient';
import type { ScoreSource } from '../../../data/contract/contract';
import { useOperation } from '../app/useOperation';
import { useSession } from '../app/session';
import { ErrorMessage } from '../ui/ErrorMessage';
import type { ApiError } from '../../../data/domain/envelope';
import { useTranslation } from 'react-i18next';

const encode = (s: ScoreSource) => (s.kind === 'rater' ? `rater:${s.raterId}` : s.kind);
const decode = (v: string): ScoreSource => (v.startsWith('rater:') ? { kind: 'rater', raterId: v.slice(6) } : { kind: v === 'mean' ? 'mean' : 'consensus' });

export function ScoreSourcePicker() {
  const session = useSession();
  const { t } = useTranslation('scoring');
  const id = useId();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const current = useOperation('scoreSource.get', {}, attempt);
  if (!current.value) return null;
  return (
    <div className="score-source">
      <label htmlFor={id}>{t('source.label')}</label>{' '}
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
        <option value="consensus">{t('source.consensus')}</option>
        <option value="mean">{t('source.mean')}</option>
        {session.raters.map((r) => (
          <option key={r.id} value={`rater:${r.id}`}>
            {t('source.only', { name: r.name })}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} compact />
    </div>
  );
}
