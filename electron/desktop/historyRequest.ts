/**
 * What Edit > Undo and Redo run in the window. The menu's accelerator takes Ctrl+Z before the page
 * sees it, so the menu decides: in a text field the step is the field's own (the caller then calls
 * webContents.undo); elsewhere the page's history control takes the request
 * (renderer/src/app/useHistoryKeys.ts), the same path as the header's buttons: in place, no
 * reload, and asking first for an import or merge the page does not show.
 * test/e2e/undo.test.ts runs this same text in the page.
 */
export type HistoryDirection = 'undo' | 'redo';

/** The page's answer: 'text' when a text field has the focus (nothing was asked of the history). */
export type HistoryRequestAnswer = 'text' | 'history';

export function historyRequest(direction: HistoryDirection): string {
  return `(() => {
  const e = document.activeElement;
  if (e && (e.isContentEditable || /^(INPUT|TEXTAREA)$/.test(e.tagName))) return 'text';
  window.dispatchEvent(new CustomEvent('autocredify:history', { detail: ${JSON.stringify(direction)} }));
  return 'history';
})()`;
}
