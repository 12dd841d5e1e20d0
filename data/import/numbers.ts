/**
 * Numbers as spreadsheets in Spain, Portugal and Finland write them ("82,5", "1.234,5", "1 234,5")
 * and as English ones do ("82.5", "1,234.5"). Reading "82,5" as 825 loses data without a trace,
 * so a number that does not fit the column's format is an error, never a different number.
 */
import type { Delimiter } from './dialect.js';

export type NumberFormat = 'comma' | 'point';

export const NUMBER_FORMAT_LABELS: Record<NumberFormat, string> = {
  comma: 'decimal comma (82,5 or 1.234,5)',
  point: 'decimal point (82.5 or 1,234.5)',
};

export interface NumberFormatGuess {
  format: NumberFormat;
  /** True when no value settled the question (only "1,234"-like values) or values disagreed. */
  ambiguous: boolean;
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; reason: string };

/** Spaces that group thousands: plain, no-break (Excel in Finland and Portugal) and narrow no-break. */
const SPACE_GROUPS = /[ \u00A0\u202F]/g;
const SIGN = /^[+\-\u2212]/;

/** Excel writes ";" where the decimal mark is a comma, so a semicolon or tab file suggests commas. */
export function numberFormatFallback(delimiter: Delimiter): NumberFormat {
  return delimiter === ',' ? 'point' : 'comma';
}

type Evidence = NumberFormat | 'ambiguous' | 'none';

/** A single "," or "." followed by exactly three digits could be a decimal mark or a thousands separator. */
function singleSeparatorEvidence(digits: string, separator: ',' | '.', spaceGrouped: boolean): Evidence {
  const decimalIsThis: NumberFormat = separator === ',' ? 'comma' : 'point';
  const thousandsIsThis: NumberFormat = separator === ',' ? 'point' : 'comma';
  const parts = digits.split(separator);
  if (parts.length > 2) return thousandsIsThis; // "1.234.567": only thousands repeat
  const [whole = '', fraction = ''] = parts;
  // With spaces grouping the thousands, the one mark left is the decimal mark ("1 234,567").
  if (spaceGrouped || fraction.length !== 3) return decimalIsThis;
  // "0,250" or "1234,567" cannot be thousands grouping.
  if (whole === '' || whole.startsWith('0') || whole.length > 3) return decimalIsThis;
  return 'ambiguous';
}

/** Cheap tests that settle most text cells: a number starts with a digit, a mark or a sign, and evidence needs a mark. */
const NUMBER_START = /^\s*[\d.,+\-\u2212]/;
const MARK = /[.,]/;

function evidenceOf(value: string): Evidence {
  if (!MARK.test(value) || !NUMBER_START.test(value)) return 'none';
  const unsigned = value.trim().replace(SIGN, '');
  const spaceGrouped = /^\d{1,3}([ \u00A0\u202F]\d{3})+([.,]\d*)?$/.test(unsigned);
  const digits = unsigned.replace(SPACE_GROUPS, '');
  const exponent = /^\d*([.,])\d+[eE][+-]?\d+$/.exec(digits);
  if (exponent) return exponent[1] === ',' ? 'comma' : 'point';
  if (!/^[\d.,]*\d[\d.,]*$/.test(digits)) return 'none';
  const lastComma = digits.lastIndexOf(',');
  const lastPoint = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? 'comma' : 'point';
  if (lastComma >= 0) return singleSeparatorEvidence(digits, ',', spaceGrouped);
  if (lastPoint >= 0) return singleSeparatorEvidence(digits, '.', spaceGrouped);
  return 'none';
}

/**
 * What one column's cells say about its decimal mark, counted a cell at a time (so a file read in
 * pieces is counted as it goes). Any value that can only be read one way decides; when values
 * disagree the majority wins and the guess is marked ambiguous (the minority then fails to parse,
 * visibly). With no deciding value the fallback is used.
 */
export class NumberEvidence {
  private comma = 0;
  private point = 0;
  private ambiguousValues = 0;

  add(value: string): void {
    const evidence = evidenceOf(value);
    if (evidence === 'comma') this.comma += 1;
    else if (evidence === 'point') this.point += 1;
    else if (evidence === 'ambiguous') this.ambiguousValues += 1;
  }

  guess(fallback: NumberFormat): NumberFormatGuess {
    const { comma, point } = this;
    if (comma > 0 && point === 0) return { format: 'comma', ambiguous: false };
    if (point > 0 && comma === 0) return { format: 'point', ambiguous: false };
    if (comma > 0 && point > 0) return { format: comma === point ? fallback : comma > point ? 'comma' : 'point', ambiguous: true };
    return { format: fallback, ambiguous: this.ambiguousValues > 0 };
  }
}

/** The decimal mark of one column (NumberEvidence over its values). */
export function detectNumberFormat(values: readonly string[], fallback: NumberFormat): NumberFormatGuess {
  const evidence = new NumberEvidence();
  for (const value of values) evidence.add(value);
  return evidence.guess(fallback);
}

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Grouped ("1.234.567,5", "1 234,5") or plain ("1234,5", ",5", "1,5e-7") in one format. */
function numberPattern(format: NumberFormat): RegExp {
  const decimal = escapeForRegExp(format === 'comma' ? ',' : '.');
  const group = `[${escapeForRegExp(format === 'comma' ? '.' : ',')} \\u00A0\\u202F]`;
  // The backreference keeps one thousands separator throughout ("1.234 567" is not a number).
  const grouped = `\\d{1,3}(${group})\\d{3}(?:\\1\\d{3})*(?:${decimal}\\d+)?`;
  const plain = `(?:\\d+(?:${decimal}\\d+)?|${decimal}\\d+)(?:[eE][+-]?\\d+)?`;
  return new RegExp(`^(?:${grouped}|${plain})$`);
}

const PATTERNS: Record<NumberFormat, RegExp> = { comma: numberPattern('comma'), point: numberPattern('point') };

function notANumberReason(text: string, format: NumberFormat): string {
  const other: NumberFormat = format === 'comma' ? 'point' : 'comma';
  const unsigned = text.replace(SIGN, '');
  if (PATTERNS[other].test(unsigned)) {
    return format === 'comma'
      ? `"${text}" does not look like a number written with a decimal comma, such as 82,5 or 1.234,5.`
      : `"${text}" does not look like a number written with a decimal point, such as 82.5 or 1,234.5.`;
  }
  if (/%$/.test(text)) return `"${text}" is a percentage; write the number without the % sign.`;
  if (/^[=@]/.test(text)) return `"${text}" is a spreadsheet formula, not a number; paste the value instead.`;
  return `"${text}" is not a number.`;
}

/**
 * One cell as a number in the given format; an empty cell is null (unknown). A thousands separator
 * is accepted only in groups of three, so "82.5" under decimal comma is an error, not 825.
 */
export function parseNumber(text: string, format: NumberFormat): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const negative = /^[-\u2212]/.test(trimmed);
  const unsigned = trimmed.replace(SIGN, '');
  if (!PATTERNS[format].test(unsigned)) return { ok: false, reason: notANumberReason(trimmed, format) };
  const decimal = format === 'comma' ? ',' : '.';
  const thousands = format === 'comma' ? '.' : ',';
  const plain = unsigned.replace(SPACE_GROUPS, '').split(thousands).join('').replace(decimal, '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${trimmed}" is too large to be a number.` };
  // "-0" is written for a tiny negative value rounded away; it means zero.
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
