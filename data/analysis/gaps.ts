/** Where practices fall short: mean score and gap per dimension and group, the score distribution, a practice's profile. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { distributionInputSchema, gapsInputSchema, profileInputSchema } from '../analysisSchemas.js';
import type { Distribution, GapGroup, GapTable, GroupKey, Profile } from '../analysisModel.js';
import { DIMENSION_IDS } from '../domain.js';
import { ApiFailure } from '../envelope.js';
import { mean } from '../statistics.js';
import { dimensionTargets } from './compare.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { groupFacts, groupKeysOf } from './grouping.js';

function gapGroup(key: GroupKey, facts: PracticeFact[], targets: Map<string, number>): GapGroup {
  const cells = Object.fromEntries(
    DIMENSION_IDS.map((d) => {
      const scores = facts.map((f) => f.scores[d]).filter((s): s is number => s !== null);
      const m = mean(scores);
      return [d, { rated: scores.length, mean: m, gap: m === null ? null : (targets.get(d) ?? 3) - m }];
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
  return {
    practice: { id: practice.id, name: practice.name },
    groupBy: input.groupBy,
    group: { ...groupKey, practices: members.length },
    rows: dimensionTargets(db).map((d) => {
      const scores = members.map((f) => f.scores[d.id]).filter((s): s is number => s !== null);
      return { ...d, score: practice.scores[d.id], groupMean: mean(scores), groupRated: scores.length };
    }),
  };
}
