/**
 * Files the command line reads, each within a size limit checked before reading (from the file's
 * size on disk): reading first let a file over the limit reach V8's own failure
 * (ERR_STRING_TOO_LONG) or a stack trace instead of a sentence naming the limit.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../../data/domain/fileSchemas.js';
import { CliInputError } from './inputError.js';

/** A mapping or resolutions file is a small JSON object. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`);

/** The bytes of `file`, refused with the limit named when it is larger than `limit` (default: the limit of every file an operation takes). */
export function readInputFile(file: string, what: string, limit = MAX_FILE_BYTES): Buffer {
  checkInputFile(file, what, limit);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliInputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'it cannot be read'}.`);
  }
}

/** That `file` is a file within `limit`, from its size on disk, without reading it. */
export function checkInputFile(file: string, what: string, limit = MAX_FILE_BYTES): void {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new CliInputError(`Cannot read ${file}: it is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code ?? 'it cannot be opened'}.`);
  }
  const limitInWords = limit === MAX_FILE_BYTES ? `${MAX_FILE_MEGABYTES} MB` : sizeInWords(limit);
  if (size > limit) throw new CliInputError(`${file} is ${sizeInWords(size)}; ${what} can be at most ${limitInWords}. Nothing was read or changed.`);
}
