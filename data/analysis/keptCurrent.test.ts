/**
 * Derived data kept current (data/scoring/keptCurrent.ts, derived.ts, data/analysis/facts.ts):
 * after any sequence of writes, undos, redos, merges, writes by another connection and writes
 * that bypass the history, each practice's score means and the analyses' facts equal, byte for
 * byte, what a new connection derives from scratch.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { DIMENSION_IDS } from '../domain/domain.js';
import { practiceFilterSchema } from '../practices/schemas.js';
import { scoreMeansTable } from '../scoring/derived.js';
import { changedSince } from '../scoring/keptCurrent.js';
import { saveStoreAs } from '../store/files.js';
import { openStore, type Store } from '../store/store.js';
import { GROUP_FIELDS, MEASURE_FIELDS } from '../domain/fields.js';
import { groupColumn, numericColumn } from './factColumns.js';
import { loadFacts } from './facts.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

const EVERYONE = practiceFilterSchema.parse({});
const PRACTICES = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

/**
 * What a connection has derived, as text: the score-means table, every practice's facts, and the
 * columns the aggregates count (built here, so that later changes patch them).
 */
function derived(db: Database.Database): string {
  const table = scoreMeansTable(db) as string;
  const means = db.prepare(`SELECT * FROM ${table} ORDER BY practice_id`).raw().all();
  const facts = loadFacts(db, EVERYONE);
  const numeric = MEASURE_FIELDS.map((m) => numericColumn(facts, m)).map((c) => [[...c.levels], [...c.codes]]);
  const grouped = GROUP_FIELDS.map((g) => groupColumn(facts, g)).map((c) => [c.keys, [...c.starts], [...c.members]]);
  return JSON.stringify({ means, facts, numeric, grouped });
}

/** The same, derived from scratch by a connection that never saw the store before. */
function rebuilt(path: string): string {
  const fresh = new Database(path, { readonly: true });
  try {
    return derived(fresh);
  } finally {
    fresh.close();
  }
}

