/**
 * Shared by the fuzz tests: fixed seeds (fast-check prints seed and path of any failure, and
 * FUZZ_SEED=<n> replays or explores another sequence), what every envelope must look like,
 * byte mutations, and a small dataset to throw things at.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { API_ERROR_CODES } from '../../data/domain/envelope.js';
import { openStore, type Store } from '../../data/store/store.js';
import { client } from '../support/apiClient.js';

const DEFAULT_SEED = 20_260_601;

/** Run counts stay modest so the suite stays fast; FUZZ_RUNS_FACTOR=10 digs deeper on demand. */
export function fuzzParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
  const factor = process.env.FUZZ_RUNS_FACTOR ? Number(process.env.FUZZ_RUNS_FACTOR) : 1;
  return { seed, numRuns: Math.max(1, Math.round(numRuns * factor)), endOnFailure: true };
}

/** Every outcome of dispatch, over any host: a value, or a known code with a message a person can read. */
export const envelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string().min(10), fields: z.record(z.string(), z.string()).optional() }),
  }),
]);

/** One change to a file's bytes; positions are fractions of the length, so one mutation fits any file. */
export interface Mutation {
  kind: 'flip' | 'overwrite' | 'insert' | 'delete' | 'truncate';
  at: number;
  bit: number;
  bytes: Uint8Array;
  length: number;
}

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Biased towards the start, where headers and schemas live and a change matters most. */
const earlyPosition = fc.oneof(position, position.map((p) => p * 0.01), position.map((p) => p * 0.1));

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('flip', 'flip', 'overwrite', 'insert', 'delete', 'truncate'),
  at: earlyPosition,
  bit: fc.integer({ min: 0, max: 7 }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  length: fc.integer({ min: 1, max: 4096 }),
});

export function mutate(original: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    if (m.kind === 'flip' && at < bytes.length) bytes[at] = bytes[at]! ^ (1 << m.bit);
    else if (m.kind === 'overwrite') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(Math.min(bytes.length, at + m.bytes.length))]);
    else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    else if (m.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
  }
  return bytes;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const fileSha = (path: string) => sha256(readFileSync(path));

/**
 * A small dataset with a little of everything (practices with parents, raters, scores, history),
 * so random input can reach real records, and a snapshot per run stays cheap.
 */
export function smallStore(path: string): { store: Store; raterId: string } {
  const store = openStore(path);
  const api = client(store);
  const rater = api.value('raters.create', { name: 'Ana', team: 'Madrid' });
  api.value('preferences.set', { currentRaterId: rater.id });
  api.value('practices.create', { id: 'es-cat', fields: { name: 'Catálogo', country: 'Spain', hours: 82.5 } });
  api.value('practices.create', { id: 'fi-ev', fields: { name: 'Sähköauton huolto', country: 'Finland', parentId: 'es-cat' } });
  api.value('practices.create', { id: 'pt-hv', fields: { name: 'Baterias de alta tensão', country: 'Portugal' } });
  api.value('scores.set', { practiceId: 'es-cat', dimension: 'governance', raterId: rater.id, value: 3, evidence: 'National catalogue' });
  api.value('scores.set', { practiceId: 'fi-ev', dimension: 'pedagogy', raterId: rater.id, value: 2 });
  return { store, raterId: rater.id };
}
