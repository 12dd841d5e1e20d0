/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the dataset's last change when no text field
 * has the focus; in a text field they stay the field's own. Under Electron the Edit menu does
 * this, so the page leaves the keys to it and takes the menu's request (the autocredify:history event). They go through the same path as the header's buttons
 * (app/history.tsx): in place, and asking first for an import or merge this page does not show.
 */
import { useEffect } from 'react';
import { useHistory } from './history';

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

export function useHistoryKeys(): void {
  const { request } = useHistory();
  // Edit > Undo and Redo of the desktop menu (electron/desktop/historyRequest.ts) ask by this event.
  useEffect(() => {
    const onMenu = (event: Event) => {
      const direction = (event as CustomEvent<unknown>).detail;
      if (direction === 'undo' || direction === 'redo') request(direction);
    };
    window.addEventListener('autocredify:history', onMenu);
    return () => window.removeEventListener('autocredify:history', onMenu);
  }, [request]);
  useEffect(() => {
    if (window.autocredify) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : null;
      if (!direction) return;
      event.preventDefault();
      request(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [request]);
}
