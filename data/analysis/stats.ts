/** The pivot: count, share and descriptive statistics of numeric fields, by up to two grouping fields. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { MeasureField, statsInputSchema } from '../analysisSchemas.js';
import type { GroupKey, StatsRow, StatsTable } from '../analysisModel.js';
import type { DimensionId } from '../domain.js';
import { summarize } from '../statistics.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { compareGroupKeys, groupKeysOf } from './grouping.js';

export function measureOf(fact: PracticeFact, measure: MeasureField): number | null {
  if (measure.startsWith('score.')) return fact.scores[measure.slice('score.'.length) as DimensionId];
  return fact[measure as 'hours' | 'ects' | 'registeredProviders' | 'releaseYear' | 'eqfLevel'];
}

function statsRow(groups: GroupKey[], facts: PracticeFact[], total: number, measures: MeasureField[]): StatsRow {
  return {
    groups,
    count: facts.length,
    share: total === 0 ? 0 : facts.length / total,
    measures: Object.fromEntries(measures.map((m) => [m, summarize(facts.map((f) => measureOf(f, m)))])),
  };
}

export function statsTable(db: Database, input: z.output<typeof statsInputSchema>): StatsTable {
  const facts = loadFacts(db, input.filter);
  const measures = [...new Set(input.measures)];
  const groupBy = [...new Set(input.groupBy)];
  const buckets = new Map<string, { keys: GroupKey[]; facts: PracticeFact[] }>();
  for (const fact of facts) {
    // Every combination of the practice's keys (several only for technology domains).
    let combos: GroupKey[][] = [[]];
    for (const field of groupBy) combos = combos.flatMap((combo) => groupKeysOf(fact, field).map((k) => [...combo, k]));
    for (const keys of combos) {
      const id = JSON.stringify(keys.map((k) => k.value));
      const bucket = buckets.get(id) ?? { keys, facts: [] };
      bucket.facts.push(fact);
      buckets.set(id, bucket);
    }
  }
  const rows = [...buckets.values()]
    .sort((a, b) => {
      for (let i = 0; i < a.keys.length; i++) {
        const order = compareGroupKeys(a.keys[i] as GroupKey, b.keys[i] as GroupKey);
        if (order !== 0) return order;
      }
      return 0;
    })
    .map((b) => statsRow(b.keys, b.facts, facts.length, measures));
  return { groupBy, measures, total: facts.length, rows, overall: statsRow([], facts, facts.length, measures) };
}
