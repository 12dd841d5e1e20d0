/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the dataset's last change when no text field
 * has the focus; in a text field they stay the field's own. Under Electron the Edit menu does
 * this, so the page leaves the keys to it.
 */
import { useEffect, useState } from 'react';
import { call } from './apiClient';

export interface HistoryNotice {
  text: string;
  error: boolean;
}

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

/** Reloads the page on the same view, so every screen shows the data as it now is. */
function reloadView(): void {
  window.location.reload();
}

export async function historyStep(direction: 'undo' | 'redo'): Promise<HistoryNotice> {
  const result = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
  if (!result.ok) return { text: result.error.message, error: true };
  const text = `${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.value.label}`;
  sessionStorage.setItem('autocredify.notice', text);
  reloadView();
  return { text, error: false };
}

export function useHistoryKeys(): [HistoryNotice | null, () => void] {
  const [notice, setNotice] = useState<HistoryNotice | null>(() => {
    const text = sessionStorage.getItem('autocredify.notice');
    sessionStorage.removeItem('autocredify.notice');
    return text ? { text, error: false } : null;
  });
  useEffect(() => {
    if (window.autocredify) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : null;
      if (!direction) return;
      event.preventDefault();
      void historyStep(direction).then(setNotice);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!notice || notice.error) return undefined;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);
  return [notice, () => setNotice(null)];
}
