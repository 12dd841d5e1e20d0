/** Shows an API error in words: its message, never a stack or "[object Object]". */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../data/domain/envelope';
import { translate } from '../app/i18n/i18n';

/** Human text for anything that reached a catch block or an error envelope. */
export function describeError(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return translate('ui')('error.noMessage');
}

interface Props {
  error: ApiError | string | null | undefined;
  /** Title before the message, e.g. "Could not save". */
  title?: string;
  onRetry?: () => void;
  compact?: boolean;
}

export function ErrorMessage({ error, title, onRetry, compact }: Props) {
  const { t } = useTranslation('ui');
  if (!error) return null;
  const message = typeof error === 'string' ? error : describeError(error);
  return (
    <div className={compact ? 'error-message error-message--compact' : 'error-message'} role="alert">
      {title ? <strong>{title}: </strong> : null}
      <span>{message}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
