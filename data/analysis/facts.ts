/**
 * The filtered practices as the analyses need them: the fields they group by and measure, and
 * each dimension's score (the mean of the raters; null when nobody rated it).
 */
import type { Database } from 'better-sqlite3';
import { countryGroupOf, DIMENSION_IDS, type CountryGroup, type DimensionId } from '../domain/domain.js';
import type { PracticeRow } from '../practices/model.js';
import { filteredPractices, filterIsEmpty, type ValidFilter } from '../practices/index.js';
import { patchColumns } from './factColumns.js';
import { keptCurrent, scoresBySource, viewerKey, viewerOf, type PracticeChanges, type Viewer } from '../scoring/index.js';

export interface PracticeFact {
  id: string;
  name: string;
  code: string | null;
  country: string;
  countryGroup: CountryGroup;
  region: string | null;
  scope: PracticeRow['scope'];
  practiceType: PracticeRow['practiceType'];
  technologyDomains: PracticeRow['technologyDomains'];
  level: string | null;
  eqfLevel: number | null;
  deliveryMode: PracticeRow['deliveryMode'];
  digitalIssuance: PracticeRow['digitalIssuance'];
  releaseYear: number | null;
  caseStudy: boolean;
  parentId: string | null;
  parentName: string | null;
  practiceNumber: number | null;
  hours: number | null;
  ects: number | null;
  registeredProviders: number | null;
  scores: Record<DimensionId, number | null>;
  raters: Record<DimensionId, number>;
}


type Cell = string | number | null;

/** Every practice's facts in rowid order, with each one's rowid beside it (a filter answers in rowids). */
interface AllFacts {
  facts: PracticeFact[];
  rowids: number[];
  /** 0 … facts.length - 1: what an empty filter selects. */
  everyone: Int32Array;
  byId: Map<string, PracticeFact>;
}

/** What each fact is read from, by the name toFact reads it as. */
const COLUMNS: Record<string, string> = {
  row_id: 'p.rowid',
  id: 'p.id',
  name: 'p.name',
  code: 'p.code',
  country: 'p.country',
  region: 'p.region',
  scope: 'p.scope',
  practice_type: 'p.practice_type',
  technology_domains: 'p.technology_domains',
  level: 'p.level',
  eqf_level: 'p.eqf_level',
  delivery_mode: 'p.delivery_mode',
  digital_issuance: 'p.digital_issuance',
  release_year: 'p.release_year',
  case_study: 'p.case_study',
  parent_id: 'p.parent_id',
  parent_name: 'parent.name',
  practice_number: 'p.practice_number',
  hours: 'p.hours',
  ects: 'p.ects',
  registered_providers: 'p.registered_providers',
  ...Object.fromEntries(DIMENSION_IDS.flatMap((d) => [[`score_${d}`, `s.${d}`], [`raters_${d}`, `s.n_${d}`]])),
};
const NAMES = Object.keys(COLUMNS);
const AT = new Map(NAMES.map((name, i) => [name, i]));

/** Rows per read: few enough that they never pile up beside the facts. */
const CHUNK = 5000;

/** Each repeated text kept once: at 100,000 practices, a copy of "Spain" per practice took the browser host past 400 MB. */
function textKeeper(): <T extends string | null>(value: T) => T {
  const texts = new Map<string, string>();
  return <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const kept = texts.get(value);
    if (kept !== undefined) return kept as T;
    texts.set(value, value);
    return value;
  };
}

const selectFactsSql = (means: string) =>
  `SELECT ${NAMES.map((name) => COLUMNS[name]).join(', ')}
   FROM practices p LEFT JOIN practices parent ON parent.id = p.parent_id LEFT JOIN ${means} s ON s.practice_id = p.id`;

/** Rows as arrays, not objects: at 100,000 practices that reads in a third of the time. */
function readRows(rows: Cell[][], shared: <T extends string | null>(value: T) => T, facts: PracticeFact[], rowids: number[]): void {
  for (const row of rows) {
    const read = (name: string) => row[AT.get(name) as number] as Cell;
    rowids.push(Number(read('row_id')));
    facts.push(toFact(read, shared));
  }
}

