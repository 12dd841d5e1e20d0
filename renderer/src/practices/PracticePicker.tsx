/**
 * Choose one practice by searching its name, code or provider (`practices.list`). Used for the
 * profile on the gaps page and for a practice's parent in the form; one component so that both
 * search, list and move through results alike.
 */
import { useEffect, useId, useState } from 'react';
import { call } from '../app/apiClient';
import type { PracticeRef, PracticeRow } from '../../../data/practices/model';
import { useDebouncedCallback } from '../ui/useDebounce';

interface Props {
  label: string;
  /** The practice chosen now, if any. */
  current: { name: string; code?: string | null } | null;
  onPick(practice: PracticeRef): void;
  /** A practice that may not be chosen (the one being edited cannot be its own parent). */
  excludeId?: string | null;
  /**
   * Shows the current choice on its own line with a button that removes it: for a choice that may
   * be empty (a practice without a parent). `none` says what no choice means.
   */
  clear?: { label: string; none: string; onClear(): void };
  /** Before anything is typed, list the top-level practices (a parent is usually one of them). */
  browseTopLevel?: boolean;
  /** A message about the choice (from the form's validation). */
  error?: string;
}

const LIMIT = 30;

export function PracticePicker({ label, current, onPick, excludeId = null, clear, browseTopLevel = false, error }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  /** Whether the top-level practices are listed for an empty search (after the box took focus). */
  const [browsing, setBrowsing] = useState(false);
  const [rows, setRows] = useState<PracticeRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const debounced = useDebouncedCallback(setSearch, 200);
  const query = search.trim();
  const listing = query !== '' || (browseTopLevel && browsing);

  useEffect(() => {
    if (!listing) {
      setRows([]);
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    const filter = query !== '' ? { search: query, hierarchy: 'all' as const } : { hierarchy: 'top' as const };
    void call('practices.list', { filter, sort: [{ field: 'name', desc: false }], limit: LIMIT }).then((result) => {
      if (!live) return;
      setLoading(false);
      if (result.ok) {
        setRows(result.value.rows.filter((row) => row.id !== excludeId));
        setProblem(null);
      } else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [listing, query, excludeId]);

  const pick = (row: PracticeRow) => {
    onPick({ id: row.id, name: row.name, code: row.code });
    debounced.cancel();
    setText('');
    setSearch('');
    setBrowsing(false);
  };

  return (
    <div className={`practice-picker${error ? ' has-error' : ''}`}>
      <label className="control">
        <span className="control__label">{label}</span>
        <input
          type="search"
          placeholder={current ? `Now: ${current.name}. Search for another…` : 'Search by name, code or provider…'}
          value={text}
          aria-controls={listId}
          onFocus={() => setBrowsing(true)}
          onChange={(e) => {
            setText(e.target.value);
            debounced.run(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') debounced.flush();
            if (e.key === 'Escape') setBrowsing(false);
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.getElementById(listId)?.querySelector<HTMLElement>('button')?.focus();
            }
          }}
        />
      </label>
      {clear ? (
        <div className="practice-picker__current">
          {current ? (
            <span>
              <strong>{current.name}</strong>
              {current.code ? <span className="muted"> ({current.code})</span> : null}
            </span>
          ) : (
            <span className="muted">{clear.none}</span>
          )}
          {current ? (
            <button type="button" className="button button--small" onClick={clear.onClear}>
              {clear.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {loading ? <span className="spinner" aria-hidden="true" /> : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <ul id={listId} className="practice-picker__results" hidden={!listing} aria-label="Matching practices">
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="practice-picker__result"
              onClick={() => pick(row)}
              onKeyDown={(e) => {
                const item = e.currentTarget.parentElement;
                if (e.key === 'ArrowDown') (item?.nextElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
                if (e.key === 'ArrowUp') (item?.previousElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
              }}
            >
              <span>{row.name}</span>
              <span className="muted small">{[row.code, row.country, row.parentName ? `in ${row.parentName}` : null].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
        {listing && rows.length === 0 && !loading && !problem ? <li className="muted small">No practice matches.</li> : null}
      </ul>
      {error ? <span className="field__error">{error}</span> : null}
    </div>
  );
}
