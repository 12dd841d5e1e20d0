/**
 * What crosses every host boundary (IPC, HTTP, command line): either a value or a typed
 * error whose message a person can read. Pure types and tiny constructors, safe for the renderer.
 */

export const API_ERROR_CODES = [
  /** The input did not match the operation's schema; `fields` says where. */
  'invalid_input',
  /** The record named by the input does not exist. */
  'not_found',
  /** The change is valid on its own but clashes with the data (duplicate id, children left behind). */
  'conflict',
  /** The open store is read-only; nothing was written. */
  'read_only',
  /** No operation of that name in the contract. */
  'unknown_operation',
  /** The host refused the caller (missing token, wrong origin, unknown IPC sender). */
  'forbidden',
  /** The store file itself is unusable (not ours, newer than this version, damaged). */
  'store_unusable',
  /** The user cancelled a long operation; nothing was written. */
  'cancelled',
  /** Anything unexpected; the message says what happened, the log has details. */
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** For invalid_input: field path (dot-joined, e.g. "fields.hours") to a message for that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string, fields?: Record<string, string>): { ok: false; error: ApiError } {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** Thrown inside data/ handlers; turned into an envelope by the dispatcher. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
