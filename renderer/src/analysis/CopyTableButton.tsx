/**
 * "Copy table": the view's HTML export and tab-separated text of what is on screen, both on the
 * clipboard, so it pastes as a table into Word and Excel. Says clearly when the clipboard refuses.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from './ExportButtons';
import { fetchExport } from './ExportButtons';
import { copyTable } from '../ui/clipboard';

interface Props {
  /** The HTML export of the view; null while there is nothing to copy. */
  htmlRequest: ExportRequest | null;
  /** Tab-separated text of the table on screen. */
  text: () => string;
  /** What was copied, for the confirmation ("18 practices"). */
  what: string;
}

export function CopyTableButton({ htmlRequest, text, what }: Props) {
  const { t } = useTranslation('analysis');
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });

  async function onCopy() {
    if (!htmlRequest) return;
    setState({ busy: true, message: null, failed: false });
    const request = htmlRequest;
    const plain = text();
    const problem = await copyTable(async () => {
      const file = await fetchExport(request);
      return { html: file.content, text: plain };
    });
    setState({ busy: false, failed: problem !== null, message: problem ?? t('copy.copied', { what }) });
  }

  return (
    <>
      <button type="button" className="button button--small" disabled={!htmlRequest || state.busy} onClick={() => void onCopy()}>
        {state.busy ? <span className="spinner" aria-hidden="true" /> : null}
        {t('copy.button')}
      </button>
      {state.message ? (
        <span className={state.failed ? 'error-message copy-message' : 'muted small copy-message'} role={state.failed ? 'alert' : 'status'}>
          {state.message}
        </span>
      ) : null}
    </>
  );
}
