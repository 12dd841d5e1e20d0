/** The pivot: count, share and descriptive statistics of numeric fields, by up to two grouping fields. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { MeasureField, statsInputSchema } from './schemas.js';
import type { GroupKey, StatsRow, StatsTable } from './model.js';
import { groupColumn, LevelCounts, numericColumn, type GroupColumn, type NumericColumn } from './factColumns.js';
import { selectFacts } from './facts.js';
import { filterIsEmpty } from '../practices/index.js';
import { compareGroupKeys } from './grouping.js';

export { measureOf } from './factColumns.js';

/** A row of the pivot as it fills: its practices counted, and each measure's values counted. */
interface Bucket {
  keys: GroupKey[];
  count: number;
  measures: LevelCounts[];
}

function newBucket(keys: GroupKey[], columns: NumericColumn[]): Bucket {
  return { keys, count: 0, measures: columns.map((c) => new LevelCounts(c.levels)) };
}

function statsRow(bucket: Bucket, total: number, measures: MeasureField[]): StatsRow {
  return {
    groups: bucket.keys,
    count: bucket.count,
    share: total === 0 ? 0 : bucket.count / total,
    measures: Object.fromEntries(measures.map((m, i) => [m, (bucket.measures[i] as LevelCounts).summary()])),
  };
}

/** Every combination of practice i's groups in the grouping columns (several only for technology domains). */
function combinations(groupings: GroupColumn[], i: number): number[][] {
  let combos: number[][] = [[]];
  for (const g of groupings) {
    const next: number[][] = [];
    for (const combo of combos) for (let m = g.starts[i] as number; m < (g.starts[i + 1] as number); m++) next.push([...combo, g.members[m] as number]);
    combos = next;
  }
  return combos;
}

/** A number per combination of practice i's groups, in the order combinations() gives them. */
function bucketIds(groupings: GroupColumn[], i: number): number[] {
  return combinations(groupings, i).map((codes) => codes.reduce((id, code, f) => id * (groupings[f] as GroupColumn).keys.length + code, 0));
}

export function statsTable(db: Database, input: z.output<typeof statsInputSchema>): StatsTable {
  const { all, positions } = selectFacts(db, input.filter);
  const measures = [...new Set(input.measures)];
  const groupBy = [...new Set(input.groupBy)];
  const columns = measures.map((m) => numericColumn(all, m));
  const groupings = groupBy.map((field) => groupColumn(all, field));
  const keysOf = (id: number): GroupKey[] => {
    const keys: GroupKey[] = [];
    for (let f = groupings.length - 1; f >= 0; f--) {
      const g = groupings[f] as GroupColumn;
      keys.unshift(g.keys[id % g.keys.length] as GroupKey);
      id = Math.floor(id / g.keys.length);
    }
    return keys;
  };
  // Buckets in the order first met, then sorted by their keys (a stable sort, as before). Each
  // practice is noted once per bucket it is in; the measures are then counted a column at a time.
  const buckets = new Map<number, number>();
  const list: Bucket[] = [];
  // Numbers only (a practice and its bucket's place in `list`): no garbage for the collector to trace.
  const notedPractice: number[] = [];
  const notedBucket: number[] = [];
  const note = (id: number, i: number) => {
    let at = buckets.get(id);
    if (at === undefined) {
      buckets.set(id, (at = list.length));
      list.push(newBucket(keysOf(id), columns));
    }
    (list[at] as Bucket).count++;
    notedPractice.push(i);
    notedBucket.push(at);
  };
  // One group per practice in every field (all but technology domains): practice i's group is members[i].
  const single = groupings.every((g) => g.members.length === all.length);
  for (const i of positions) {
    if (single) {
      let id = 0;
      for (const g of groupings) id = id * g.keys.length + (g.members[i] as number);
      note(id, i);
    } else {
      for (const id of bucketIds(groupings, i)) note(id, i);
    }
  }
  const overall = newBucket([], columns);
  overall.count = positions.length;
  columns.forEach(({ codes }, m) => {
    const counts = overall.measures[m] as LevelCounts;
    for (const i of positions) counts.add(codes[i] as number);
    const perBucket = list.map((b) => b.measures[m] as LevelCounts);
    notedPractice.forEach((i, n) => (perBucket[notedBucket[n] as number] as LevelCounts).add(codes[i] as number));
  });
  const rows = [...list].sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const order = compareGroupKeys(a.keys[i] as GroupKey, b.keys[i] as GroupKey);
      if (order !== 0) return order;
    }
    return 0;
  });
  const total = positions.length;
  const overallLabel = filterIsEmpty(input.filter) ? 'All practices' : 'All filtered practices';
  return { groupBy, measures, total, rows: rows.map((b) => statsRow(b, total, measures)), overall: statsRow(overall, total, measures), overallLabel };
}
