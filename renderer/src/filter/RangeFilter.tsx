/** Min/max filters: numeric columns (`filter.numbers`) and dimension mean scores (`filter.scores`). */
import type { PracticeFilter } from '../../../data/contract/contract';
import type { DimensionId } from '../../../data/domain/domain';
import { Popover } from '../ui/Popover';
import { useSyncedText } from '../ui/useDebounce';
import { parseNumber, setNumberFilter, setScoreFilter, type NumberField, type Range, type ScoreRange } from './filterQuery';
import { formatFixed, formatNumber } from '../ui/format';
import { useTranslation } from 'react-i18next';
import { translate } from '../app/i18n/i18n';

function summarise(range: Range | undefined): string {
  if (!range || (range.min === undefined && range.max === undefined)) return translate('filter')('range.any');
  if (range.min !== undefined && range.max !== undefined) {
    return range.min === range.max ? `= ${formatNumber(range.min)}` : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
  }
  return range.min !== undefined ? `≥ ${formatNumber(range.min)}` : `≤ ${formatNumber(range.max)}`;
}

function BoundInput({ label, name, value, onCommit }: { label: string; name: string; value: number | undefined; onCommit(v: number | undefined): void }) {
  const committed = value === undefined ? '' : String(value);
  const { text, setText, flush } = useSyncedText(committed, (t) => onCommit(parseNumber(t)), 400);
  const invalid = text.trim() !== '' && parseNumber(text) === undefined;
  return (
    <label className="range-filter__bound">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        aria-label={name}
        value={text}
        aria-invalid={invalid || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          if (e.key === 'Enter') flush();
        }}
      />
    </label>
  );
}

interface NumberProps {
  field: NumberField;
  label: string;
  filter: PracticeFilter;
  onChange(next: PracticeFilter): void;
}

export function NumberRangeFilter({ field, label, filter, onChange }: NumberProps) {
  const { t } = useTranslation('filter');
  const range = filter.numbers?.[field];
  const set = (patch: Range) => {
    const next: Range = { ...range, ...patch };
    if (next.min === undefined) delete next.min;
    if (next.max === undefined) delete next.max;
    onChange(setNumberFilter(filter, field, next));
  };
  const reversed = range?.min !== undefined && range.max !== undefined && range.min > range.max;
  return (
    <Popover label={t('range.filter', { label })} button={<span className="filter-summary">{summarise(range)}</span>} active={range !== undefined} width={240}>
      <fieldset className="range-filter">
        <legend>{label}</legend>
        <div className="range-filter__bounds">
          <BoundInput label={t('range.from')} name={t('range.boundLabel', { label, bound: t('range.from').toLowerCase() })} value={range?.min} onCommit={(min) => set({ min })} />
          <BoundInput label={t('range.to')} name={t('range.boundLabel', { label, bound: t('range.to').toLowerCase() })} value={range?.max} onCommit={(max) => set({ max })} />
        </div>
        {reversed ? <p className="field__error">{t('range.reversed')}</p> : null}
        <p className="muted small">{t('range.hint')}</p>
        <button type="button" className="button button--small" disabled={!range} onClick={() => onChange(setNumberFilter(filter, field, {}))}>
          {t('range.clear')}
        </button>
      </fieldset>
    </Popover>
  );
}

const SCORE_STEPS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4];

interface ScoreProps {
  dimension: DimensionId;
  label: string;
  filter: PracticeFilter;
  onChange(next: PracticeFilter): void;
}

export function ScoreRangeFilter({ dimension, label, filter, onChange }: ScoreProps) {
  const { t } = useTranslation('filter');
  const range: ScoreRange | undefined = filter.scores?.[dimension];
  const set = (patch: ScoreRange) => {
    const next: ScoreRange = { ...range, ...patch };
    if (next.min === undefined) delete next.min;
    if (next.max === undefined) delete next.max;
    if (!next.unrated) delete next.unrated;
    onChange(setScoreFilter(filter, dimension, next));
  };
  const summary = range?.unrated && range.min === undefined && range.max === undefined ? t('range.any') : summarise(range);
  const select = (bound: 'min' | 'max', text: string) => (
    <label className="range-filter__bound">
      <span>{text}</span>
      <select
        aria-label={t('range.boundLabel', { label, bound: text.toLowerCase() })}
        value={range?.[bound] === undefined ? '' : String(range[bound])}
        onChange={(e) => set({ [bound]: e.target.value === '' ? undefined : Number(e.target.value) })}
      >
        <option value="">{t('range.any')}</option>
        {SCORE_STEPS.map((s) => (
          <option key={s} value={s}>
            {formatFixed(s, 1)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Popover
      label={t('range.filter', { label })}
      button={<span className="filter-summary">{summary}{range?.unrated ? ' +' : ''}</span>}
      active={range !== undefined}
      width={260}
    >
      <fieldset className="range-filter">
        <legend>{label}</legend>
        <div className="range-filter__bounds">
          {select('min', t('range.from'))}
          {select('max', t('range.to'))}
        </div>
        <label className="check">
          <input type="checkbox" checked={range?.unrated ?? false} onChange={(e) => set({ unrated: e.target.checked })} />
          <span>{t('range.unrated')}</span>
        </label>
        <p className="muted small">{t('range.meanHint')}</p>
        <button type="button" className="button button--small" disabled={!range} onClick={() => onChange(setScoreFilter(filter, dimension, {}))}>
          {t('range.clear')}
        </button>
      </fieldset>
    </Popover>
  );
}
