/**
 * `--where FIELD=VALUE` for the command line: the same fields as the app's filter. A field given
 * twice means "either"; numbers and scores take a range ("10..50", "3", "2.5.."). The result is
 * validated by the contract's filter schema like any other input.
 */
import { NUMBER_FIELDS, TEXT_FILTER_FIELDS, type PracticeFilter } from '../../data/contract/contract.js';
import { DIMENSION_IDS } from '../../data/domain/domain.js';

const LIST_FIELDS = ['countryGroup', 'country', 'practiceType', 'technologyDomain', 'deliveryMode', 'scope', 'digitalIssuance', 'criteria'] as const;
const BOOLEAN_FIELDS = ['caseStudy', 'shortlisted', 'withNarratives'] as const;

export const WHERE_FIELDS = [...new Set([
  'search',
  ...LIST_FIELDS,
  ...BOOLEAN_FIELDS,
  'hierarchy',
  'parentId',
  ...TEXT_FILTER_FIELDS,
  ...NUMBER_FIELDS,
  ...DIMENSION_IDS.map((d) => `score.${d}`),
])];

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
    if ((LIST_FIELDS as readonly string[]).includes(field)) {
      filter[field] = [...((filter[field] as string[] | undefined) ?? []), value];
    } else if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) {
      filter[field] = parseBoolean(field, value);
    } else if (field === 'search' || field === 'hierarchy' || field === 'parentId') {
      filter[field] = value;
    } else if ((TEXT_FILTER_FIELDS as readonly string[]).includes(field)) {
      filter.text = { ...filter.text, [field]: value };
    } else if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
      filter.numbers = { ...filter.numbers, [field]: parseRange(field, value) };
    } else if (field.startsWith('score.') && (DIMENSION_IDS as readonly string[]).includes(field.slice(6))) {
      filter.scores = { ...filter.scores, [field.slice(6)]: value === 'unrated' ? { unrated: true } : parseRange(field, value) };
    } else {
      throw new CliInputError(`--where does not know the field "${field}". Fields: ${WHERE_FIELDS.join(', ')}.`);
    }
  }
  return filter as PracticeFilter;
}
