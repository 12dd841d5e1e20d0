/**
 * Listing, gap aggregates and the two-field pivot, through the app's own dispatcher (validation
 * included), each beside one hand-written SQL statement that gives the same figures through
 * better-sqlite3: what the database alone costs on the same file.
 *
 * Three figures per call. "Data unchanged": the call repeated while nothing is written; the app
 * keeps what it derives from the whole store (score means, facts), never an answer to one
 * question, so this is also what any other filter or grouping costs. "After a score edit": one
 * score is set through the dispatcher before each run (recorded in the history), so the call
 * first brings what it derived up to date: just that practice. "After a rebuild": a write that
 * bypasses the history before each run, so everything is derived again (what every change cost
 * before derived data was kept current, and what an import or a merge of many records costs).
 */
import type { Database } from 'better-sqlite3';
import { dispatch } from '../../data/contract/dispatch.js';
import { countryGroupSql, DIMENSION_IDS } from '../../data/domain/domain.js';
import type { Store } from '../../data/store/store.js';
import { repeat, spread, type Spread } from './timing.js';

export interface QueryFigure {
  name: string;
  operation: string;
  /** What the call asks, for the report. */
  asks: string;
  ours: Spread;
  /** The first call after one score was set through the dispatcher. */
  afterEdit: Spread;
  /** The first call after a write that bypasses the history: everything derived again. */
  afterChange: Spread;
  reference: Spread;
  /** The size of the answer, to show the call did its work (rows, groups). */
  answer: string;
}

const COUNTRY_GROUP = countryGroupSql('p.country');
const MEANS = `SELECT practice_id, ${DIMENSION_IDS.map((d) => `avg(CASE WHEN dimension_id = '${d}' THEN value END) AS ${d}`).join(', ')}
  FROM scores WHERE value IS NOT NULL GROUP BY practice_id`;

interface Workload {
  name: string;
  operation: string;
  asks: string;
  input: (practices: number) => Record<string, unknown>;
  answer: (value: unknown) => string;
  reference: (db: Database, practices: number) => unknown;
}

const deepOffset = (practices: number) => Math.min(2000, Math.floor(practices / 20));
const rows = (value: unknown) => {
  const page = value as { rows: unknown[]; total: number };
  return `${page.rows.length} of ${page.total} rows`;
};

