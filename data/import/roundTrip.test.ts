/**
 * The whole reading chain (bytes → encoding → text → delimiter → rows → cells) against our own
 * writer, the seed's real comparison export, the remaining fixtures, and a large file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { DIMENSION_IDS } from '../domain/domain.js';
import { CSV_PRESETS, toCsv, type CsvDialect } from '../exports/csv.js';
import { tidyNumber, type Cell, type DataTable, type TableColumn } from '../exports/dataTable.js';
import { practiceFieldsSchema } from '../practices/schemas.js';
import { openSeededStore } from '../seed/seed.js';
import { readText, removeFormulaGuard } from './cells.js';
import { decodeText, detectEncoding } from './decode.js';
import { detectDelimiter, parseCsv } from './dialect.js';
import { detectNumberFormat, numberFormatFallback, parseNumber } from './numbers.js';
import { fixtureBytes, largeFileRow, readRecords, readTable, writeLargeCsvFile } from './testSupport.js';

const PRESETS: [string, CsvDialect][] = [
  ['standard', CSV_PRESETS.standard],
  ['excel-europe', CSV_PRESETS['excel-europe']],
];

/** Text that survives a spreadsheet: no surrounding spaces (import trims) and not itself looking like our formula mark. */
const importableText = (chars: fc.Arbitrary<string>, minLength: number): fc.Arbitrary<string> =>
  fc
    .array(chars, { minLength, maxLength: 10 })
    .map((parts) => parts.join(''))
    .filter((text) => text === text.trim() && removeFormulaGuard(text) === text && text.length >= minLength);

const CELL_CHARS = fc.constantFrom('a', 'Z', 'á', 'ñ', 'ç', 'ã', 'ö', 'Ä', '€', '“', '”', '😀', ' ', '\u00a0', ',', ';', '"', '\n', '\r', '\r\n', '\t', '=', '+', '-', '@', "'", '1', '.');
/** Headers hold no delimiter: with ";" and "," in the same header line the file itself is ambiguous (see dialect.test). */
const HEADER_CHARS = fc.constantFrom('a', 'Z', 'á', 'ñ', 'ö', ' ', '=', '+', '-', '@', '1', '€', "'");

const numberCell: fc.Arbitrary<number | null> = fc.option(
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(1.234, 1234, 0.5, 1234.5, -0)),
  { nil: null },
);

const tableArbitrary: fc.Arbitrary<DataTable> = fc
  .array(fc.record({ label: importableText(HEADER_CHARS, 1), kind: fc.constantFrom<TableColumn['kind']>('text', 'number') }), { minLength: 2, maxLength: 5 })
  .chain((columns) =>
    fc
      .array(fc.tuple(...columns.map((column): fc.Arbitrary<Cell> => (column.kind === 'number' ? numberCell : fc.option(importableText(CELL_CHARS, 0), { nil: null })))), { maxLength: 8 })
      .map((rows): DataTable => ({ title: 'Property', columns, rows })),
  );

const isEmptyCell = (cell: Cell): boolean => cell === null || cell === '';
const sameNumber = (value: number): number => (tidyNumber(value) === 0 ? 0 : tidyNumber(value));

