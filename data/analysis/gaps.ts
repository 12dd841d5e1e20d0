/** Where practices fall short: mean score and gap per dimension and group, the score distribution, a practice's profile. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { distributionInputSchema, gapsInputSchema, profileInputSchema } from './schemas.js';
import type { Distribution, GapGroup, GapTable, GroupKey, Profile } from './model.js';
import { DIMENSION_IDS } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import { dimensionTargets } from './compare.js';
import { groupColumn, LevelCounts, numericColumn, type NumericColumn } from './factColumns.js';
import { loadFacts, selectFacts, type PracticeFact } from './facts.js';
import { filterIsEmpty } from '../practices/index.js';
import { compareGroupKeys } from './grouping.js';

/** A group's practices and each dimension's scores among them, counted as they are met. */
interface GapCounts {
  key: GroupKey;
  practices: number;
  scores: LevelCounts[];
}

function scoreColumns(all: readonly PracticeFact[]): NumericColumn[] {
  return DIMENSION_IDS.map((d) => numericColumn(all, `score.${d}`));
}

function gapCounts(key: GroupKey, columns: NumericColumn[]): GapCounts {
  return { key, practices: 0, scores: columns.map((c) => new LevelCounts(c.levels)) };
}

function count(into: GapCounts, columns: NumericColumn[], i: number): void {
  into.practices++;
  for (let d = 0; d < columns.length; d++) (into.scores[d] as LevelCounts).add((columns[d] as NumericColumn).codes[i] as number);
}

function gapGroup(counts: GapCounts, targets: Map<string, number>): GapGroup {
  const cells = Object.fromEntries(
    DIMENSION_IDS.map((d, index) => {
      const scores = counts.scores[index] as LevelCounts;
      const m = scores.mean();
      return [d, { rated: scores.present, mean: m, gap: m === null ? null : (targets.get(d) ?? 3) - m }];
    }),
  ) as GapGroup['cells'];
  return { ...counts.key, practices: counts.practices, cells };
}

export function gapTable(db: Database, input: z.output<typeof gapsInputSchema>): GapTable {
  const dimensions = dimensionTargets(db);
  const targets = new Map(dimensions.map((d) => [d.id as string, d.target]));
  const { all, positions } = selectFacts(db, input.filter);
  const groupBy = input.groupBy ?? null;
  const columns = scoreColumns(all);
  // A filtered table's summary row is not every practice: it says so (in exports too).
  const overall = gapCounts({ value: null, label: filterIsEmpty(input.filter) ? 'All practices' : 'All filtered practices' }, columns);
  // Groups in the order first met, then sorted (a stable sort): the order the groups always had.
  const groups = new Map<number, GapCounts>();
  const column = groupBy === null ? null : groupColumn(all, groupBy);
  for (const i of positions) {
    count(overall, columns, i);
    if (!column) continue;
    for (let m = column.starts[i] as number; m < (column.starts[i + 1] as number); m++) {
      const code = column.members[m] as number;
      let group = groups.get(code);
      if (!group) groups.set(code, (group = gapCounts(column.keys[code] as GroupKey, columns)));
      count(group, columns, i);
    }
  }
  const grouped = column ? [...groups.values()].sort((a, b) => compareGroupKeys(a.key, b.key)) : [overall];
  return {
    dimensions,
    groupBy,
    groups: grouped.map((g) => gapGroup(g, targets)),
    overall: gapGroup(overall, targets),
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
  const { all } = selectFacts(db, {});
  const at = all.findIndex((f) => f.id === input.id);
  const practice = all[at];
  if (!practice) throw new ApiFailure('not_found', `There is no practice with id "${input.id}".`);
  // A practice in several groups (technology domains) is compared with the first.
  const column = groupColumn(all, input.groupBy);
  const group = column.members[column.starts[at] as number] as number;
  const columns = scoreColumns(all);
  const members = gapCounts(column.keys[group] as GroupKey, columns);
  all.forEach((_, i) => {
    for (let m = column.starts[i] as number; m < (column.starts[i + 1] as number); m++) if (column.members[m] === group) count(members, columns, i);
  });
  return {
    practice: { id: practice.id, name: practice.name },
    groupBy: input.groupBy,
    group: { ...members.key, practices: members.practices },
    rows: dimensionTargets(db).map((d) => {
      const scores = members.scores[DIMENSION_IDS.indexOf(d.id)] as LevelCounts;
      return { ...d, score: practice.scores[d.id], groupMean: scores.mean(), groupRated: scores.present };
    }),
  };
}
