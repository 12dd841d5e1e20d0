/**
 * One raw cell to the value of its target. Every value is then checked with the field's own schema
 * (data/practiceSchemas.ts), so an imported row fails for the same reasons the practice form would,
 * but with the column and the value named so the researcher can find and fix it in their sheet.
 */
import type { z } from 'zod';
import {
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  DIGITAL_ISSUANCE,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPE_LABELS,
  PRACTICE_TYPES,
  SCOPE_LABELS,
  SCOPES,
  TECHNOLOGY_DOMAIN_LABELS,
  TECHNOLOGY_DOMAINS,
  type ScoreValue,
  type TechnologyDomain,
} from '../domain/domain.js';
import { FORMULA_GUARD, neutraliseFormula } from '../exports/csv.js';
import type { PracticeSource } from '../practices/model.js';
import { id as idSchema, practicePatchSchema } from '../practices/schemas.js';
import { foldForMatching } from './fold.js';
import { ESCAPED_BYTES } from './decode.js';
import { describeEscapedBytes, escapesAsWindows1252 } from './readFile.js';
import { parseNumber, type NumberFormat } from './numbers.js';
import { dimensionOfTarget, isPracticeFieldTarget, targetInfo, type ImportTarget, type PracticeFieldTarget } from '../practices/schemas.js';
import { checklistPartOf } from '../practices/schemas.js';
import { ELEMENT_STATUS_LABELS, ELEMENT_STATUSES } from '../domain/euElements.js';
import { canonicalCountry } from '../domain/countries.js';
import { BOOLEAN_NAMES, DELIVERY_MODE_NAMES, ELEMENT_STATUS_TRANSLATIONS, DIGITAL_ISSUANCE_NAMES, PRACTICE_TYPE_NAMES, SCOPE_NAMES, TECHNOLOGY_DOMAIN_NAMES } from './valueNames.js';

export type CellValue = string | number | boolean | ScoreValue | TechnologyDomain[] | PracticeSource[] | null;

/** `value: null` means the cell was empty: nothing known (for a score, not rated, which is not 0). */
export type CellReading = { ok: true; value: CellValue } | { ok: false; reason: string };

export interface CellContext {
  /** The header as the file has it, for messages. */
  column: string;
  /** The column's decimal mark (numbers.ts detectNumberFormat). */
  numberFormat: NumberFormat;
}

/**
 * Removes the mark our CSV export puts before formula-like text ("'=1+1" → "=1+1"). Exactly the
 * inverse of neutraliseFormula: the mark is removed only where the export would have added it, so
 * "'-1" (the export never marks a plain number) and "'quoted'" stay as they are, and "''=1" (the
 * export's writing of a text that really starts with "'=") becomes "'=1".
 */
export function removeFormulaGuard(text: string): string {
  if (!text.startsWith(FORMULA_GUARD)) return text;
  const rest = text.slice(FORMULA_GUARD.length);
  return neutraliseFormula(rest) === FORMULA_GUARD + rest ? rest : text;
}

/** A cell of numbers, names and lists as imported: surrounding spaces trimmed, then the export's formula mark removed. */
export function readText(raw: string): string {
  return removeFormulaGuard(raw.trim());
}

/**
 * A cell of free text as imported: only the export's formula mark removed. Its spaces, tabs and
 * line breaks at either end are the value's own (the export writes them as they are), so a text
 * comes back exactly; a cell of spaces only is still an empty cell.
 */
export function readFreeText(raw: string): string {
  return removeFormulaGuard(raw);
}

/** A NUL, or half of a UTF-16 surrogate pair (which is also how a byte that is not UTF-8 is kept: decode.ts). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a cell cannot be stored as it is, or null: bytes that are not UTF-8, a NUL, half a character. */
export function unstorableReason(raw: string): string | null {
  const found = UNSTORABLE.exec(raw);
  if (found === null) return null;
  const escapes = raw.match(ESCAPED_BYTES);
  if (escapes !== null) return `it holds ${escapes.map(describeEscapedBytes).join(', ')}, which ${escapes.length === 1 && escapes[0]!.length === 1 ? 'is' : 'are'} not UTF-8 (${quoted(escapesAsWindows1252(raw))} if read as Windows-1252).`;
  if (found[0] === '\u0000') return 'it holds a NUL character (byte 00), which no text may hold.';
  return 'it holds half of a character (a lone UTF-16 surrogate), which no text may hold.';
}

function quoted(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return `"${shown.replace(/\r?\n|\r/g, ' ')}"`;
}

const failure = (context: CellContext, sentence: string): CellReading => ({ ok: false, reason: `Column "${context.column}": ${sentence}` });

/** Folded names to values: the id, the English label and the translations, all matched alike. */
function vocabulary<T extends string>(values: readonly T[], labels: Record<T, string>, translations: Record<T, readonly string[]>): ReadonlyMap<string, T> {
  return new Map(values.flatMap((value) => [value, value.replace(/_/g, ' '), labels[value], ...translations[value]].map((name) => [foldForMatching(name), value] as const)));
}

