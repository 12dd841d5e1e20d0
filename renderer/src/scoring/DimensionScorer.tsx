/**
 * The current rater's score on one dimension: a 0-4 radio group (plus "Not rated") showing
 * every rubric descriptor, an evidence text and a confidence. Saved on change (`scores.set`);
 * the evidence is saved 500 ms after typing stops and when the field loses focus.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { call } from '../app/apiClient';
import { CONFIDENCE_LEVELS, SCORE_LEVELS, type Confidence, type ScoreValue } from '../../../data/domain/domain';
import type { Dimension, Score } from '../../../data/scoring/model';
import { useDebouncedCallback } from '../ui/useDebounce';
import { confidenceLabel, dimensionName, formatDateTime } from '../ui/format';
import { useTranslation } from 'react-i18next';

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

interface Draft {
  value: ScoreValue | null;
  evidence: string;
  confidence: Confidence | null;
}

interface Props {
  practiceId: string;
  dimension: Dimension;
  raterId: string | null;
  initial: Score | undefined;
  descriptors: readonly string[] | undefined;
  disabled: boolean;
  onSaved(score: Score): void;
}

export function DimensionScorer({ practiceId, dimension, raterId, initial, descriptors, disabled, onSaved }: Props) {
  const [draft, setDraft] = useState<Draft>({
    value: initial?.value ?? null,
    evidence: initial?.evidence ?? '',
    confidence: initial?.confidence ?? null,
  });
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(draft);
  // The score as this scorer last saved it: an `initial` that differs came from elsewhere (an undo).
  const lastSavedAt = useRef(initial?.updatedAt ?? null);
  const saving = useRef(false);
  const again = useRef(false);
  const group = useId();
  const { t } = useTranslation('scoring');
  const name = dimensionName(dimension.id, [dimension]);

  const save = useCallback(async () => {
    if (!raterId || disabled) return;
    if (saving.current) {
      again.current = true;
      return;
    }
    saving.current = true;
    setStatus({ kind: 'saving' });
    let outcome: SaveStatus = { kind: 'idle' };
    do {
      again.current = false;
      const snap = latest.current;
      const result = await call('scores.set', {
        practiceId,
        dimension: dimension.id,
        raterId,
        value: snap.value,
        evidence: snap.evidence.trim() === '' ? null : snap.evidence,
        confidence: snap.confidence,
      });
      if (result.ok) {
        lastSavedAt.current = result.value.updatedAt;
        onSaved(result.value);
        outcome = { kind: 'saved', at: result.value.updatedAt };
      } else {
        const fieldMessages = Object.values(result.error.fields ?? {});
        outcome = { kind: 'error', message: fieldMessages.length ? `${result.error.message} ${fieldMessages.join(' ')}` : result.error.message };
      }
    } while (again.current);
    saving.current = false;
    setStatus(outcome);
  }, [practiceId, dimension.id, raterId, disabled, onSaved]);

  // An undo or redo put another score in place: show it, unless the user is in the middle of a save.
  const initialAt = initial?.updatedAt ?? null;
  useEffect(() => {
    if (initialAt === lastSavedAt.current || saving.current) return;
    lastSavedAt.current = initialAt;
    const next = { value: initial?.value ?? null, evidence: initial?.evidence ?? '', confidence: initial?.confidence ?? null };
    latest.current = next;
    setDraft(next);
    setStatus({ kind: 'idle' });
    // Only a new `initial` (by its time stamp) matters; its fields come with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialAt]);

  const evidenceSave = useDebouncedCallback(() => void save(), 500, { flushOnUnmount: true });

  function change(patch: Partial<Draft>, when: 'now' | 'debounced') {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    if (when === 'now') {
      evidenceSave.cancel();
      void save();
    } else evidenceSave.run(undefined);
  }

  const levelText = (level: ScoreValue) => descriptors?.[level] ?? t('scorer.noRubric');

  if (disabled) {
    // Nobody is scoring (or the store is read-only): the rubric alone, for reading.
    return (
      <ol className="scorer__levels scorer__levels--read" start={0} aria-label={t('scorer.rubricOf', { dimension: name })}>
        {SCORE_LEVELS.map((level) => (
          <li key={level} className="level">
            <span className="level__badge" aria-hidden="true">
              {level}
            </span>
            <span className="level__text">{levelText(level)}</span>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <fieldset className="scorer">
      <legend className="visually-hidden">{t('scorer.yourScore', { dimension: name })}</legend>
      <div className="scorer__levels">
        <label className={`level level--none${draft.value === null ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={group}
            checked={draft.value === null}
            aria-label={t('scorer.notRatedLabel', { dimension: name })}
            onChange={() => change({ value: null }, 'now')}
          />
          <span className="level__badge">–</span>
          <span className="level__text">{t('scorer.notRated')}</span>
        </label>
        {SCORE_LEVELS.map((level) => (
          <label key={level} className={`level level--${level}${draft.value === level ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={group}
              value={level}
              checked={draft.value === level}
              aria-label={t('scorer.scoreLabel', { dimension: name, level })}
              onChange={() => change({ value: level }, 'now')}
            />
            <span className="level__badge" aria-hidden="true">
              {level}
            </span>
            <span className="level__text">{levelText(level)}</span>
          </label>
        ))}
      </div>
      <div className="scorer__details">
        <label className="field field--grow">
          <span className="field__label">{t('scorer.evidence')}</span>
          <textarea
            rows={3}
            value={draft.evidence}
            maxLength={20000}
            placeholder={t('scorer.evidencePlaceholder')}
            aria-label={t('scorer.evidenceLabel', { dimension: name })}
            onChange={(e) => change({ evidence: e.target.value }, 'debounced')}
            onBlur={() => evidenceSave.flush()}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('scorer.confidence')}</span>
          <select
            value={draft.confidence ?? ''}
            aria-label={t('scorer.confidenceLabel', { dimension: name })}
            onChange={(e) => {
              const value = e.target.value;
              change({ confidence: CONFIDENCE_LEVELS.find((c) => c === value) ?? null }, 'now');
            }}
          >
            <option value="">{t('scorer.notStated')}</option>
            {CONFIDENCE_LEVELS.map((c) => (
              <option key={c} value={c}>
                {confidenceLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <div className="scorer__status" aria-live="polite">
          {status.kind === 'saving' ? <span className="muted">{t('scorer.saving')}</span> : null}
          {status.kind === 'saved' ? (
            <span className="saved" title={formatDateTime(status.at)}>
              {t('scorer.saved')}
            </span>
          ) : null}
          {status.kind === 'error' ? (
            <span className="field__error" role="alert">
              {t('scorer.notSaved', { message: status.message })}{' '}
              <button type="button" className="link-button" onClick={() => void save()}>
                {t('scorer.retry')}
              </button>
            </span>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
