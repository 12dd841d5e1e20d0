/**
 * The filtered practices as the analyses need them: the fields they group by and measure, and
 * each dimension's score (the mean of the raters; null when nobody rated it).
 */
import type { Database } from 'better-sqlite3';
import { countryGroupOf, DIMENSION_IDS, type CountryGroup, type DimensionId } from '../domain.js';
import type { PracticeRow } from '../model.js';
import { filteredPractices, filterIsEmpty, type ValidFilter } from '../practiceList.js';
import { perRevision, scoresBySource } from './derived.js';

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


type Row = Record<string, string | number | null>;

/** Every practice's facts in rowid order, with each one's rowid beside it (a filter answers in rowids). */
interface AllFacts {
  facts: PracticeFact[];
  rowids: number[];
  /** 0 … facts.length - 1: what an empty filter selects. */
  everyone: Int32Array;
  byId: Map<string, PracticeFact>;
}

/**
 * Read once per change of the store: a view asks several analyses in a row, each of another
 * filter or grouping, and building the facts costs far more than filtering them.
 */
const allFacts = perRevision((db: Database): AllFacts => {
  const means = scoresBySource(db);
  const rows = db
    .prepare(
      `SELECT p.rowid AS row_id, p.id, p.name, p.code, p.country, p.region, p.scope, p.practice_type, p.technology_domains, p.level, p.eqf_level,
         p.delivery_mode, p.digital_issuance, p.release_year, p.case_study, p.parent_id, parent.name AS parent_name,
         p.practice_number, p.hours, p.ects, p.registered_providers, ${DIMENSION_IDS.map((d) => `s.${d} AS score_${d}, s.n_${d} AS raters_${d}`).join(', ')}
       FROM practices p LEFT JOIN practices parent ON parent.id = p.parent_id LEFT JOIN ${means} s ON s.practice_id = p.id
       ORDER BY p.rowid`,
    )
    .iterate() as IterableIterator<Row>;
  // Row by row, and each repeated text kept once: at 100,000 practices, holding every row beside
  // the facts, and a copy of "Spain" per practice, took the browser host past 400 MB.
  const facts: PracticeFact[] = [];
  const rowids: number[] = [];
  const texts = new Map<string, string>();
  const shared = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const kept = texts.get(value);
    if (kept !== undefined) return kept as T;
    texts.set(value, value);
    return value;
  };
  for (const row of rows) {
    rowids.push(Number(row.row_id));
    facts.push(toFact(row, shared));
  }
  const everyone = new Int32Array(facts.length);
  everyone.forEach((_, i) => (everyone[i] = i));
  return { facts, rowids, everyone, byId: new Map(facts.map((f) => [f.id, f])) };
});

/**
 * The practices a filter selects, as positions in `all` (every practice, the same array while the
 * store is unchanged: columns.ts keeps its columns with it). Callers change neither.
 */
export function selectFacts(db: Database, filter: ValidFilter): { all: readonly PracticeFact[]; positions: Int32Array } {
  const { facts, rowids, everyone } = allFacts(db);
  if (filterIsEmpty(filter)) return { all: facts, positions: everyone };
  // One row back, not one per practice: at 100,000 practices reading rows costs more than finding them.
  const source = filteredPractices(filter, { meansTable: () => scoresBySource(db) });
  const list = db.prepare(`SELECT group_concat(p.rowid) ${source.sql}`).pluck().get(...source.params) as string | null;
  const chosen = new Set(list === null ? [] : list.split(',').map(Number));
  const positions: number[] = [];
  rowids.forEach((rowid, i) => chosen.has(rowid) && positions.push(i));
  return { all: facts, positions: Int32Array.from(positions) };
}

/** The practices a filter selects, or exactly the given ids in their order. Callers must not change the result. */
export function loadFacts(db: Database, filter: ValidFilter, ids?: string[]): PracticeFact[] {
  const all = allFacts(db);
  // Hand-picked ids replace the filter (the comparison's picked rows).
  if (ids) return ids.map((id) => all.byId.get(id)).filter((f): f is PracticeFact => f !== undefined);
  if (filterIsEmpty(filter)) return all.facts;
  const { positions } = selectFacts(db, filter);
  return Array.from(positions, (i) => all.facts[i] as PracticeFact);
}

function toFact(row: Row, shared: <T extends string | null>(value: T) => T): PracticeFact {
  const country = shared(String(row.country));
  const scores = {} as PracticeFact['scores'];
  const raters = {} as PracticeFact['raters'];
  for (const d of DIMENSION_IDS) {
    scores[d] = (row[`score_${d}`] ?? null) as number | null;
    raters[d] = Number(row[`raters_${d}`] ?? 0);
  }
  return {
    id: String(row.id),
    name: String(row.name),
    code: row.code as string | null,
    country,
    countryGroup: countryGroupOf(country),
    region: shared(row.region as string | null),
    scope: shared(row.scope as PracticeFact['scope']),
    practiceType: shared(row.practice_type as PracticeFact['practiceType']),
    technologyDomains: JSON.parse(String(row.technology_domains ?? '[]')) as PracticeFact['technologyDomains'],
    level: shared(row.level as string | null),
    eqfLevel: row.eqf_level as number | null,
    deliveryMode: shared(row.delivery_mode as PracticeFact['deliveryMode']),
    digitalIssuance: shared(row.digital_issuance as PracticeFact['digitalIssuance']),
    releaseYear: row.release_year as number | null,
    caseStudy: row.case_study === 1,
    parentId: row.parent_id as string | null,
    parentName: row.parent_name as string | null,
    practiceNumber: row.practice_number as number | null,
    hours: row.hours as number | null,
    ects: row.ects as number | null,
    registeredProviders: row.registered_providers as number | null,
    scores,
    raters,
  };
}