const WORKLOADS: Workload[] = [
  {
    name: 'List: the table as it opens',
    operation: 'practices.list',
    asks: 'no filter, sorted by name, first 200 rows',
    input: () => ({ sort: [{ field: 'name', desc: false }], offset: 0, limit: 200 }),
    answer: rows,
    reference: (db) => [
      db.prepare('SELECT p.* FROM practices p ORDER BY p.sort_name, p.id LIMIT 200').all(),
      db.prepare('SELECT count(*) FROM practices').get(),
    ],
  },
  {
    name: 'List: filter, sort by score, a deep page',
    operation: 'practices.list',
    asks: 'Spain, in person or hybrid, sorted by governance score (desc), 200 rows from row 2,000',
    input: (n) => ({
      filter: { countryGroup: ['Spain'], deliveryMode: ['in_person', 'hybrid'] },
      sort: [{ field: 'score.governance', desc: true }],
      offset: deepOffset(n),
      limit: 200,
    }),
    answer: rows,
    reference: (db, n) => {
      const where = `WHERE ${COUNTRY_GROUP} = 'Spain' AND p.delivery_mode IN ('in_person', 'hybrid')`;
      return [
        db.prepare(`SELECT p.*, m.* FROM practices p LEFT JOIN (${MEANS}) m ON m.practice_id = p.id ${where} ORDER BY m.governance DESC NULLS LAST, p.id LIMIT 200 OFFSET ?`).all(deepOffset(n)),
        db.prepare(`SELECT count(*) FROM practices p ${where}`).get(),
      ];
    },
  },
  {
    name: 'List: search, sort by hours',
    operation: 'practices.list',
    asks: 'search "sahko" (matches "Sähkö…"), sorted by hours (desc), first 200 rows',
    input: () => ({ filter: { search: 'sahko' }, sort: [{ field: 'hours', desc: true }], offset: 0, limit: 200 }),
    answer: rows,
    reference: (db) => [
      db.prepare(`SELECT p.* FROM practices p WHERE p.search_text LIKE '%sahko%' ORDER BY p.hours DESC NULLS LAST, p.id LIMIT 200`).all(),
      db.prepare(`SELECT count(*) FROM practices p WHERE p.search_text LIKE '%sahko%'`).get(),
    ],
  },
  {
    name: 'Gaps by country group',
    operation: 'analysis.gaps',
    asks: 'every practice, mean score and gap per dimension, per country group',
    input: () => ({ groupBy: 'countryGroup' }),
    answer: (value) => `${(value as { groups: unknown[] }).groups.length} groups`,
    reference: (db) =>
      db
        .prepare(
          `SELECT ${COUNTRY_GROUP} AS g, count(*) AS practices, ${DIMENSION_IDS.map((d) => `count(m.${d}), 3 - avg(m.${d})`).join(', ')}
           FROM practices p LEFT JOIN (${MEANS}) m ON m.practice_id = p.id GROUP BY g`,
        )
        .all(),
  },
  {
    name: 'Gaps by practice type, filtered',
    operation: 'analysis.gaps',
    asks: 'Finland and International, gaps per practice type',
    input: () => ({ filter: { countryGroup: ['Finland', 'International'] }, groupBy: 'practiceType' }),
    answer: (value) => `${(value as { groups: unknown[] }).groups.length} groups`,
    reference: (db) =>
      db
        .prepare(
          `SELECT p.practice_type AS g, count(*) AS practices, ${DIMENSION_IDS.map((d) => `count(m.${d}), 3 - avg(m.${d})`).join(', ')}
           FROM practices p LEFT JOIN (${MEANS}) m ON m.practice_id = p.id WHERE ${COUNTRY_GROUP} IN ('Finland', 'International') GROUP BY g`,
        )
        .all(),
  },
  {
    name: 'Pivot: country group × practice type',
    operation: 'analysis.stats',
    asks: 'count, share and n/missing/mean/median/min/max/quartiles of hours, ECTS and the governance score, by two fields',
    input: () => ({ groupBy: ['countryGroup', 'practiceType'], measures: ['hours', 'ects', 'score.governance'] }),
    answer: (value) => `${(value as { rows: unknown[] }).rows.length} cells`,
    // SQLite has no median or quartiles: the reference gives count, mean, min and max only, so it is a floor.
    reference: (db) =>
      db
        .prepare(
          `SELECT ${COUNTRY_GROUP} AS g1, p.practice_type AS g2, count(*),
             ${['p.hours', 'p.ects', 'm.governance'].map((c) => `count(${c}), avg(${c}), min(${c}), max(${c})`).join(', ')}
           FROM practices p LEFT JOIN (${MEANS}) m ON m.practice_id = p.id GROUP BY g1, g2`,
        )
        .all(),
  },
];

function call(store: Store, operation: string, input: Record<string, unknown>): unknown {
  const result = dispatch(store, operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
  return result.value;
}

/**
 * Before each run, one score set through the dispatcher, as a rater does: a different practice
 * each time, and a value that differs from the one before.
 */
function scoreEditor(store: Store): (i: number) => void {
  const raterId = store.db.prepare('SELECT id FROM raters ORDER BY id LIMIT 1').pluck().get() as string;
  const ids = store.db.prepare('SELECT id FROM practices ORDER BY rowid').pluck().all() as string[];
  let edits = 0;
  return () => {
    edits += 1;
    const practiceId = ids[(edits * 7919) % ids.length] as string;
    call(store, 'scores.set', { practiceId, dimension: 'governance', raterId, value: edits % 5, evidence: `Bench edit ${edits}` });
  };
}

/** A write no change set records (as a seed or a generator makes): derived data is rebuilt whole. */
function untrackedWrite(store: Store): () => void {
  const write = store.db.prepare("INSERT INTO settings (key, value) VALUES ('benchUntracked', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  let n = 0;
  return () => write.run(JSON.stringify(++n));
}

/** `store` must be writable: a scratch copy of the map (the edits are recorded in its history). */
export function benchQueries(store: Store, practices: number, runs: number): QueryFigure[] {
  const edit = scoreEditor(store);
  const bypass = untrackedWrite(store);
  return WORKLOADS.map((w) => {
    const input = w.input(practices);
    const answer = w.answer(call(store, w.operation, input));
    const ours = repeat(runs, () => call(store, w.operation, input));
    const afterEdit = repeat(runs, () => call(store, w.operation, input), { before: edit, warmup: 1 });
    // Fewer runs after a rebuild at scale: each one derives everything again (seconds at 100,000).
    const afterChange = repeat(practices > 20_000 ? Math.min(runs, 5) : runs, () => call(store, w.operation, input), { before: bypass, warmup: 0 });
    const reference = repeat(runs, () => w.reference(store.db, practices));
    return {
      name: w.name,
      operation: w.operation,
      asks: w.asks,
      ours: spread(ours),
      afterEdit: spread(afterEdit),
      afterChange: spread(afterChange),
      reference: spread(reference),
      answer,
    };
  });
}
