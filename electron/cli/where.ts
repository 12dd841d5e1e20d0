/**
 * `--where FIELD=VALUE` for the command line: the same fields as the app's filter. A field given
 * twice means "either"; numbers and scores take a range ("10..50", "3", "2.5.."). The result is
 * validated by the contract's filter schema like any other input.
 */
import type { PracticeFilter } from '../../data/contract/contract.js';
import { DIMENSION_IDS } from '../../data/domain/domain.js';
import {
  BOOLEAN_FILTER_FIELDS,
  LIST_FILTER_FIELDS,
  NUMBER_FIELDS,
  OPTION_FILTER_FIELDS,
  fieldDefinition,
  TEXT_FILTER_FIELDS,
  WHERE_FIELDS,
} from '../../data/domain/fields.js';

export { WHERE_FIELDS };

const is = (list: readonly string[], field: string) => list.includes(field);

/** Breaks a list of words into lines of at most `width` characters, each indented by `indent`. */
function wrap(text: string, indent: string, width = 110): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The --where fields as the help lists them, made from the field table (data/domain/fields.ts). */
export function whereFieldsHelp(indent: string): string {
  const option = (field: (typeof OPTION_FILTER_FIELDS)[number]) => {
    const values = fieldDefinition(field).values;
    return values ? `${field} (${values.join('|')})` : field;
  };
  const parts = [
    // criteria is the one list whose values must all hold (a practice meets every criterion named).
    `${LIST_FILTER_FIELDS.filter((f) => f !== 'criteria').join(', ')} (any of the values),`,
    'criteria (a selection criterion met; given twice, both),',
    `${BOOLEAN_FILTER_FIELDS.join(', ')} (true or false),`,
    `${OPTION_FILTER_FIELDS.map(option).join(', ')},`,
    `${TEXT_FILTER_FIELDS.filter((f) => !is(LIST_FILTER_FIELDS, f)).join(', ')} (contains),`,
    `${NUMBER_FIELDS.join(', ')} (number or range 10..50),`,
    'score.<dimension> (range or unrated)',
  ];
  return wrap(`Fields: ${parts.join(' ')}`, indent);
}

import { CliInputError } from './inputError.js';

function parseBoolean(field: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new CliInputError(`--where ${field}= takes true or false (got "${value}").`);
}

/** "10..50", "10..", "..50" or "10"; decimal commas are read as decimal points. */
function parseRange(field: string, value: string): { min?: number; max?: number } {
  const number = (text: string) => {
    const n = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(n)) throw new CliInputError(`--where ${field}= takes a number or a range such as 10..50 (got "${value}").`);
    return n;
  };
  const parts = value.split('..');
  if (parts.length === 1) return { min: number(value), max: number(value) };
  if (parts.length !== 2) throw new CliInputError(`--where ${field}= takes a number or a range such as 10..50 (got "${value}").`);
  const [low = '', high = ''] = parts;
  return { ...(low.trim() ? { min: number(low) } : {}), ...(high.trim() ? { max: number(high) } : {}) };
}

export function parseWhere(clauses: string[]): PracticeFilter {
  const filter: Record<string, unknown> & { text?: Record<string, string>; numbers?: Record<string, unknown>; scores?: Record<string, unknown> } = {};
  for (const clause of clauses) {
    const at = clause.indexOf('=');
    if (at <= 0) throw new CliInputError(`--where takes FIELD=VALUE (got "${clause}").`);
    const field = clause.slice(0, at).trim();
    const value = clause.slice(at + 1).trim();
    if (is(LIST_FILTER_FIELDS, field)) {
      filter[field] = [...((filter[field] as string[] | undefined) ?? []), value];
    } else if (is(BOOLEAN_FILTER_FIELDS, field)) {
      filter[field] = parseBoolean(field, value);
    } else if (is(OPTION_FILTER_FIELDS, field)) {
      filter[field] = value;
    } else if (is(TEXT_FILTER_FIELDS, field)) {
      filter.text = { ...filter.text, [field]: value };
    } else if (is(NUMBER_FIELDS, field)) {
      filter.numbers = { ...filter.numbers, [field]: parseRange(field, value) };
    } else if (field.startsWith('score.') && (DIMENSION_IDS as readonly string[]).includes(field.slice(6))) {
      filter.scores = { ...filter.scores, [field.slice(6)]: value === 'unrated' ? { unrated: true } : parseRange(field, value) };
    } else {
      throw new CliInputError(`--where does not know the field "${field}". Fields: ${WHERE_FIELDS.join(', ')}.`);
    }
  }
  return filter as PracticeFilter;
}
