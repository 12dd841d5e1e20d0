/**
 * Checking an operation's input against its schema, once, where it enters (dispatch, or
 * jobs.start before a worker starts): a failure becomes one sentence that names the fields.
 */
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { operations, type OperationName, type ValidatedInput } from './contract.js';

/** Field path -> first message, and one sentence that names them, for a person to read. */
export function describeIssues(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    fields[path] ??= issue.message;
  }
  const list = Object.entries(fields)
    .slice(0, 5)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  return { message: `The request was not valid, so nothing was changed (${list}).`, fields };
}

export const READ_ONLY_MESSAGE = 'This dataset is open read-only, so it cannot be changed. Save a copy to edit it.';

/** The validated input of `operation`, or an ApiFailure (read_only, invalid_input) that says why not. */
export function validateInput<K extends OperationName>(operation: K, input: unknown, readOnly: boolean): ValidatedInput<K> {
  const spec = operations[operation];
  if (spec.writes && readOnly) throw new ApiFailure('read_only', READ_ONLY_MESSAGE);
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error);
    throw new ApiFailure('invalid_input', message, fields);
  }
  return parsed.data as ValidatedInput<K>;
}
