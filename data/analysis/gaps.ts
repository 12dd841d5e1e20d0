/** Where practices fall short: mean score and gap per dimension and group, the score distribution, a practice's profile. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { distributionInputSchema, gapsInputSchema, profileInputSchema } from '../analysisSchemas.js';
import type { Distribution, GapGroup, GapTable, GroupKey, Profile } from '../analysisModel.js';
import { DIMENSION_IDS, type DimensionId } from '../domain.js';
import { ApiFailure } from '../envelope.js';
import { dimensionTargets } from './compare.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { groupFacts, groupKeysOf } from './grouping.js';
import { ValueCounts } from './valueCounts.js';

/** Each dimension's scores among the facts, counted (not listed): the means of 100,000 practices stay fast. */
function scoreCounts(facts: PracticeFact[]): Record<DimensionId, ValueCounts> {
  const counts = Object.fromEntries(DIMENSION_IDS.map((d) => [d, new ValueCounts()])) as Record<DimensionId, ValueCounts>;
  for (const fact of facts) {
    for (const d of DIMENSION_IDS) if (fact.scores[d] !== null) counts[d].add(fact.scores[d]);
  }
  return counts;
}

function gapGroup(key: GroupKey, facts: PracticeFact[], targets: Map<string, number>): GapGroup {
  const counts = scoreCounts(facts);
  const cells = Object.fromEntries(
    DIMENSION_IDS.map((d) => {
      const m = counts[d].mean();
      return [d, { rated: counts[d].present, mean: m, gap: m === null ? null : (targets.get(d) ?? 3) - m }];
    }),
  ) as GapGroup['cells'];
  return { ...key, practices: facts.length, cells };
}

export function gapTable(db: Database, input: z.output<typeof gapsInputSchema>): GapTable {
  const dimensions = dimensionTargets(db);
  const targets = new Map(dimensions.map((d) => [d.id as string, d.target]));
  const facts = loadFacts(db, input.filter);
  const groupBy = input.groupBy ?? null;
  return {
    dimensions,
    groupBy,
    groups: groupFacts(facts, groupBy).map((g) => gapGroup(g.key, g.facts, targets)),
    overall: gapGroup({ value: null, label: 'All practices' }, facts, targets),
  };
}

export function scoreDistribution(db: Database, input: z.output<typeof distributionInputSchema>): Distribution {
  const facts = loadFacts(db, input.filter);
  return {
    practices: facts.length,
    rows: dimensionTargets(db).map((d) => {
      const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      let unrated = 0;
      for (const fact of facts) {
        const score = fact.scores[d.id];
        if (score === null) unrated++;
        else counts[Math.min(4, Math.max(0, Math.round(score))) as 0 | 1 | 2 | 3 | 4] += 1;
      }
      return { dimension: d.id, name: d.name, counts, unrated };
    }),
  };
}

export function practiceProfile(db: Database, input: z.output<typeof profileInputSchema>): Profile {
  const all = loadFacts(db, {});
  const practice = all.find((f) => f.id === input.id);
  if (!practice) throw new ApiFailure('not_found', `There is no practice with id "${input.id}".`);
  // A practice in several groups (technology domains) is compared with the first.
  const groupKey = groupKeysOf(practice, input.groupBy)[0] as GroupKey;
  const members = all.filter((f) => groupKeysOf(f, input.groupBy).some((k) => k.value === groupKey.value));
  const counts = scoreCounts(members);
  return {
    practice: { id: practice.id, name: practice.name },
    groupBy: input.groupBy,
    group: { ...groupKey, practices: members.length },
    rows: dimensionTargets(db).map((d) => ({ ...d, score: practice.scores[d.id], groupMean: counts[d.id].mean(), groupRated: counts[d.id].present })),
  };
}
