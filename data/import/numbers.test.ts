import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../exports/csv.js';
import { tidyNumber } from '../exports/dataTable.js';
import { detectNumberFormat, parseNumber, type NumberFormat } from './numbers.js';
import { fixtureBytes, readTable } from './testSupport.js';

const value = (text: string, format: NumberFormat): number | null => {
  const reading = parseNumber(text, format);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.value;
};
const reason = (text: string, format: NumberFormat): string => {
  const reading = parseNumber(text, format);
  if (reading.ok) throw new Error(`${text} was read as ${String(reading.value)}`);
  return reading.reason;
};

describe('parseNumber with a decimal comma', () => {
  it('reads the ways Spanish, Portuguese and Finnish spreadsheets write numbers', () => {
    expect(value('82,5', 'comma')).toBe(82.5);
    expect(value('1.234,5', 'comma')).toBe(1234.5);
    expect(value('1 234,5', 'comma')).toBe(1234.5);
    expect(value('1\u00a0234,5', 'comma')).toBe(1234.5);
    expect(value('1\u202f234,5', 'comma')).toBe(1234.5);
    expect(value('1.234.567', 'comma')).toBe(1234567);
    expect(value('1.234', 'comma')).toBe(1234);
    expect(value('0,5', 'comma')).toBe(0.5);
    expect(value(',5', 'comma')).toBe(0.5);
    expect(value('-2,5', 'comma')).toBe(-2.5);
    expect(value('\u22122,5', 'comma')).toBe(-2.5);
    expect(value('+3', 'comma')).toBe(3);
    expect(value('  40  ', 'comma')).toBe(40);
    expect(value('1,5e-7', 'comma')).toBe(1.5e-7);
    expect(value('-0', 'comma')).toBe(0);
  });

  it('reads an empty cell as unknown, not 0', () => {
    expect(value('', 'comma')).toBeNull();
    expect(value('   ', 'comma')).toBeNull();
  });

  it('refuses a decimal point instead of reading 82.5 as 825', () => {
    expect(reason('82.5', 'comma')).toBe('"82.5" does not look like a number written with a decimal comma, such as 82,5 or 1.234,5.');
    expect(reason('1,234.5', 'comma')).toMatch(/decimal comma/);
  });

  it('accepts thousands separators only in groups of three, and only one kind of them', () => {
    for (const text of ['1.23,5', '1.2345', '12.34', '1.234 567', '1 23,5', '1,2,3', '1..234']) {
      expect(parseNumber(text, 'comma').ok, text).toBe(false);
    }
  });

  it('explains percentages, formulas and words', () => {
    expect(reason('82,5 %', 'comma')).toBe('"82,5 %" is a percentage; write the number without the % sign.');
    expect(reason('=1+1', 'comma')).toBe('"=1+1" is a spreadsheet formula, not a number; paste the value instead.');
    expect(reason('about 40', 'comma')).toBe('"about 40" is not a number.');
    expect(reason('1e999', 'comma')).toBe('"1e999" is too large to be a number.');
  });
});

describe('parseNumber with a decimal point', () => {
  it('reads English-style numbers and refuses decimal commas', () => {
    expect(value('82.5', 'point')).toBe(82.5);
    expect(value('1,234.5', 'point')).toBe(1234.5);
    expect(value('1,234', 'point')).toBe(1234);
    expect(value('1 234.5', 'point')).toBe(1234.5);
    expect(value('-1.5e-7', 'point')).toBe(-1.5e-7);
    expect(reason('82,5', 'point')).toBe('"82,5" does not look like a number written with a decimal point, such as 82.5 or 1,234.5.');
    expect(parseNumber('1,23.5', 'point').ok).toBe(false);
  });
});

describe('detectNumberFormat', () => {
  it('lets any value that can be read only one way decide', () => {
    expect(detectNumberFormat(['82,5'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['82.5'], 'comma')).toEqual({ format: 'point', ambiguous: false });
    expect(detectNumberFormat(['1.234', '12', '82,5'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1,234.5'], 'comma')).toEqual({ format: 'point', ambiguous: false });
    expect(detectNumberFormat(['1.234,5'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1 234,5'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1 234,567'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['0,250'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1234,567'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1,234,567'], 'comma')).toEqual({ format: 'point', ambiguous: false });
    expect(detectNumberFormat(['1.234.567'], 'point')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat(['1,5e-7'], 'point')).toEqual({ format: 'comma', ambiguous: false });
  });

  it('uses the fallback and says so when "1,234" or "1.234" is all there is', () => {
    expect(detectNumberFormat(['1,234'], 'point')).toEqual({ format: 'point', ambiguous: true });
    expect(detectNumberFormat(['1.234', '12', ''], 'comma')).toEqual({ format: 'comma', ambiguous: true });
  });

  it('is not ambiguous when the format does not matter (whole numbers, empty cells, words)', () => {
    expect(detectNumberFormat(['12', '7', '', 'n/a', '-3'], 'comma')).toEqual({ format: 'comma', ambiguous: false });
    expect(detectNumberFormat([], 'point')).toEqual({ format: 'point', ambiguous: false });
  });

  it('takes the majority when values disagree, and marks the guess ambiguous (the others then fail to parse)', () => {
    expect(detectNumberFormat(['82,5', '1,5', '82.5'], 'point')).toEqual({ format: 'comma', ambiguous: true });
    expect(detectNumberFormat(['82,5', '82.5'], 'point')).toEqual({ format: 'point', ambiguous: true });
  });

  it('reads the columns of the decimal-comma fixture', () => {
    const table = readTable(fixtureBytes('utf8-semicolon-decimal-comma.csv'));
    const column = (header: string): number[] => {
      const index = table.header.cells.indexOf(header);
      const guess = table.numberFormats[index];
      if (guess === undefined || guess === null) throw new Error(`${header} is not a number column`);
      return table.records.map((row) => value(row.cells[index] ?? '', guess.format) ?? Number.NaN);
    };
    expect(table.numberFormats).toEqual([null, { format: 'comma', ambiguous: false }, { format: 'comma', ambiguous: false }, { format: 'comma', ambiguous: true }]);
    expect(column('Hours')).toEqual([82.5, 1234.5, 1234.5, 1234.5]);
    expect(column('ECTS')).toEqual([0.5, 1.5, Number.NaN, -2.5]);
    // "1.234" alone is ambiguous; a ";" file falls back to the decimal comma, so it is 1234 providers.
    expect(column('Registered providers')).toEqual([1234, 12, 7, Number.NaN]);
  });
});

describe('numbers written by our CSV writer read back unchanged', () => {
  it('in both decimal marks, for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (number) => {
        const expected = tidyNumber(number) === 0 ? 0 : tidyNumber(number);
        expect(value(formatNumber(number, ','), 'comma')).toBe(expected);
        expect(value(formatNumber(number, '.'), 'point')).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('as Intl formats them for Spain, Portugal, Finland and the UK, thousands separators included', () => {
    const locales: [string, NumberFormat][] = [['es-ES', 'comma'], ['pt-PT', 'comma'], ['fi-FI', 'comma'], ['en-GB', 'point']];
    const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (number) => {
        const expected = Number(plain.format(number));
        for (const [locale, format] of locales) {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(number);
          expect(value(text, format), `${locale} ${text}`).toBe(expected === 0 ? 0 : expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
