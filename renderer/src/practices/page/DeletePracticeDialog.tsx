/** Confirms and deletes a practice; shows the server's reason when it refuses (e.g. it still has components). */
import { useState } from 'react';
import { call } from '../../app/apiClient';
import type { ApiError } from '../../../../data/domain/envelope';
import type { PracticeDetail } from '../../../../data/practices/model';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  detail: PracticeDetail;
  open: boolean;
  onClose(): void;
  onDeleted(): void;
}

export function DeletePracticeDialog({ detail, open, onClose, onDeleted }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { practice, children, scores } = detail;

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await call('practices.delete', { id: practice.id });
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  }

  function close() {
    setError(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title="Delete this practice?"
      onClose={close}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={busy}>
            Keep it
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? 'Deleting…' : 'Delete practice'}
          </button>
        </>
      }
    >
      <p>
        <strong>{practice.name}</strong> will be deleted
        {scores.length > 0 ? ` together with its ${scores.length} score${scores.length === 1 ? '' : 's'}` : ''}. Undo (in the header, or Ctrl+Z) brings it back.
      </p>
      {children.length > 0 ? (
        <p className="notice">
          It still contains {children.length} component{children.length === 1 ? '' : 's'}; the store may refuse until they are moved or deleted.
        </p>
      ) : null}
      <ErrorMessage error={error} title="Not deleted" />
    </Modal>
  );
}