describe('a table written by toCsv reads back unchanged', () => {
  it.each(PRESETS)('in the %s preset: texts through readText, numbers through the detected format', (_name, dialect) => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const bytes = new TextEncoder().encode(toCsv(table, dialect));
        const encoding = detectEncoding(bytes);
        expect(encoding).toBe(dialect.byteOrderMark ? 'utf-8-bom' : 'utf-8');
        const text = decodeText(bytes, encoding);
        const delimiter = detectDelimiter(text);
        expect(delimiter).toBe(dialect.delimiter);
        const { rows, problems } = parseCsv(text, delimiter);
        expect(problems).toEqual([]);
        const [header, ...records] = rows;
        expect(header?.cells.map(readText)).toEqual(table.columns.map((column) => column.label));
        // A row with nothing in it is a blank line to a reader, so it is not read back.
        const expectedRows = table.rows.filter((row) => !row.every(isEmptyCell));
        expect(records).toHaveLength(expectedRows.length);
        table.columns.forEach((column, index) => {
          const raw = records.map((record) => record.cells[index] ?? '');
          const expected = expectedRows.map((row) => row[index] ?? null);
          if (column.kind === 'text') {
            expect(raw.map(readText)).toEqual(expected.map((cell) => cell ?? ''));
            return;
          }
          const { format } = detectNumberFormat(raw, numberFormatFallback(delimiter));
          expect(raw.map((cell) => parseNumber(cell, format))).toEqual(
            expected.map((cell) => ({ ok: true, value: typeof cell === 'number' ? sameNumber(cell) : null })),
          );
        });
      }),
      { numRuns: 400 },
    );
  });

  it.each(PRESETS)('the %s fixture is exactly what toCsv writes today, and reads back', (name, dialect) => {
    const table: DataTable = {
      title: 'Fixture',
      columns: [
        { label: 'Practice', kind: 'text' },
        { label: 'Country', kind: 'text' },
        { label: 'Governance', kind: 'text' },
        { label: 'Governance score', kind: 'number' },
      ],
      rows: [
        ['Catálogo; Mecatrónica', 'Spain', 'Anclado en "CNQ"\nsegunda línea', 2.5],
        ['Sähköauton huolto', 'Finland', '=1+1', -1],
        ['Formação', 'Portugal', null, 1234.5],
      ],
    };
    const bytes = fixtureBytes(`export-${name}.csv`);
    expect(new TextDecoder().decode(bytes, { stream: false })).toBe(toCsv(table, dialect).replace(/^\uFEFF/, ''));
    const read = readTable(bytes);
    expect(read.records.map((row) => row.cells.slice(0, 3).map(readText))).toEqual([
      ['Catálogo; Mecatrónica', 'Spain', 'Anclado en "CNQ"\nsegunda línea'],
      ['Sähköauton huolto', 'Finland', '=1+1'],
      ['Formação', 'Portugal', ''],
    ]);
    // 2.5 is a mean of raters, not a score anyone gave: the import says so instead of rounding it.
    expect(readRecords(read).map((row) => row.errors)).toEqual([
      [`Line 2. Column "Governance score": "${name === 'standard' ? '2.5' : '2,5'}" is not a score; use a whole number from 0 to 4, or leave the cell empty for "not rated".`],
      ['Line 4. Column "Governance score": "-1" is not a score; use a whole number from 0 to 4, or leave the cell empty for "not rated".'],
      [`Line 5. Column "Governance score": "${name === 'standard' ? '1234.5' : '1234,5'}" is not a score; use a whole number from 0 to 4, or leave the cell empty for "not rated".`],
    ]);
  });
});

describe('the seed\'s comparison table, exported by the app and imported again', () => {
  const { api } = storeForFile('seed.acmap', openSeededStore);

  it.each(['csv', 'csv-excel'] as const)('as %s: every name, country, narrative and score comes back', (format) => {
    const input = { filter: { withNarratives: true }, sort: { field: 'practiceNumber' as const, desc: false } };
    const compare = api.value('analysis.compare', input);
    const file = api.value('analysis.export', { view: 'compare', input, cells: 'both', format });
    const table = readTable(new TextEncoder().encode(file.content));
    expect(table.delimiter).toBe(format === 'csv' ? ',' : ';');
    expect(table.problems).toEqual([]);
    const rows = readRecords(table);
    expect(rows).toHaveLength(compare.rows.length);
    rows.forEach((row, i) => {
      const expected = compare.rows[i];
      if (expected === undefined) throw new Error(`no row ${i}`);
      expect(row.errors).toEqual([]);
      expect(row.patch.name).toBe(expected.name);
      expect(row.patch.country).toBe(expected.country);
      for (const dimension of DIMENSION_IDS) {
        const cell = expected.cells[dimension];
        expect(row.scores[dimension] ?? null).toBe(cell.score);
        const narratives = (row.patch.narratives ?? {}) as Record<string, string | undefined>;
        expect(narratives[dimension] ?? null).toBe(cell.narrative === null || cell.narrative.trim() === '' ? null : cell.narrative.trim());
      }
      expect(practiceFieldsSchema.safeParse(row.patch).success).toBe(true);
    });
  });
});