const step = fc.oneof(
  fc.record({ op: fc.constant('score' as const), p: fc.nat(5), d: fc.nat(4), r: fc.nat(1), v: fc.option(fc.integer({ min: 0, max: 4 })) }),
  fc.record({ op: fc.constant('clearScore' as const), p: fc.nat(5), d: fc.nat(4), r: fc.nat(1) }),
  fc.record({ op: fc.constant('consensus' as const), p: fc.nat(5), d: fc.nat(4), v: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('clearConsensus' as const), p: fc.nat(5), d: fc.nat(4) }),
  fc.record({ op: fc.constant('create' as const), p: fc.nat(5), parent: fc.option(fc.nat(5)) }),
  fc.record({ op: fc.constant('rename' as const), p: fc.nat(5), name: fc.constantFrom('Alpha', 'Beta', 'Gamma'), hours: fc.option(fc.nat(40)) }),
  fc.record({ op: fc.constant('delete' as const), p: fc.nat(5) }),
  fc.record({ op: fc.constant('source' as const), kind: fc.constantFrom('consensus', 'mean', 'rater') }),
  fc.record({ op: fc.constant('rater' as const) }),
  fc.record({ op: fc.constantFrom('undo' as const, 'redo' as const) }),
  fc.record({ op: fc.constantFrom('undo' as const, 'redo' as const) }),
  fc.record({ op: fc.constant('merge' as const) }),
  fc.record({ op: fc.constant('untracked' as const), v: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('otherConnection' as const), p: fc.nat(5), d: fc.nat(4), v: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('check' as const) }),
  fc.record({ op: fc.constant('check' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

interface World {
  path: string;
  store: Store;
  other: Store;
  raters: string[];
  partnerFile: { name: string; contentBase64: string };
}

async function makeWorld(partnerSteps: { p: number; d: number; v: number }[]): Promise<World> {
  const path = tmp.file(`kept-${n++}.acmap`);
  const store = openStore(path);
  const api = client(store);
  const raters = [api.value('raters.create', { name: 'Ana' }).id, api.value('raters.create', { name: 'Bo' }).id];
  for (const id of PRACTICES.slice(0, 4)) api.value('practices.create', { id, fields: { name: `Practice ${id}`, country: id < 'p2' ? 'Finland' : 'Spain' } });
  api.value('practices.update', { id: 'p3', fields: { parentId: 'p2' } });
  api.value('scores.set', { practiceId: 'p0', dimension: 'governance', raterId: raters[0] as string, value: 3 });
  // The partner: a copy sent now, scored by its own rater and edited, returned as a file.
  const partnerPath = tmp.file(`partner-${n++}.acmap`);
  await saveStoreAs(store, partnerPath);
  const partner = openStore(partnerPath);
  const theirs = client(partner);
  const cy = theirs.value('raters.create', { name: 'Cy' }).id;
  for (const s of partnerSteps) {
    theirs.call('scores.set', { practiceId: PRACTICES[s.p % 4] as string, dimension: DIMENSION_IDS[s.d] as (typeof DIMENSION_IDS)[number], raterId: cy, value: s.v as 0 });
  }
  theirs.call('practices.update', { id: 'p1', fields: { name: 'Renamed by the partner' } });
  partner.close();
  const partnerFile = { name: 'partner.acmap', contentBase64: readFileSync(partnerPath).toString('base64') };
  // Another connection to the same file, as the job worker has.
  const other = openStore(path);
  return { path, store, other, raters, partnerFile };
}

function run(world: World, s: Step): void {
  const api = client(world.store);
  const dimension = 'd' in s ? (DIMENSION_IDS[s.d] as (typeof DIMENSION_IDS)[number]) : 'governance';
  const practiceId = 'p' in s ? (PRACTICES[s.p] as string) : 'p0';
  const raterId = 'r' in s ? (world.raters[s.r] as string) : (world.raters[0] as string);
  // Failures (a practice that does not exist, nothing to undo) are part of the sequence too.
  switch (s.op) {
    case 'score':
      api.call('scores.set', { practiceId, dimension, raterId, value: s.v as 0 | null });
      break;
    case 'clearScore':
      api.call('scores.clear', { practiceId, dimension, raterId });
      break;
    case 'consensus':
      api.call('consensus.set', { practiceId, dimension, value: s.v as 0, rationale: 'Agreed' });
      break;
    case 'clearConsensus':
      api.call('consensus.clear', { practiceId, dimension });
      break;
    case 'create':
      api.call('practices.create', {
        id: practiceId,
        fields: { name: `New ${practiceId}`, country: 'Portugal', ...(s.parent === null ? {} : { parentId: PRACTICES[s.parent] as string }) },
      });
      break;
    case 'rename':
      api.call('practices.update', { id: practiceId, fields: { name: s.name, hours: s.hours } });
      break;
    case 'delete':
      api.call('practices.delete', { id: practiceId });
      break;
    case 'source':
      api.call('scoreSource.set', { source: s.kind === 'rater' ? { kind: 'rater', raterId: world.raters[1] as string } : { kind: s.kind } });
      break;
    case 'rater':
      world.raters.push(api.value('raters.create', { name: `Rater ${world.raters.length}` }).id);
      break;
    case 'undo':
      api.call('history.undo', {});
      break;
    case 'redo':
      api.call('history.redo', {});
      break;
    case 'merge': {
      const plan = api.call('merge.check', { file: world.partnerFile });
      if (!plan.ok) break;
      const resolutions = Object.fromEntries(plan.value.conflicts.map((c) => [c.id, 'theirs' as const]));
      api.call('merge.run', { file: world.partnerFile, resolutions });
      break;
    }
    case 'untracked':
      // A write that bypasses the history, as a test or a generator makes.
      world.store.db
        .prepare('UPDATE scores SET value = ? WHERE (practice_id, dimension_id, rater_id) = (SELECT practice_id, dimension_id, rater_id FROM scores ORDER BY 1, 2, 3 LIMIT 1)')
        .run(s.v);
      break;
    case 'otherConnection':
      client(world.other).call('scores.set', { practiceId, dimension, raterId: world.raters[1] as string, value: s.v as 0 });
      break;
    case 'check':
      expect(derived(world.store.db)).toBe(rebuilt(world.path));
      break;
  }
}

describe('derived data kept current', () => {
  it('equals a rebuild from scratch after any sequence of writes, undos, redos and merges', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ p: fc.nat(3), d: fc.nat(4), v: fc.integer({ min: 0, max: 4 }) }), { maxLength: 4 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        async (partnerSteps, steps) => {
          const world = await makeWorld(partnerSteps);
          try {
            // Derived once at the start, so that what follows is kept current, not derived afresh.
            derived(world.store.db);
            for (const s of steps) run(world, s);
            expect(derived(world.store.db)).toBe(rebuilt(world.path));
          } finally {
            world.other.close();
            world.store.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refreshes only the practices a score edit touched, and rebuilds after a write that bypasses the history', async () => {
    const world = await makeWorld([]);
    try {
      const api = client(world.store);
      derived(world.store.db);
      const before = changedSince(world.store.db, undefined).generation;
      api.value('scores.set', { practiceId: 'p2', dimension: 'pedagogy', raterId: world.raters[1] as string, value: 2 });
      const edit = changedSince(world.store.db, before).changes;
      expect(edit).toEqual({ everything: false, practices: new Set(['p2']), records: new Set() });
      api.value('practices.update', { id: 'p2', fields: { name: 'Parent renamed' } });
      api.value('history.undo', {});
      expect(changedSince(world.store.db, before).changes).toEqual({ everything: false, practices: new Set(['p2']), records: new Set(['p2']) });
      client(world.other).value('scores.set', { practiceId: 'p1', dimension: 'pedagogy', raterId: world.raters[1] as string, value: 1 });
      expect(changedSince(world.store.db, before).changes).toEqual({ everything: false, practices: new Set(['p1', 'p2']), records: new Set(['p2']) });
      world.store.db.prepare("UPDATE practices SET hours = 7 WHERE id = 'p0'").run();
      expect(changedSince(world.store.db, before).changes).toEqual({ everything: true });
      expect(derived(world.store.db)).toBe(rebuilt(world.path));
    } finally {
      world.other.close();
      world.store.close();
    }
  });
});
