/** Catches rendering errors anywhere below it and says what happened, with a "Copy details" button. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../ui/ErrorMessage';
import { translate } from './i18n/i18n';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  componentStack: string | null;
  copied: 'idle' | 'copied' | 'failed';
}

function details(error: unknown, componentStack: string | null): string {
  const lines = [
    `AutoCredify Mapper: ${describeError(error)}`,
    `When: ${new Date().toISOString()}`,
    `Where: ${window.location.hash || '#/'}`,
    `Browser: ${navigator.userAgent}`,
  ];
  if (error instanceof Error && error.stack) lines.push('', 'Stack:', error.stack);
  if (componentStack) lines.push('', 'Components:', componentStack.trim());
  return lines.join('\n');
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no permission): fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: null, copied: 'idle' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error'), copied: 'idle' };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private readonly copy = async () => {
    const ok = await copyText(details(this.state.error, this.state.componentStack));
    this.setState({ copied: ok ? 'copied' : 'failed' });
  };

  private readonly reset = () => {
    this.setState({ error: null, componentStack: null, copied: 'idle' });
  };

  override render() {
    const { error, copied } = this.state;
    if (error === null) return this.props.children;
    const t = translate('app');
    return (
      <div className="crash-screen" role="alert">
        <h1>{t('crash.title')}</h1>
        <p className="crash-screen__message">{describeError(error)}</p>
        <p className="muted">{t('crash.safe')}</p>
        <div className="crash-screen__actions">
          <button type="button" className="button" onClick={() => void this.copy()}>
            {t('crash.copy')}
          </button>
          <a
            className="button button--primary"
            href="#/"
            onClick={() => {
              this.reset();
            }}
          >
            {t('crash.back')}
          </a>
          <button type="button" className="button" onClick={this.reset}>
            {t('crash.retry')}
          </button>
          <span role="status" className="muted">
            {copied === 'copied' ? t('crash.copied') : copied === 'failed' ? t('crash.copyFailed') : ''}
          </span>
        </div>
        <details>
          <summary className="muted">{t('crash.details')}</summary>
          <pre className="crash-screen__details">{details(error, this.state.componentStack)}</pre>
        </details>
      </div>
    );
  }
}
