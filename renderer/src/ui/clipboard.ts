/**
 * Copying a table so it pastes as a table into Word (HTML) and Excel (HTML, or tab-separated text).
 * The async Clipboard API is tried first with promised contents (so the click still counts as the
 * user's gesture while the table is fetched); where it is refused, a copy event fills both types.
 */
import { translate } from '../app/i18n/i18n';

export interface TableClip {
  html: string;
  text: string;
}

function copyWithEvent(clip: TableClip): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', clip.html);
    event.clipboardData.setData('text/plain', clip.text);
    event.preventDefault();
    filled = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    const done = document.execCommand('copy');
    return done && filled;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

/**
 * Put a table on the clipboard. `load` is called at once (inside the click) and may take a moment.
 * Resolves to null on success, or a sentence saying why nothing was copied.
 */
export async function copyTable(load: () => Promise<TableClip>): Promise<string | null> {
  const pending = load();
  let clip: TableClip;
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      const html = pending.then((c) => new Blob([c.html], { type: 'text/html' }));
      const text = pending.then((c) => new Blob([c.text], { type: 'text/plain' }));
      // A failed load is reported below; these copies must not count as unhandled.
      html.catch(() => undefined);
      text.catch(() => undefined);
      const item = new ClipboardItem({ 'text/html': html, 'text/plain': text });
      await navigator.clipboard.write([item]);
      return null;
    } catch (error) {
      // The table could not be built: say so. The clipboard refused: try the copy event.
      try {
        clip = await pending;
      } catch (loadError) {
        return loadError instanceof Error ? loadError.message : String(loadError);
      }
      if (copyWithEvent(clip)) return null;
      const reason = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
      return `The clipboard refused the table${reason}. Use an export button instead, or allow clipboard access for this app.`;
    }
  }
  try {
    clip = await pending;
  } catch (loadError) {
    return loadError instanceof Error ? loadError.message : String(loadError);
  }
  return copyWithEvent(clip) ? null : translate('ui')('clipboard.unavailable');
}

/** One cell of tab-separated text: no tabs inside, quoted when it spans lines, formulas neutralised. */
export function tsvCell(value: string): string {
  let text = value.replace(/\t/g, ' ');
  if (/^[=+\-@\r]/.test(text) && !/^[+-]?\d+([.,]\d+)?$/.test(text.trim())) text = `'${text}`;
  return /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}
