/**
 * Saving a file from the renderer: a Blob behind an `<a download>`, which both the browser host
 * and Electron (its download handler) turn into a saved file. No network, no Node APIs.
 */
import type { ExportFile } from '../../../data/analysis/model';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The export's content as a Blob of its own type (base64 is decoded). */
export function exportBlob(file: ExportFile): Blob {
  const data = file.encoding === 'base64' ? base64ToBytes(file.content) : file.content;
  return new Blob([data], { type: file.mimeType });
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Gap map: mean score" -> "gap-map-mean-score", for file names. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, 80) || 'chart';
}