const ENUMS = {
  scope: { names: vocabulary(SCOPES, SCOPE_LABELS, SCOPE_NAMES), what: 'a scope', labels: Object.values(SCOPE_LABELS) },
  practiceType: { names: vocabulary(PRACTICE_TYPES, PRACTICE_TYPE_LABELS, PRACTICE_TYPE_NAMES), what: 'a practice type', labels: Object.values(PRACTICE_TYPE_LABELS) },
  deliveryMode: { names: vocabulary(DELIVERY_MODES, DELIVERY_MODE_LABELS, DELIVERY_MODE_NAMES), what: 'a delivery mode', labels: Object.values(DELIVERY_MODE_LABELS) },
  digitalIssuance: { names: vocabulary(DIGITAL_ISSUANCE, DIGITAL_ISSUANCE_LABELS, DIGITAL_ISSUANCE_NAMES), what: 'a digital issuance', labels: Object.values(DIGITAL_ISSUANCE_LABELS) },
} as const;

const isEnumField = (field: string): field is keyof typeof ENUMS => field in ENUMS;

const DOMAIN_NAMES = vocabulary(TECHNOLOGY_DOMAINS, TECHNOLOGY_DOMAIN_LABELS, TECHNOLOGY_DOMAIN_NAMES);
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...BOOLEAN_NAMES.true.map((name) => [foldForMatching(name), true] as const),
  ...BOOLEAN_NAMES.false.map((name) => [foldForMatching(name), false] as const),
]);

const listing = (labels: readonly string[]): string => `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''}`;

function readEnum(field: keyof typeof ENUMS, text: string, context: CellContext): CellReading {
  const { names, what, labels } = ENUMS[field];
  const value = names.get(foldForMatching(text));
  return value === undefined ? failure(context, `${quoted(text)} is not ${what}; use one of ${listing(labels)}.`) : { ok: true, value };
}

function readBoolean(text: string, context: CellContext): CellReading {
  const value = BOOLEANS.get(foldForMatching(text));
  return value === undefined ? failure(context, `${quoted(text)} is neither yes nor no; write yes or no (sí/no, sim/não, kyllä/ei).`) : { ok: true, value };
}

/** "EV safety; ADAS | General": researchers separate lists with ; , | or line breaks. */
function readDomainList(text: string, context: CellContext): CellReading {
  const domains: TechnologyDomain[] = [];
  for (const item of text.split(/[;,|\r\n]+/).map((part) => part.trim()).filter((part) => part !== '')) {
    const domain = DOMAIN_NAMES.get(foldForMatching(item));
    if (domain === undefined) return failure(context, `${quoted(item)} is not a technology domain; use ${listing(Object.values(TECHNOLOGY_DOMAIN_LABELS))}.`);
    if (!domains.includes(domain)) domains.push(domain);
  }
  return { ok: true, value: domains };
}

/**
 * One source per line (as the export writes them), or per ";" in a one-line cell typed by hand:
 * "document" or "document (section)". The section runs from the first " (" to the final ")", so a
 * section may itself hold brackets, dashes or semicolons.
 */
function readSourceList(text: string): CellReading {
  const items = /[\r\n]/.test(text) ? text.split(/\r\n|\r|\n/) : text.split(';');
  const sources = items
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((item): PracticeSource => {
      const withSection = /^(.+?) \((.*)\)$/s.exec(item);
      return withSection ? { document: withSection[1]?.trim() ?? item, section: withSection[2]?.trim() ?? '' } : { document: item, section: '' };
    });
  return { ok: true, value: sources };
}

/** Scores are whole numbers 0 to 4; "2,5" is a mean, not a rater's score, and empty is "not rated". */
function readScore(text: string, context: CellContext): CellReading {
  const score = [0, 1, 2, 3, 4].find((level) => String(level) === text);
  return score === undefined
    ? failure(context, `${quoted(text)} is not a score; use a whole number from 0 to 4, or leave the cell empty for "not rated".`)
    : { ok: true, value: score };
}

/** Checks the value against the schema the practice form uses, and names the column if it fails. */
function validated(schema: z.ZodType, value: CellValue, text: string, context: CellContext): CellReading {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value };
  const message = result.error.issues[0]?.message ?? 'This value is not allowed';
  return failure(context, `${quoted(text)} cannot be used: ${message.replace(/\.?$/, '.')}`);
}

