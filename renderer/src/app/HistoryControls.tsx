/**
 * The header's Undo and Redo buttons, each naming the step it would take, the history panel (the
 * latest steps, undone ones marked) and the question asked before an import or a merge is undone
 * from a page that does not show it.
 */
import { useOperation } from './useOperation';
import { useHistory } from './history';
import { Popover } from '../ui/Popover';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../ui/format';
import { shortLabel } from './historyStep';

function HistoryPanel() {
  const { generation, status } = useHistory();
  // Read again after each step and whenever the next step changes (a new write).
  const { value: steps, error } = useOperation('history.recent', { limit: 30 }, `${generation}:${status.undo?.id ?? ''}:${status.redo?.id ?? ''}`);
  if (error) return <p className="field__error">{error.message}</p>;
  if (!steps) return <p className="muted">Loading…</p>;
  if (steps.length === 0) return <p className="muted">Nothing has been changed in this dataset yet.</p>;
  return (
    <ol className="plain-list history-panel__list practice-history__list">
      {steps.map((step) => (
        <li key={step.id} className={step.undoneAt ? 'is-undone' : undefined}>
          <span>{step.label}</span>
          <span className="small history-panel__when">
            {formatDateTime(step.createdAt)}
            {step.undoneAt ? ' · undone' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function HistoryControls({ readOnly }: { readOnly: boolean }) {
  const { status, request, pending, confirm, cancel } = useHistory();
  return (
    <div className="history-controls" role="group" aria-label="History">
      <button
        type="button"
        className="history-controls__button"
        disabled={readOnly || !status.undo}
        title={status.undo ? `Undo: ${status.undo.label} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => request('undo')}
      >
        Undo{status.undo ? <span className="history-controls__step">: {shortLabel(status.undo.label)}</span> : null}
      </button>
      <button
        type="button"
        className="history-controls__button"
        disabled={readOnly || !status.redo}
        title={status.redo ? `Redo: ${status.redo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => request('redo')}
      >
        Redo{status.redo ? <span className="history-controls__step">: {shortLabel(status.redo.label, 20)}</span> : null}
      </button>
      <Popover label="History" showsLabel buttonClassName="history-controls__button" button={<span>History</span>} width={420}>
        <div className="history-panel">
          <h2 className="history-panel__title">History of this dataset</h2>
          <HistoryPanel />
        </div>
      </Popover>
      <Modal
        open={pending !== null}
        title={pending ? `${pending.direction === 'undo' ? 'Undo' : 'Redo'} “${pending.step.label}”?` : ''}
        onClose={cancel}
        onSubmit={confirm}
        actions={
          <>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              {pending?.direction === 'undo' ? 'Undo it' : 'Redo it'}
            </button>
          </>
        }
      >
        <p>
          This step changed {pending?.step.changes ?? 0} records at once ({pending ? formatDateTime(pending.step.createdAt) : ''}), and this page does not show them
          all. You can redo it afterwards.
        </p>
      </Modal>
    </div>
  );
}
