/**
 * The header's Undo and Redo buttons, each naming the step it would take, the history panel (the
 * latest steps, undone ones marked) and the question asked before an import or a merge is undone
 * from a page that does not show it.
 */
import { useTranslation } from 'react-i18next';
import { useOperation } from './useOperation';
import { useHistory } from './history';
import { Popover } from '../ui/Popover';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../ui/format';
import { shortLabel } from './historyStep';

function HistoryPanel() {
  const { t } = useTranslation('app');
  const { generation, status } = useHistory();
  // Read again after each step and whenever the next step changes (a new write).
  const { value: steps, error } = useOperation('history.recent', { limit: 30 }, `${generation}:${status.undo?.id ?? ''}:${status.redo?.id ?? ''}`);
  if (error) return <p className="field__error">{error.message}</p>;
  if (!steps) return <p className="muted">{t('history.loading')}</p>;
  if (steps.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="plain-list history-panel__list practice-history__list">
      {steps.map((step) => (
        <li key={step.id} className={step.undoneAt ? 'is-undone' : undefined}>
          <span>{step.label}</span>
          <span className="small history-panel__when">
            {formatDateTime(step.createdAt)}
            {step.undoneAt ? t('history.undone') : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function HistoryControls({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('app');
  const { status, request, pending, confirm, cancel } = useHistory();
  return (
    <div className="history-controls" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="history-controls__button"
        disabled={readOnly || !status.undo}
        title={status.undo ? t('history.undoTitle', { step: status.undo.label }) : t('history.nothingToUndo')}
        onClick={() => request('undo')}
      >
        {t('history.undo')}
        {status.undo ? <span className="history-controls__step">: {shortLabel(status.undo.label)}</span> : null}
      </button>
      <button
        type="button"
        className="history-controls__button"
        disabled={readOnly || !status.redo}
        title={status.redo ? t('history.redoTitle', { step: status.redo.label }) : t('history.nothingToRedo')}
        onClick={() => request('redo')}
      >
        {t('history.redo')}
        {status.redo ? <span className="history-controls__step">: {shortLabel(status.redo.label, 20)}</span> : null}
      </button>
      <Popover label={t('history.label')} showsLabel buttonClassName="history-controls__button" button={<span>{t('history.label')}</span>} width={420}>
        <div className="history-panel">
          <h2 className="history-panel__title">{t('history.title')}</h2>
          <HistoryPanel />
        </div>
      </Popover>
      <Modal
        open={pending !== null}
        title={pending ? t(pending.direction === 'undo' ? 'history.askUndo' : 'history.askRedo', { step: pending.step.label }) : ''}
        onClose={cancel}
        onSubmit={confirm}
        actions={
          <>
            <button type="button" className="button" onClick={cancel}>
              {t('cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {pending?.direction === 'undo' ? t('history.undoIt') : t('history.redoIt')}
            </button>
          </>
        }
      >
        <p>{t('history.manyRecords', { count: pending?.step.changes ?? 0, when: pending ? formatDateTime(pending.step.createdAt) : '' })}</p>
      </Modal>
    </div>
  );
}