/** How a field column reads a cell's text, chosen once per column. */
function fieldReader(field: PracticeFieldTarget, context: CellContext): (text: string) => CellReading {
  const schema: z.ZodType = practicePatchSchema.shape[field];
  const check = (read: (text: string) => CellReading) => (text: string) => {
    const reading = read(text);
    return reading.ok ? validated(schema, reading.value, text, context) : reading;
  };
  // "España", "ES" and "ESP" are Spain; a country not known is kept as written (the plan lists it).
  if (field === 'country') return check((text) => ({ ok: true, value: canonicalCountry(text) ?? text }));
  switch (targetInfo(field).kind) {
    case 'number':
      return check((text) => {
        const number = parseNumber(text, context.numberFormat);
        return number.ok ? { ok: true, value: number.value } : failure(context, number.reason);
      });
    case 'boolean':
      return check((text) => readBoolean(text, context));
    case 'domain-list':
      return check((text) => readDomainList(text, context));
    case 'source-list':
      return check(readSourceList);
    case 'enum':
      return check((text) => (isEnumField(field) ? readEnum(field, text, context) : failure(context, `${quoted(text)} cannot be read for this column.`)));
    default:
      return check((text) => ({ ok: true, value: text }));
  }
}

/** How a column reads a cell's (non-empty, trimmed) text, and whether the readings are plain values that may be shared. */
function columnReader(target: ImportTarget, context: CellContext): { read: (text: string) => CellReading; shareable: boolean } {
  if (target === 'id') return { read: (text) => validated(idSchema, text, text, context), shareable: false };
  const dimension = dimensionOfTarget(target);
  if (dimension?.part === 'score') return { read: (text) => readScore(text, context), shareable: true };
  if (dimension?.part === 'narrative') {
    const schema = practicePatchSchema.shape.narratives.unwrap().valueType;
    return { read: (text) => validated(schema, text, text, context), shareable: false };
  }
  const checklist = checklistPartOf(target);
  if (checklist?.part === 'element') return { read: (text) => readElementStatus(text, context), shareable: true };
  if (checklist?.part === 'elementNote') {
    return {
      read: (text) => (text.length > 2000 ? failure(context, `${quoted(text)} cannot be used: a note is at most 2000 characters.`) : { ok: true, value: text }),
      shareable: false,
    };
  }
  if (checklist?.part === 'criterion') return { read: (text) => readBoolean(text, context), shareable: true };
  if (!isPracticeFieldTarget(target)) return { read: (text) => failure(context, `${quoted(text)} cannot be read for this column.`), shareable: false };
  const kind = targetInfo(target).kind;
  return { read: fieldReader(target, context), shareable: kind === 'number' || kind === 'boolean' || kind === 'enum' };
}

const EMPTY: CellReading = { ok: true, value: null };

/** Targets whose cells are read as they are, spaces and line breaks at either end included. */
function isFreeText(target: ImportTarget): boolean {
  if (dimensionOfTarget(target)?.part === 'narrative') return true;
  if (checklistPartOf(target)?.part === 'elementNote') return true;
  return isPracticeFieldTarget(target) && targetInfo(target).kind === 'text' && target !== 'country';
}
/** Enough for any vocabulary and most numeric columns; a column of mostly distinct numbers stops caching there. */
const MAX_KEPT_READINGS = 4096;

/**
 * The reader of one column: every cell of the column goes through it. Columns of categories,
 * yes/no and numbers repeat a few texts thousands of times, so each distinct text is read once.
 * Empty cells give `{ ok: true, value: null }` for every target, so the caller decides what
 * nothing means (leave the field out, or clear it).
 */
export function cellReader(target: ImportTarget, context: CellContext): (raw: string) => CellReading {
  const { read, shareable } = columnReader(target, context);
  const freeText = isFreeText(target);
  const checked = (raw: string, go: () => CellReading): CellReading => {
    const unstorable = unstorableReason(raw);
    return unstorable === null ? go() : failure(context, unstorable);
  };
  if (!shareable) {
    return (raw) => {
      if (raw.trim() === '') return EMPTY;
      return checked(raw, () => read(freeText ? readFreeText(raw) : readText(raw)));
    };
  }
  const kept = new Map<string, CellReading>();
  return (raw) => {
    const text = readText(raw);
    if (text === '') return EMPTY;
    const unstorable = unstorableReason(text);
    if (unstorable !== null) return failure(context, unstorable);
    let reading = kept.get(text);
    if (reading === undefined) {
      reading = read(text);
      if (kept.size < MAX_KEPT_READINGS) kept.set(text, reading);
    }
    return reading;
  };
}

/** The value of one cell for its target (one cell; a whole column goes through `cellReader`). */
export function readCell(target: ImportTarget, raw: string, context: CellContext): CellReading {
  return cellReader(target, context)(raw);
}

const STATUS_NAMES = vocabulary(ELEMENT_STATUSES, ELEMENT_STATUS_LABELS, ELEMENT_STATUS_TRANSLATIONS);

/** Yes, partly, no or unknown, in the four languages (sí, parcialmente, não, tuntematon...). */
function readElementStatus(text: string, context: CellContext): CellReading {
  const value = STATUS_NAMES.get(foldForMatching(text));
  return value === undefined ? failure(context, `${quoted(text)} is not yes, partly, no or unknown.`) : { ok: true, value };
}
