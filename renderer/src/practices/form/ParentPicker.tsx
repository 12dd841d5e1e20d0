/** Choose the practice this one is a component of, by searching practices (`practices.list`). */
import { useEffect, useId, useState } from 'react';
import { call } from '../../app/apiClient';
import type { PracticeRef, PracticeRow } from '../../../../data/practices/model';
import { useDebouncedCallback } from '../../ui/useDebounce';

interface Props {
  value: PracticeRef | null;
  /** The practice being edited (it cannot be its own parent). */
  selfId: string | null;
  onChange(value: PracticeRef | null): void;
  error?: string;
}

export function ParentPicker({ value, selfId, onChange, error }: Props) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<PracticeRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const lookup = useDebouncedCallback(async (text: string) => {
    const result = await call('practices.list', {
      filter: text.trim() ? { search: text.trim(), hierarchy: 'all' } : { hierarchy: 'top' },
      sort: [{ field: 'name', desc: false }],
      limit: 30,
    });
    if (result.ok) {
      setResults(result.value.rows.filter((r) => r.id !== selfId));
      setProblem(null);
    } else setProblem(result.error.message);
  }, 200);

  useEffect(() => {
    if (open) lookup.run(search);
  }, [open, search]);

  return (
    <div className={`field field--wide parent-picker${error ? ' has-error' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        Part of (parent practice)
      </span>
      <div className="parent-picker__current">
        {value ? (
          <span>
            <strong>{value.name}</strong>
            {value.code ? <span className="muted"> ({value.code})</span> : null}
          </span>
        ) : (
          <span className="muted">None: a top-level practice</span>
        )}
        <button type="button" className="button button--small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Close' : value ? 'Change…' : 'Choose a parent…'}
        </button>
        {value ? (
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            Remove parent
          </button>
        ) : null}
      </div>
      {open ? (
        <div className="parent-picker__search">
          <input
            type="search"
            placeholder="Search practices by name, code or provider"
            aria-labelledby={`${id}-label`}
            value={search}
            autoFocus
            onChange={(e) => setSearch(e.target.value)}
          />
          {problem ? <span className="field__error">{problem}</span> : null}
          {results === null ? (
            <p className="muted small">Searching…</p>
          ) : results.length === 0 ? (
            <p className="muted small">No practice matches.</p>
          ) : (
            <ul className="parent-picker__results" aria-label="Matching practices">
              {results.map((row) => (
                <li key={row.id}>
                  <button
                    type="button"
                    className="parent-picker__result"
                    onClick={() => {
                      onChange({ id: row.id, name: row.name, code: row.code });
                      setOpen(false);
                    }}
                  >
                    <span>{row.name}</span>
                    <span className="muted small">
                      {[row.code, row.country, row.parentName ? `in ${row.parentName}` : null].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {error ? <span className="field__error">{error}</span> : null}
    </div>
  );
}
