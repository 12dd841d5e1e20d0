/**
 * Merge (#/merge): a partner sends back their copy of the dataset; what they changed comes in,
 * their raters' scores arrive beside ours, and a field both changed differently is shown side by
 * side for the user to choose. Nothing is written until the user merges; the merge is one step
 * in the history (Edit > Undo) and merging the same file again changes nothing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { useMerge } from './useMerge';
import { MergeSummary } from './MergeSummary';
import { MergeConflicts } from './MergeConflicts';
import { MergeLog } from './MergeLog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { JobProgress } from '../ui/JobProgress';
import { useNavigation } from '../app/navigation';
import { formatCount } from '../ui/format';

export function MergePage() {
  const { t } = useTranslation('merge');
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
    setUndone(result.ok ? t('page.undone', { label: result.value.label }) : result.error.message);
    setLogKey((n) => n + 1);
    session.refresh();
  };

  return (
    <div className="page import-page merge-page">
      <nav className="breadcrumb" aria-label={t('page.breadcrumb')}>
        <a href={tableHref}>{t('page.back')}</a>
      </nav>
      <h1>{t('page.title')}</h1>
      <p className="page-head__sub">
        <Trans t={t} i18nKey="page.intro" components={{ code: <code /> }} />
      </p>
      {state.status === 'merged' ? (
        <section className="card import-step" aria-labelledby="merge-done-heading">
          <h2 id="merge-done-heading" ref={doneRef} tabIndex={-1}>
            {merged ? t('page.merged', { file: state.file.name }) : t('page.nothingToMerge')}
          </h2>
          {merged ? <MergeSummary plan={state.result} caption={t('page.didCaption')} /> : <p>{t('page.alreadyInFile', { file: state.file.name })}</p>}
          {undone ? <p role="status">{undone}</p> : null}
          <div className="import-actions import-actions--commit">
            <a className="button button--primary" href={viewLink('table', { filter: {} })}>
              {t('page.openTable')}
            </a>
            {merged && !undone ? (
              <button type="button" className="button" onClick={() => void undo()}>
                {t('page.undo')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={reset}>
              {t('page.another')}
            </button>
          </div>
        </section>
      ) : (
        <section className="card import-step" aria-labelledby="merge-file-heading">
          <h2 id="merge-file-heading">{t('page.fileHeading')}</h2>
          <label htmlFor={inputId}>{t('page.fileLabel')}</label>{' '}
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
          {state.status === 'checking' ? <p role="status">{t('page.reading', { file: state.file.name })}</p> : null}
          {state.status === 'failed' ? <ErrorMessage error={state.error} title={state.plan ? t('page.failed') : t('page.cannotMerge')} /> : null}
          {plan ? (
            <div className="merge-plan">
              <h3>{plan.upToDate ? t('page.nothingToMerge') : t('page.wouldDo')}</h3>
              <p>{plan.upToDate ? t('page.alreadyIn') : t('page.changes', { count: plan.newChangeSets, n: formatCount(plan.newChangeSets) })}</p>
              <MergeSummary plan={plan} caption={t('page.wouldDo')} />
              {plan.conflicts.length > 0 ? (
                <MergeConflicts conflicts={plan.conflicts} choices={choices} onChoose={choose} onChooseAll={chooseAll} disabled={merging} />
              ) : null}
              {!plan.upToDate ? (
                <div className="import-actions import-actions--commit">
                  <button type="button" className="button button--primary" onClick={merge} disabled={merging || open > 0 || session.readOnly}>
                    {t('page.merge')}
                  </button>
                  {merging ? (
                    <>
                      <JobProgress progress={state.progress} label={t('page.progress')} />
                      <button type="button" className="button" onClick={cancel}>
                        {t('page.cancel')}
                      </button>
                    </>
                  ) : null}
                  {session.readOnly ? <span className="muted">{t('page.readOnly')}</span> : null}
                  {open > 0 && !session.readOnly ? <span className="muted">{t('page.chooseFirst')}</span> : null}
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
