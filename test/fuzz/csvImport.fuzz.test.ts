/**
 * Random and mutated CSV files through the import operations, as a host hands them over: every
 * outcome is an envelope (never a throw); a preview and a check never write; an import that is
 * refused leaves the dataset exactly as it was, and one that is accepted undoes to it exactly.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TEXT_ENCODINGS } from '../../data/import/decode.js';
import { IMPORT_TARGETS } from '../../data/practices/schemas.js';
import type { ImportResult } from '../../data/import/model.js';
import type { Store } from '../../data/store/store.js';
import { client } from '../support/apiClient.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { envelopeSchema, fuzzParameters, mutate, mutation, smallStore } from './fuzzSupport.js';

const tmp = tempDir();
const { store, raterId } = smallStore(tmp.file('csv-fuzz.acmap'));
const api = client(store);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

const fixtureDir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /\.(csv|txt)$/.test(name))
  .map((name) => readFileSync(`${fixtureDir}${name}`));

const HEADERS = ['Practice id', 'Id', 'Name', 'Nombre', 'Nimi', 'Country', 'País', 'Hours', 'Horas', 'Provider', 'Parent id', 'Governance', 'Governance score', 'Case study', 'Scope', 'Rater', 'Dimension', 'Score', 'Evidence', ''];
const CELL = fc.oneof(
  fc.constantFrom('es-cat', 'fi-ev', 'pt-hv', 'new-1', raterId, 'Spain', 'Finland', 'EU', '82,5', '1.234,5', '-3', '4', 'true', 'sí', '=1+1', "'=SUM(A1)", ''),
  // No NUL here: a NUL makes the whole file binary, which the random bytes above cover.
  fc.string({ unit: fc.constantFrom('a', 'ñ', 'ö', '€', '😀', '"', ';', ',', '\t', '\n', '\r', ' ', '\ufeff', '1', '.') }),
);

/** Mostly what a person would send, sometimes what no one should: both paths get exercised. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
/** Options are usually left to detection, as in the app. */
const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: value, weight: 1 });

/** A file that looks like a real export: known headers, cells with quotes, delimiters and line breaks. */
const structuredCsv: fc.Arbitrary<Buffer> = fc
  .record({
    // Usually the columns an import needs first (id, name, country), then anything.
    leading: fc.oneof({ arbitrary: fc.constant(['Practice id', 'Name', 'Country']), weight: 3 }, fc.constant(['Nombre', 'País']), fc.constant([] as string[])),
    headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string()), { maxLength: 6 }),
    rows: fc.array(fc.tuple(fc.constantFrom('es-cat', 'fi-ev', 'new-1', 'new-2', 'new-3', ''), CELL, fc.constantFrom('Spain', 'Finland', 'Portugal', 'EU', ''), fc.array(CELL, { maxLength: 6 })), { maxLength: 10 }),
    delimiter: mostly(fc.constantFrom(';', ',', '\t'), fc.constant('|')),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    quoteAll: fc.boolean(),
    encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'latin1'),
  })
  .map(({ leading, headers, rows, delimiter, newline, quoteAll, encoding }) => {
    const cell = (text: string) => (quoteAll || /[";,\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    const lines = [[...leading, ...headers], ...rows.map(([id, name, country, rest]) => (leading.length === 3 ? [id, name, country, ...rest] : [name, country, ...rest]))];
    const text = lines.map((row) => row.map(cell).join(delimiter)).join(newline);
    if (encoding === 'utf8') return Buffer.from(text, 'utf8');
    if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    if (encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return Buffer.from(text, 'latin1');
  });

const csvBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
  fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([bytes, mutations]) => mutate(bytes, mutations)),
  { arbitrary: structuredCsv, weight: 4 },
  fc.tuple(structuredCsv, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([bytes, mutations]) => mutate(bytes, mutations)),
);

const file = fc
  .record({ name: mostly(fc.constant('sheet.csv'), fc.string({ maxLength: 600 })), bytes: csvBytes })
  .map(({ name, bytes }) => ({ name, contentBase64: bytes.toString('base64') }));
const readOptions = {
  encoding: maybe(mostly(fc.constantFrom(...TEXT_ENCODINGS), fc.constantFrom('latin-1', 'ebcdic'))),
  delimiter: maybe(mostly(fc.constantFrom(',', ';', '\t'), fc.constant('|'))),
};
const columnIndex = mostly(fc.nat({ max: 12 }).map(String), fc.constantFrom('-1', '99999', 'x'));
const runOptions = {
  ...readOptions,
  key: maybe(mostly(fc.constantFrom('id', 'nameCountry'), fc.constant('name'))),
  mapping: maybe(fc.dictionary(columnIndex, fc.option(mostly(fc.constantFrom(...IMPORT_TARGETS.map((t) => t.target)), fc.constant('bogus')), { nil: null }), { maxKeys: 3 })),
  numberFormats: maybe(fc.dictionary(columnIndex, mostly(fc.constantFrom('comma', 'point'), fc.constant('both')), { maxKeys: 3 })),
  raterId: maybe(mostly(fc.constant(raterId), fc.constantFrom('nobody', ''))),
};
/** Drops the options fast-check left out, as a host would never send them. */
const defined = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));

/** The records themselves, without the history that an import and its undo add to. */
function dataOf(current: Store) {
  const { change_sets: _sets, changes: _changes, ...rest } = snapshot(current.db);
  return rest;
}

function expectEnvelope(result: unknown): void {
  const parsed = envelopeSchema.safeParse(result);
  expect(parsed.success, JSON.stringify(result).slice(0, 500)).toBe(true);
}

describe('random and mutated CSV files', () => {
  it('import.preview and import.check answer with an envelope and never write', () => {
    let read = 0;
    fc.assert(
      fc.property(file, fc.record(readOptions), fc.record(runOptions), (f, readOptions, run) => {
        const before = snapshot(store.db);
        const preview = api.raw('import.preview', defined({ file: f, ...readOptions }));
        expectEnvelope(preview);
        expectEnvelope(api.raw('import.check', defined({ file: f, ...run })));
        expect(snapshot(store.db)).toEqual(before);
        if (preview.ok) read++;
      }),
      fuzzParameters(120),
    );
    // The generators reach past validation into the reader, not only into refusals.
    expect(read).toBeGreaterThan(10);
  });

  it('import.run writes all of an accepted file, undoably, and nothing of a refused one', () => {
    let committed = 0;
    fc.assert(
      fc.property(file, fc.record(runOptions), (f, run) => {
        const before = snapshot(store.db);
        const result = api.raw('import.run', defined({ file: f, ...run, dryRun: false }));
        expectEnvelope(result);
        if (!result.ok || !(result.value as ImportResult).committed) {
          expect(snapshot(store.db)).toEqual(before);
          return;
        }
        committed++;
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const undone = api.raw('history.undo', {});
        expect(undone.ok, JSON.stringify(undone)).toBe(true);
        const { change_sets: _s, changes: _c, ...beforeData } = before;
        expect(dataOf(store)).toEqual(beforeData);
      }),
      fuzzParameters(120),
    );
    expect(committed).toBeGreaterThan(5);
  });
});
