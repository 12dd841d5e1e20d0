/**
 * Files the user chose, as they cross a boundary: their bytes as base64, never a path (hosts do
 * not hand the renderer file access). One size limit for every operation that takes a file, so the
 * renderer, the schemas and the browser host's body limit agree. Pure (zod only), for the renderer too.
 */
import { z } from 'zod';

/**
 * The largest file an operation takes: 256 MB, a dataset of a few hundred thousand practices or
 * a score file of a few million rows. Its base64 (about 341 million characters) and the text of
 * a UTF-8 file that size stay under the longest string V8 holds (about 536 million characters).
 */
export const MAX_FILE_MEGABYTES = 256;
export const MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024 * 1024;
// Base64 writes each started group of three bytes as four characters.
const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;
/** The file as base64 inside a request, with room for the rest of the request: the browser host's body limit. */
export const MAX_REQUEST_BYTES = MAX_BASE64 + 1024 * 1024;

/** A file's bytes as base64; `tooLarge` says what to do with a larger file, for the kind of file it is. */
export const base64ContentSchema = (tooLarge: string) =>
  z
    .string()
    .max(MAX_BASE64, `The file is larger than ${MAX_FILE_MEGABYTES} MB; ${tooLarge}`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file was not sent as base64');

/**
 * A file the host already received and keeps on disk (data/store/uploads.ts): its random id, never
 * a path. Large files travel this way, as a stream or binary, not as base64 inside JSON.
 */
export const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const uploadIdSchema = z.string().regex(UPLOAD_ID_PATTERN, 'The upload id is not one this app gives');