function indexed(facts: PracticeFact[], rowids: number[], byId?: Map<string, PracticeFact>): AllFacts {
  const everyone = new Int32Array(facts.length);
  everyone.forEach((_, i) => (everyone[i] = i));
  return { facts, rowids, everyone, byId: byId ?? new Map(facts.map((f) => [f.id, f])) };
}

function readAllFacts(db: Database, viewer: Viewer): AllFacts {
  const chunk = db.prepare(`${selectFactsSql(scoresBySource(db, viewer))} WHERE p.rowid > ? ORDER BY p.rowid LIMIT ${CHUNK}`).raw();
  // A chunk at a time: holding every row beside the facts would double the peak.
  const facts: PracticeFact[] = [];
  const rowids: number[] = [];
  const shared = textKeeper();
  for (let after = -Infinity; ; ) {
    const rows = chunk.all(after) as Cell[][];
    readRows(rows, shared, facts, rowids);
    if (rows.length < CHUNK) break;
    after = rowids[rowids.length - 1] as number;
  }
  return indexed(facts, rowids);
}

/**
 * The facts again for just the practices that changed (keptCurrent: the history says which), in
 * the same rowid order a full read gives, so the result is the one readAllFacts would give. A
 * practice's name is its children's parent name: when a record changed, its children before and
 * after are read again too.
 */
function refreshFacts(db: Database, old: AllFacts, changes: Extract<PracticeChanges, { everything: false }>, viewer: Viewer): AllFacts {
  const again = new Set(changes.practices);
  if (changes.records.size > 0) for (const f of old.facts) if (f.parentId !== null && changes.records.has(f.parentId)) again.add(f.id);
  const rows = db
    .prepare(
      `${selectFactsSql(scoresBySource(db, viewer))}
       WHERE p.id IN (SELECT value FROM json_each(@again))${changes.records.size > 0 ? ' OR p.parent_id IN (SELECT value FROM json_each(@records))' : ''} ORDER BY p.rowid`,
    )
    .raw()
    .all({ again: JSON.stringify([...again]), records: JSON.stringify([...changes.records]) }) as Cell[][];
  const fresh: PracticeFact[] = [];
  const freshRowids: number[] = [];
  readRows(rows, textKeeper(), fresh, freshRowids);
  const patched = patchInPlace(old, fresh, freshRowids, again, changes.records.size > 0);
  if (patched) return patched;
  for (const f of fresh) again.add(f.id);
  // Merge the kept facts (less those read again or gone) with the fresh ones, both in rowid order.
  const facts: PracticeFact[] = [];
  const rowids: number[] = [];
  const byId = new Map(old.byId);
  for (const id of again) byId.delete(id);
  let j = 0;
  old.facts.forEach((fact, i) => {
    if (again.has(fact.id)) return;
    const rowid = old.rowids[i] as number;
    for (; j < fresh.length && (freshRowids[j] as number) < rowid; j++) {
      facts.push(fresh[j] as PracticeFact);
      rowids.push(freshRowids[j] as number);
    }
    facts.push(fact);
    rowids.push(rowid);
  });
  for (; j < fresh.length; j++) {
    facts.push(fresh[j] as PracticeFact);
    rowids.push(freshRowids[j] as number);
  }
  for (const f of fresh) byId.set(f.id, f);
  return indexed(facts, rowids, byId);
}

