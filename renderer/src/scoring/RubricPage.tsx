/**
 * The rubric (#/rubric): every dimension's descriptors for levels 0-4, any earlier version for
 * reading, and editing, which saves a new version (`rubric.update`); scores keep the version they
 * were given under, shown beside each score.
 */
import { useEffect, useId, useState } from 'react';
import { call } from '../app/apiClient';
import type { DimensionId } from '../../../data/domain/domain';
import type { ApiError } from '../../../data/domain/envelope';
import type { Rubric } from '../../../data/scoring/model';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useOperation } from '../app/useOperation';
import { useSession } from '../app/session';
import { useNavigation } from '../app/navigation';

type Levels = [string, string, string, string, string];

export function RubricPage() {
  const session = useSession();
  const { tableHref } = useNavigation();
  const [saved, setSaved] = useState(0);
  const versions = useOperation('rubric.versions', {}, saved);
  const [shown, setShown] = useState<number | null>(null);
  const rubric = useOperation('rubric.get', shown === null ? {} : { version: shown }, saved);
  const [draft, setDraft] = useState<Rubric['descriptors'] | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const labelId = useId();
  const current = versions.value?.[0]?.version ?? null;
  const isCurrent = rubric.value !== null && rubric.value.version === current;

  useEffect(() => setDraft(null), [shown]);

  const save = async () => {
    if (!draft || !rubric.value) return;
    const changed = Object.fromEntries(
      (Object.keys(draft) as DimensionId[]).filter((d) => JSON.stringify(draft[d]) !== JSON.stringify(rubric.value!.descriptors[d])).map((d) => [d, draft[d]]),
    ) as Partial<Record<DimensionId, Levels>>;
    const result = await call('rubric.update', { label, descriptors: changed });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDraft(null);
    setLabel('');
    setShown(null);
    setNotice(`Saved as version ${result.value.version}. New scores are given under it; earlier scores keep their version.`);
    setSaved((n) => n + 1);
    session.refresh();
  };

  return (
    <div className="page rubric-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={tableHref}>← Practices</a>
      </nav>
      <h1>Rubric</h1>
      <p className="page-head__sub">What each score from 0 to 4 means on each dimension. Editing makes a new version; every score records the version it was given under.</p>
      {versions.value ? (
        <label>
          Version{' '}
          <select value={shown ?? current ?? ''} onChange={(e) => setShown(Number(e.target.value) === current ? null : Number(e.target.value))}>
            {versions.value.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}: {v.label} ({v.scores.toLocaleString()} score{v.scores === 1 ? '' : 's'}){v.version === current ? ' — current' : ''}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      <ErrorMessage error={rubric.error ?? versions.error} title="Could not load the rubric" />
      {rubric.value ? (
        <>
          {isCurrent && !session.readOnly && draft === null ? (
            <button type="button" className="button" onClick={() => setDraft(structuredClone(rubric.value!.descriptors))}>
              Edit the descriptors
            </button>
          ) : null}
          <div className="table-scroll">
            <table className="stats-table rubric-table">
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  {[0, 1, 2, 3, 4].map((level) => (
                    <th key={level} scope="col">
                      {level}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {session.dimensions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    {(draft ?? rubric.value!.descriptors)[d.id].map((text, level) => (
                      <td key={level}>
                        {draft ? (
                          <textarea
                            aria-label={`${d.name}, level ${level}`}
                            rows={5}
                            value={text}
                            onChange={(e) => {
                              const next = structuredClone(draft);
                              next[d.id][level] = e.target.value;
                              setDraft(next);
                            }}
                          />
                        ) : (
                          text
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {draft ? (
            <form
              className="rubric-save"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <label htmlFor={labelId}>What this version changes</label>
              <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Assessment levels made observable" />
              <div className="import-actions">
                <button type="submit" className="button button--primary">
                  Save as version {(current ?? 0) + 1}
                </button>
                <button type="button" className="button" onClick={() => setDraft(null)}>
                  Cancel
                </button>
              </div>
              <ErrorMessage error={error} />
            </form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
