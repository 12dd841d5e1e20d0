/** Confirms and deletes a practice; shows the server's reason when it refuses (e.g. it still has components). */
import { useState } from 'react';
import { call } from '../../app/apiClient';
import type { ApiError } from '../../../../data/domain/envelope';
import type { PracticeDetail } from '../../../../data/practices/model';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Trans, useTranslation } from 'react-i18next';

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

  const { t } = useTranslation('practices');
  function close() {
    setError(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('delete.title')}
      onClose={close}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={busy}>
            {t('delete.keep')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? t('delete.deleting') : t('delete.confirm')}
          </button>
        </>
      }
    >
      <p>
        {scores.length > 0 ? (
          <Trans t={t} i18nKey="delete.withScores" count={scores.length} values={{ name: practice.name }} components={[<strong />]} />
        ) : (
          <Trans t={t} i18nKey="delete.what" values={{ name: practice.name }} components={[<strong />]} />
        )}
      </p>
      {children.length > 0 ? (
        <p className="notice">
          {t('delete.hasComponents', { count: children.length })}
        </p>
      ) : null}
      <ErrorMessage error={error} title={t('delete.failed')} />
    </Modal>
  );
}
