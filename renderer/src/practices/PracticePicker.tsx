/** Choose one practice by searching its name (practices.list with the search text). */
import { useEffect, useId, useState } from 'react';
import { call } from '../app/apiClient';
import type { PracticeRow } from '../../../data/practices/model';
import { useDebouncedCallback } from '../ui/useDebounce';

interface Props {
  label: string;
  /** The chosen practice's name, if one is chosen. */
  current: string | null;
  onPick(id: string): void;
}

export function PracticePicker({ label, current, onPick }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<PracticeRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const debounced = useDebouncedCallback(setSearch, 200);

  useEffect(() => {
    if (search.trim() === '') {
      setRows([]);
      return;
    }
    let live = true;
    setLoading(true);
    void call('practices.list', { filter: { search }, sort: [{ field: 'name', desc: false }], limit: 12 }).then((result) => {
      if (!live) return;
      setLoading(false);
      if (result.ok) {
        setRows(result.value.rows);
        setProblem(null);
      } else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [search]);

  return (
    <div className="practice-picker">
      <label className="control">
        <span className="control__label">{label}</span>
        <input
          type="search"
          placeholder={current ? `Now: ${current}. Search for another…` : 'Search by name, code or provider…'}
          value={text}
          aria-controls={listId}
          onChange={(e) => {
            setText(e.target.value);
            debounced.run(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') debounced.flush();
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.getElementById(listId)?.querySelector<HTMLElement>('button')?.focus();
            }
          }}
        />
      </label>
      {loading ? <span className="spinner" aria-hidden="true" /> : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <ul id={listId} className="practice-picker__results" hidden={rows.length === 0 && search.trim() === ''} aria-label="Matching practices">
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="practice-picker__result"
              onClick={() => {
                onPick(row.id);
                setText('');
                setSearch('');
              }}
              onKeyDown={(e) => {
                const item = e.currentTarget.parentElement;
                if (e.key === 'ArrowDown') (item?.nextElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
                if (e.key === 'ArrowUp') (item?.previousElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
              }}
            >
              <span>{row.name}</span>
              <span className="muted small">{[row.code, row.country].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
        {search.trim() !== '' && rows.length === 0 && !loading && !problem ? <li className="muted small">No practice matches.</li> : null}
      </ul>
    </div>
  );
}
