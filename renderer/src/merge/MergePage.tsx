/**
 * Merge (#/merge): a partner sends back their copy of the dataset; what they changed comes in,
 * their raters' scores arrive beside ours, and a field both changed differently is shown side by
 * side for the user to choose. Nothing is written until the user merges; the merge is one step
 * in the history (Edit > Undo) and merging the same file again changes nothing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { useMerge } from './useMerge';
import { MergeSummary } from './MergeSummary';
import { MergeConflicts } from './MergeConflicts';
import { MergeLog } from './MergeLog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { JobProgress } from '../ui/JobProgress';
import { useNavigation } from '../app/navigation';

export function MergePage() {
  const session = useSession();
  const { tableHref, viewLink } = useNavigation();
  const { state, choices, chooseFile, choose, chooseAll, merge, cancel, reset } = useMerge();
  const [logKey, setLogKey] = useState(0);
  const [undone, setUndone] = useState<string | null>(null);
  const inputId = useId();
  const doneRef = useRef<HTMLHeadingElement>(null);
  const merged = state.status === 'merged' && state.result.committed;

  useEffect(() => {
    if (state.status !== 'merged') return;
    setLogKey((n) => n + 1);
    doneRef.current?.focus();
    if (state.result.committed) session.refresh(); // new raters and targets
    // Once per finished merge: the session is not a dependency of that.
  }, [state.status]);

  const plan = state.status === 'checked' || state.status === 'merging' ? state.plan : state.status === 'failed' ? state.plan : null;
  const merging = state.status === 'merging';
  const open = plan ? plan.conflicts.filter((c) => !choices[c.id]).length : 0;

  const undo = async () => {
    const result = await call('history.undo', {});
    setUndone(result.ok ? `Undone: ${result.value.label}.` : result.error.message);
    setLogKey((n) => n + 1);
    session.refresh();
  };

  return (
    <div className="page import-page merge-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={tableHref}>← Practices</a>
      </nav>
      <h1>Merge a partner’s dataset</h1>
      <p className="page-head__sub">
        Bring in what a partner changed in their copy of this dataset (an <code>.acmap</code> file): their edits, new practices and their raters’ scores.
        Practices and raters are matched by their ids, never by name.
      </p>
      {state.status === 'merged' ? (
        <section className="card import-step" aria-labelledby="merge-done-heading">
          <h2 id="merge-done-heading" ref={doneRef} tabIndex={-1}>
            {merged ? `Merged “${state.file.name}”` : 'Nothing to merge'}
          </h2>
          {merged ? (
            <MergeSummary plan={state.result} caption="What the merge did" />
          ) : (
            <p>Every change in “{state.file.name}” is already in this dataset (it may have been merged before).</p>
          )}
          {undone ? <p role="status">{undone}</p> : null}
          <div className="import-actions import-actions--commit">
            <a className="button button--primary" href={viewLink('table', { filter: {} })}>
              Open the practice table
            </a>
            {merged && !undone ? (
              <button type="button" className="button" onClick={() => void undo()}>
                Undo this merge
              </button>
            ) : null}
            <button type="button" className="button" onClick={reset}>
              Merge another file
            </button>
          </div>
        </section>
      ) : (
        <section className="card import-step" aria-labelledby="merge-file-heading">
          <h2 id="merge-file-heading">The partner’s file</h2>
          <label htmlFor={inputId}>Dataset file to merge</label>{' '}
          <input
            id={inputId}
            type="file"
            accept=".acmap,application/vnd.sqlite3,application/x-sqlite3"
            disabled={merging}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void chooseFile(chosen);
            }}
          />
          {state.status === 'checking' ? <p role="status">Reading “{state.file.name}” and comparing it with this dataset…</p> : null}
          {state.status === 'failed' ? <ErrorMessage error={state.error} title={state.plan ? 'The merge failed' : 'The file cannot be merged'} /> : null}
          {plan ? (
            <div className="merge-plan">
              <h3>{plan.upToDate ? 'Nothing to merge' : 'What merging would do'}</h3>
              <p>
                {plan.upToDate
                  ? 'Every change in this file is already in this dataset (it may have been merged before).'
                  : `The file holds ${plan.newChangeSets.toLocaleString()} change${plan.newChangeSets === 1 ? '' : 's'} this dataset has not seen.`}
              </p>
              <MergeSummary plan={plan} caption="What merging would do" />
              {plan.conflicts.length > 0 ? (
                <MergeConflicts conflicts={plan.conflicts} choices={choices} onChoose={choose} onChooseAll={chooseAll} disabled={merging} />
              ) : null}
              {!plan.upToDate ? (
                <div className="import-actions import-actions--commit">
                  <button type="button" className="button button--primary" onClick={merge} disabled={merging || open > 0 || session.readOnly}>
                    Merge
                  </button>
                  {merging ? (
                    <>
                      <JobProgress progress={state.progress} label="Merge progress" />
                      <button type="button" className="button" onClick={cancel}>
                        Cancel
                      </button>
                    </>
                  ) : null}
                  {session.readOnly ? <span className="muted">This dataset is open read-only: save a copy to merge into it.</span> : null}
                  {open > 0 && !session.readOnly ? <span className="muted">Choose a value for each conflict first.</span> : null}
                </div>
              ) : null}
            </div>
          ) : null}
        </section>
      )}
      <MergeLog refreshKey={logKey} />
    </div>
  );
}
