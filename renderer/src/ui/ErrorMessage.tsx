/** Shows an API error in words: its message, never a stack or "[object Object]". */
import type { ApiError } from '../../../data/domain/envelope';

/** Human text for anything that reached a catch block or an error envelope. */
export function describeError(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return 'Something went wrong, and no message came with it.';
}

interface Props {
  error: ApiError | string | null | undefined;
  /** Title before the message, e.g. "Could not save". */
  title?: string;
  onRetry?: () => void;
  compact?: boolean;
}

export function ErrorMessage({ error, title, onRetry, compact }: Props) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : describeError(error);
  return (
    <div className={compact ? 'error-message error-message--compact' : 'error-message'} role="alert">
      {title ? <strong>{title}: </strong> : null}
      <span>{message}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
