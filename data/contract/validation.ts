/**
 * Checking an operation's input against its schema, once, where it enters (dispatch, or
 * jobs.start before a worker starts): a failure becomes one sentence that names the fields.
 */
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { FIELD_KEYS, fieldLabel, type FieldKey } from '../domain/fields.js';
import { operations, type OperationName, type ValidatedInput } from './contract.js';

/**
 * A field's name as a person knows it, from an input path: the field table's label for a practice
 * field ("Hours"), else the last name in the path in words ("rater id"); never the path itself
 * ("fields.name"), which is the program's.
 */
export function fieldNameOf(path: readonly PropertyKey[]): string | null {
  const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (key === undefined) return null;
  if ((FIELD_KEYS as readonly string[]).includes(key)) return fieldLabel(key as FieldKey);
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Field path -> first message (the form shows each at its field), and one sentence in words. */
export function describeIssues(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const words: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    if (fields[path] !== undefined) continue;
    fields[path] = issue.message;
    // A message that already names its field ("A practice needs a name") stands alone.
    const name = fieldNameOf(issue.path);
    words.push(name === null || issue.message.toLowerCase().includes(name.toLowerCase()) ? issue.message : `${name}: ${issue.message}`);
  }
  const list = words.slice(0, 5).join('; ');
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