/** The position of a rowid in the ascending `rowids`, or -1. */
function positionOf(rowids: readonly number[], rowid: number): number {
  let low = 0;
  let high = rowids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = rowids[middle] as number;
    if (at === rowid) return middle;
    if (at < rowid) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The common case, a score or a field edited: every practice read again is still there, at its
 * place. Its facts are replaced in the same array and the columns counted over it patched at
 * those places (factColumns.ts), instead of copying 100,000 facts and counting every column
 * again. Null when a practice came, went or moved (the caller merges a new array).
 */
function patchInPlace(old: AllFacts, fresh: PracticeFact[], freshRowids: number[], again: ReadonlySet<string>, recordsChanged: boolean): AllFacts | null {
  if (fresh.length !== again.size) return null;
  const positions: number[] = [];
  for (let j = 0; j < fresh.length; j++) {
    const i = positionOf(old.rowids, freshRowids[j] as number);
    if (i < 0 || old.facts[i]?.id !== fresh[j]?.id) return null;
    positions.push(i);
  }
  const facts = old.facts;
  positions.forEach((i, j) => {
    facts[i] = fresh[j] as PracticeFact;
    old.byId.set(facts[i].id, facts[i]);
  });
  patchColumns(facts, positions, recordsChanged);
  return old;
}

/**
 * Read once, then kept current: a view asks several analyses in a row, each of another filter or
 * grouping, and reading every practice's facts costs far more than filtering them; after an
 * edit only the practices it changed are read again.
 */
const factsPerViewer = new Map<string, (db: Database) => AllFacts>();

/** The facts as a viewer may see them (blind mode hides scores: scoring/viewer.ts), kept per viewer. */
function allFacts(db: Database, viewer: Viewer): AllFacts {
  const key = viewerKey(viewer);
  let kept = factsPerViewer.get(key);
  if (!kept) {
    kept = keptCurrent((d) => readAllFacts(d, viewer), (d, old, changes) => refreshFacts(d, old, changes, viewer));
    factsPerViewer.set(key, kept);
  }
  return kept(db);
}

/**
 * The practices a filter selects, as positions in `all` (every practice, the same array while the
 * store is unchanged: columns.ts keeps its columns with it). Callers change neither.
 */
export function selectFacts(db: Database, filter: ValidFilter, viewer: Viewer = viewerOf(db)): { all: readonly PracticeFact[]; positions: Int32Array } {
  const { facts, rowids, everyone } = allFacts(db, viewer);
  if (filterIsEmpty(filter)) return { all: facts, positions: everyone };
  // One row back, not one per practice: at 100,000 practices reading rows costs more than finding them.
  const source = filteredPractices(filter, { meansTable: () => scoresBySource(db, viewer) });
  const list = db.prepare(`SELECT group_concat(p.rowid) ${source.sql}`).pluck().get(...source.params) as string | null;
  const chosen = new Set(list === null ? [] : list.split(',').map(Number));
  const positions: number[] = [];
  rowids.forEach((rowid, i) => chosen.has(rowid) && positions.push(i));
  return { all: facts, positions: Int32Array.from(positions) };
}

/** The practices a filter selects, or exactly the given ids in their order. Callers must not change the result. */
export function loadFacts(db: Database, filter: ValidFilter, ids?: string[], viewer: Viewer = viewerOf(db)): PracticeFact[] {
  const all = allFacts(db, viewer);
  // Hand-picked ids replace the filter (the comparison's picked rows).
  if (ids) return ids.map((id) => all.byId.get(id)).filter((f): f is PracticeFact => f !== undefined);
  if (filterIsEmpty(filter)) return all.facts;
  const { positions } = selectFacts(db, filter, viewer);
  return Array.from(positions, (i) => all.facts[i] as PracticeFact);
}

function toFact(read: (name: string) => Cell, shared: <T extends string | null>(value: T) => T): PracticeFact {
  const country = shared(String(read('country')));
  const scores = {} as PracticeFact['scores'];
  const raters = {} as PracticeFact['raters'];
  for (const d of DIMENSION_IDS) {
    scores[d] = (read(`score_${d}`) ?? null) as number | null;
    raters[d] = Number(read(`raters_${d}`) ?? 0);
  }
  return {
    id: String(read('id')),
    name: String(read('name')),
    code: read('code') as string | null,
    country,
    countryGroup: countryGroupOf(country),
    region: shared(read('region') as string | null),
    scope: shared(read('scope') as PracticeFact['scope']),
    practiceType: shared(read('practice_type') as PracticeFact['practiceType']),
    technologyDomains: JSON.parse(String(read('technology_domains') ?? '[]')) as PracticeFact['technologyDomains'],
    level: shared(read('level') as string | null),
    eqfLevel: read('eqf_level') as number | null,
    deliveryMode: shared(read('delivery_mode') as PracticeFact['deliveryMode']),
    digitalIssuance: shared(read('digital_issuance') as PracticeFact['digitalIssuance']),
    releaseYear: read('release_year') as number | null,
    caseStudy: read('case_study') === 1,
    parentId: read('parent_id') as string | null,
    parentName: read('parent_name') as string | null,
    practiceNumber: read('practice_number') as number | null,
    hours: read('hours') as number | null,
    ects: read('ects') as number | null,
    registeredProviders: read('registered_providers') as number | null,
    scores,
    raters,
  };
}
