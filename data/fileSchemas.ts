/**
 * Files the user chose, as they cross a boundary: their bytes as base64, never a path (hosts do
 * not hand the renderer file access). One size limit for every operation that takes a file, so the
 * renderer, the schemas and the browser host's body limit agree. Pure (zod only), for the renderer too.
 */
import { z } from 'zod';

/** The largest file an operation takes: 80 MB (about 107 MB as base64, under the browser host's body limit). */
export const MAX_FILE_BYTES = 80 * 1024 * 1024;
const MAX_BASE64 = Math.ceil((MAX_FILE_BYTES * 4) / 3);

/** A file's bytes as base64; `tooLarge` says what to do with a larger file, for the kind of file it is. */
export const base64ContentSchema = (tooLarge: string) =>
  z
    .string()
    .max(MAX_BASE64, `The file is larger than 80 MB; ${tooLarge}`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file was not sent as base64');
