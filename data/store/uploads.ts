/**
 * Files a host received for an operation, kept on disk and named by an id the operation's input
 * carries (`{ name, upload }`), so that a file at the size limit never travels as base64 inside
 * JSON nor sits in memory whole. The browser host streams an uploaded body into its private folder
 * (electron/common/uploads.ts), the window writes what the renderer sends there, and the command
 * line names its own file. An id is random and never a path: an input cannot name another file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../domain/envelope.js';
import { UPLOAD_ID_PATTERN } from '../domain/fileSchemas.js';

/** The host's private folder of received files (set once per process or worker thread). */
let folder: string | null = null;
/** Files of this process named by id without a copy: the command line's own file. */
const localFiles = new Map<string, string>();

export function configureUploads(directory: string | null): void {
  folder = directory;
}

export function uploadsFolder(): string | null {
  return folder;
}

/** Names a file this process may read by an id (the command line's FILE argument); the file stays where it is. */
export function registerLocalFile(id: string, path: string): void {
  localFiles.set(id, path);
}

/** The path of an uploaded file, or a refusal a person can act on. */
export function uploadPath(id: string): string {
  const local = localFiles.get(id);
  if (local !== undefined) return local;
  if (folder !== null && UPLOAD_ID_PATTERN.test(id)) {
    const path = join(folder, id);
    if (existsSync(path)) return path;
  }
  throw new ApiFailure('invalid_input', 'The file sent for this operation is no longer here (it is kept only while the app runs, for the latest few files). Choose the file again.');
}
