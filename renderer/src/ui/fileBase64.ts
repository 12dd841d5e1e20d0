/**
 * A chosen file as base64, the way the import operations take it. Encoded in 3-byte-aligned
 * chunks so that no chunk pads with "=" and no call to String.fromCharCode or btoa gets a
 * giant argument (a 50 MB file would overflow the stack or the string limit at once).
 */

/** 0x8000 rounded down to a multiple of 3. */
const CHUNK_BYTES = 0x8000 - (0x8000 % 3);

/** The largest file an operation takes (data/fileSchemas.ts), checked here before reading it. */
export { MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../../../data/domain/fileSchemas';

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** "12.3 KB", for telling the user which file they chose (in the interface's language). */
export { formatFileSize as fileSizeText } from './format';
