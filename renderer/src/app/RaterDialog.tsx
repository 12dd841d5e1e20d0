/** "Who is scoring?": pick an existing rater or add a new one (name and team). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useSession } from './session';
import type { ApiError } from '../../../data/domain/envelope';

export function RaterDialog() {
  const { t } = useTranslation('app');
  const session = useSession();
  const { raterDialogOpen, closeRaterDialog, raters } = session;
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (raterDialogOpen) {
      setName('');
      setTeam('');
      setError(null);
      setBusy(false);
    }
  }, [raterDialogOpen]);

  async function createNew() {
    if (busy) return;
    if (name.trim() === '') {
      setError({ code: 'invalid_input', message: t('rater.nameNeeded') });
      return;
    }
    setBusy(true);
    const result = await session.createRater(name.trim(), team.trim() === '' ? null : team.trim());
    setBusy(false);
    if (result.ok) closeRaterDialog();
    else setError(result.error);
  }

  async function chooseExisting(id: string) {
    setBusy(true);
    const problem = await session.setCurrentRater(id);
    setBusy(false);
    if (problem) setError(problem);
    else closeRaterDialog();
  }

  const nameError = error?.fields?.['name'];
  const teamError = error?.fields?.['team'];

  return (
    <Modal
      open={raterDialogOpen}
      title={t('rater.dialogTitle')}
      onClose={closeRaterDialog}
      onSubmit={() => void createNew()}
      actions={
        <>
          <button type="button" className="button" onClick={closeRaterDialog} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('saving') : t('rater.start')}
          </button>
        </>
      }
    >
      <p className="muted">{t('rater.perRater')}</p>
      <ErrorMessage error={error && !nameError && !teamError ? error : null} />
      <label className="field">
        <span className="field__label">{t('rater.yourName')}</span>
        <input
          type="text"
          value={name}
          autoFocus
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
        />
        {nameError ? <span className="field__error">{nameError}</span> : null}
      </label>
      <label className="field">
        <span className="field__label">{t('rater.team')}</span>
        <input
          type="text"
          value={team}
          maxLength={200}
          placeholder={t('rater.teamPlaceholder')}
          onChange={(e) => setTeam(e.target.value)}
        />
        {teamError ? <span className="field__error">{teamError}</span> : null}
      </label>
      {raters.some((rater) => !rater.seed) ? (
        <div className="rater-dialog__existing">
          <span className="field__label">{t('rater.orContinue')}</span>
          <ul className="plain-list">
            {raters.filter((rater) => !rater.seed).map((rater) => (
              <li key={rater.id}>
                <button type="button" className="link-button" disabled={busy} onClick={() => void chooseExisting(rater.id)}>
                  {rater.name}
                  {rater.team ? <span className="muted"> · {rater.team}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Modal>
  );
}