describe('the other fixtures through the whole chain', () => {
  it('reads the Portuguese "CSV UTF-8" and the Finnish "Unicode text" files', () => {
    const portuguese = readRecords(readTable(fixtureBytes('utf8-bom-semicolon.csv')));
    expect(portuguese.map((row) => [row.patch, row.scores, row.errors])).toEqual([
      [{ name: 'Formação em veículos elétricos', country: 'Portugal', hours: 25.5, deliveryMode: 'hybrid', narratives: { governance: 'Quadro nacional (CNQ)' } }, { governance: 3 }, []],
      [{ name: 'Técnico de manutenção', country: 'Portugal', hours: 1000, deliveryMode: 'in_person' }, {}, []],
    ]);
    const finnish = readRecords(readTable(fixtureBytes('utf16le-bom-tab.txt')));
    expect(finnish.map((row) => [row.patch, row.scores, row.errors])).toEqual([
      [{ name: 'Sähköauton huolto', country: 'Finland', hours: 40.5, deliveryMode: 'in_person', caseStudy: true }, { governance: 2 }, []],
      [{ name: 'Sähkötyöturvallisuus SFS 6002', country: 'Finland', hours: 14, deliveryMode: 'hybrid', caseStudy: false }, {}, []],
    ]);
  });

  it('reads formula cells: removes our mark from text, reads -1 and +5 as numbers, refuses a formula as a number', () => {
    const table = readTable(fixtureBytes('formula-cells.csv'));
    expect(table.numberFormats[2]).toEqual({ format: 'point', ambiguous: false });
    const cellsOf = (column: number): string[] => table.records.map((record) => record.cells[column] ?? '');
    expect(cellsOf(0).map(readText)).toEqual(['Guarded formula', 'Guarded phone', 'Guarded at', 'Guarded tab', 'Raw formula', 'Apostrophe kept', '=HYPERLINK("http://x")']);
    expect(cellsOf(3).map(readText)).toEqual(['=1+1', '+34 600 000 000', '@SUM(A1)', '\tcmd', '=1+1', "'-1", '-2 apples']);
    expect(cellsOf(2).map((cell) => parseNumber(cell, 'point'))).toEqual([
      { ok: true, value: -1 },
      { ok: true, value: 5 },
      { ok: true, value: -0.5 },
      { ok: true, value: null },
      { ok: false, reason: '"=1+1" is a spreadsheet formula, not a number; paste the value instead.' },
      { ok: true, value: 0 },
      { ok: true, value: null },
    ]);
    // Negative hours are numbers the practice schema refuses: reported with line, column and value.
    expect(readRecords(table).flatMap((row) => row.errors)).toEqual([
      'Line 2. Column "Hours": "-1" cannot be used: Hours must be at least 0.',
      'Line 4. Column "Hours": "-0.5" cannot be used: Hours must be at least 0.',
      'Line 6. Column "Hours": "=1+1" is a spreadsheet formula, not a number; paste the value instead.',
    ]);
  });

  it('refuses binary files before decoding, and finds no rows in an empty file', () => {
    expect(() => readTable(fixtureBytes('binary-junk.csv'))).toThrow('This is a PNG image, not a CSV file.');
    expect(() => readTable(fixtureBytes('random-bytes.csv'))).toThrow(/binary data/);
    expect(() => readTable(fixtureBytes('empty.csv'))).toThrow('The file has no rows.');
    expect(() => readTable(fixtureBytes('blank-lines-only.csv'))).toThrow('The file has no rows.');
  });
});

describe('a large file', () => {
  // 5 MB by default to keep the suite quick; AUTOCREDIFY_LARGE_CSV_MB=50 runs the 50 MB case.
  const megabytes = Number(process.env.AUTOCREDIFY_LARGE_CSV_MB ?? '5');
  const tmp = tempDir('autocredify-large-csv-');
  afterAll(() => tmp.cleanup());

  it(`of ${megabytes} MB reads completely, with the right lines and values`, () => {
    const path = tmp.file('large.csv');
    const written = writeLargeCsvFile(path, megabytes * 1024 * 1024);
    const started = Date.now();
    const table = readTable(new Uint8Array(readFileSync(path)));
    const elapsed = Date.now() - started;
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.delimiter).toBe(';');
    expect(table.problems).toEqual([]);
    expect(table.records).toHaveLength(written.records);
    expect(table.numberFormats[2]).toEqual({ format: 'comma', ambiguous: false });
    for (const index of [0, 1, 9, 10, 11, 12345 % written.records, written.records - 1]) {
      const record = table.records[index];
      const expected = largeFileRow(index);
      // Every tenth row has a two-line note, so row i starts on line 2 + i + ceil(i / 10).
      expect(record?.line).toBe(2 + index + Math.ceil(index / 10));
      expect(record?.cells).toEqual([expected.name, 'Spain', expected.hours, expected.notes, expected.score]);
    }
    expect(elapsed).toBeLessThan(megabytes * 1000);
  }, 120_000);
});
