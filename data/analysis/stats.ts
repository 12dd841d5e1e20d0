/** The pivot: count, share and descriptive statistics of numeric fields, by up to two grouping fields. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { MeasureField, statsInputSchema } from '../analysisSchemas.js';
import type { GroupKey, StatsRow, StatsTable } from '../analysisModel.js';
import type { DimensionId } from '../domain.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { compareGroupKeys, groupKeysOf } from './grouping.js';
import { ValueCounts } from './valueCounts.js';

export function measureOf(fact: PracticeFact, measure: MeasureField): number | null {
  if (measure.startsWith('score.')) return fact.scores[measure.slice('score.'.length) as DimensionId];
  return fact[measure as 'hours' | 'ects' | 'registeredProviders' | 'releaseYear' | 'eqfLevel'];
}

/** A row of the pivot as it fills: its practices counted, and each measure's values counted. */
interface Bucket {
  keys: GroupKey[];
  count: number;
  measures: ValueCounts[];
}

function newBucket(keys: GroupKey[], measures: MeasureField[]): Bucket {
  return { keys, count: 0, measures: measures.map(() => new ValueCounts()) };
}

function addFact(bucket: Bucket, fact: PracticeFact, measures: MeasureField[]): void {
  bucket.count++;
  measures.forEach((m, i) => (bucket.measures[i] as ValueCounts).add(measureOf(fact, m)));
}

function statsRow(bucket: Bucket, total: number, measures: MeasureField[]): StatsRow {
  return {
    groups: bucket.keys,
    count: bucket.count,
    share: total === 0 ? 0 : bucket.count / total,
    measures: Object.fromEntries(measures.map((m, i) => [m, (bucket.measures[i] as ValueCounts).summary()])),
  };
}

export function statsTable(db: Database, input: z.output<typeof statsInputSchema>): StatsTable {
  const facts = loadFacts(db, input.filter);
  const measures = [...new Set(input.measures)];
  const groupBy = [...new Set(input.groupBy)];
  const buckets = new Map<string, Bucket>();
  const bucketOf = (keys: GroupKey[]): Bucket => {
    // Length-prefixed values: as exact as JSON, without building JSON per practice.
    const id = keys.map((k) => (k.value === null ? '-' : `${k.value.length}:${k.value}`)).join('');
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = newBucket(keys, measures)));
    return bucket;
  };
  const overall = newBucket([], measures);
  for (const fact of facts) {
    addFact(overall, fact, measures);
    // Every combination of the practice's keys (several only for technology domains).
    let combos: GroupKey[][] = [[]];
    for (const field of groupBy) combos = combos.flatMap((combo) => groupKeysOf(fact, field).map((k) => [...combo, k]));
    for (const keys of combos) addFact(bucketOf(keys), fact, measures);
  }
  const rows = [...buckets.values()].sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const order = compareGroupKeys(a.keys[i] as GroupKey, b.keys[i] as GroupKey);
      if (order !== 0) return order;
    }
    return 0;
  });
  return { groupBy, measures, total: facts.length, rows: rows.map((b) => statsRow(b, facts.length, measures)), overall: statsRow(overall, facts.length, measures) };
}
