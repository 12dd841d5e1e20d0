/**
 * Random input to every operation of the contract, as any host could pass it (JSON over HTTP,
 * structured clones over IPC, anything from the command line): dispatch never throws, always
 * answers with an envelope that survives JSON, refuses what the operation's schema refuses with
 * invalid_input, and changes nothing when it refuses.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../data/contract/dispatch.js';
import { OPERATION_NAMES, operations } from '../../data/contract/contract.js';
import { DIMENSION_IDS } from '../../data/domain/domain.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { envelopeSchema, fuzzParameters, smallStore } from './fuzzSupport.js';

const tmp = tempDir();
const { store, raterId } = smallStore(tmp.file('api-fuzz.acmap'));
afterAll(() => {
  store.close();
  tmp.cleanup();
});

/** Field names the schemas use: random objects built from them get past the first checks more often. */
const KEYS = [
  'id', 'ids', 'fields', 'filter', 'sort', 'desc', 'limit', 'offset', 'practiceId', 'dimension', 'dimensions', 'raterId', 'raters', 'value', 'evidence',
  'confidence', 'name', 'team', 'version', 'target', 'targets', 'groupBy', 'measures', 'cells', 'format', 'view', 'file', 'key', 'mapping', 'dryRun',
  'operation', 'input', 'currentRaterId', 'hiddenColumns', 'search', 'country', 'countryGroup', 'resolutions', 'hours', 'parentId', 'narratives',
  'sources', 'document', 'section', 'contentBase64', 'encoding', 'delimiter', 'numberFormats', 'element', 'elements', 'criteria', 'field', 'text',
  'status', 'note', 'scores', 'withNarratives', 'extras', 'caseStudy', 'practiceType', 'level', 'blindMode', 'hierarchy', '__proto__', 'constructor',
];

const leaf = fc.oneof(
  fc.constantFrom('es-cat', 'fi-ev', 'pt-hv', 'missing', raterId, ...DIMENSION_IDS, 'Spain', 'Finland', 'EU', 'countryGroup', 'name', 'csv', 'csv-excel', 'xlsx', 'md', 'json', 'html'),
  fc.constantFrom('import.run', 'merge.run', 'practices.delete', 'high', 'medium', 'low', 'practices', 'scores', 'compare', 'gaps', 'ours', 'theirs', 'UEs='),
  fc.integer({ min: -3, max: 5 }),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308)),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
);

const { plausible } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('plausible'), fc.array(tie('value'), { maxLength: 4 })),
  plausible: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
}));

/** Also what only IPC's structured clone or a buggy caller could send: Maps, Dates, BigInts, sparse arrays. */
const input = fc.oneof(
  { arbitrary: plausible, weight: 4 },
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom(undefined, null, {}, [], '', 0, 'null'),
);

function checkOne(operation: unknown, given: unknown): void {
  const before = snapshot(store.db);
  const result = dispatch(store, operation, given);
  const parsed = envelopeSchema.safeParse(result);
  expect(parsed.success, `not an envelope: ${JSON.stringify(result)?.slice(0, 300)}`).toBe(true);
  // Every host sends the envelope on as JSON (HTTP) or a structured clone (IPC).
  expect(() => JSON.stringify(result)).not.toThrow();
  if (result.ok) return;
  expect(snapshot(store.db), `${String(operation)} refused (${result.error.code}) but changed the dataset`).toEqual(before);
}

describe('random input to every operation', () => {
  it.each(OPERATION_NAMES)('%s never throws, refuses invalid input as invalid_input, and changes nothing when it refuses', (operation) => {
    const schema = operations[operation].input;
    fc.assert(
      fc.property(input, (given) => {
        checkOne(operation, given);
        if (!schema.safeParse(given ?? {}).success) {
          const result = dispatch(store, operation, given);
          expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input');
        }
      }),
      fuzzParameters(30),
    );
  });

  // Names are strings at every host (URL path, command line; the IPC handler refuses anything else).
  it('an operation name that is not in the contract is refused as unknown_operation, whatever comes with it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'app.info ', 'App.Info', 'import.run\u0000')), input, (operation, given) => {
        fc.pre(!(OPERATION_NAMES as readonly string[]).includes(operation));
        checkOne(operation, given);
        const result = dispatch(store, operation, given);
        expect(result.ok ? 'ok' : result.error.code).toBe('unknown_operation');
      }),
      fuzzParameters(100),
    );
  });
});
