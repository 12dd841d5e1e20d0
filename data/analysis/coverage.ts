/** What is left to do: practices mapped against the targets per country, and scoring progress per dimension and rater. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { coverageTargetsSchema, type coverageInputSchema } from './schemas.js';
import { readSetting, writeSetting } from '../history/settings.js';
import type { Coverage } from './model.js';
import { COUNTRY_GROUPS, DIMENSION_IDS, type CountryGroup, type DimensionId } from '../domain/domain.js';
import { listRaters } from '../scoring/index.js';
import { dimensionTargets } from './compare.js';
import { loadFacts } from './facts.js';

const TARGETS_KEY = 'coverageTargets';

/** D3.2 (Introduction): 112 practices, Spain 60, Finland 20, Portugal 12, EU and international 20. */
export const MAPPING_TARGETS: Record<CountryGroup, number> = { Spain: 60, Finland: 20, Portugal: 12, International: 20 };

export function coverageTargets(db: Database): Record<CountryGroup, number> {
  return { ...MAPPING_TARGETS, ...readSetting(db, TARGETS_KEY, coverageTargetsSchema.partial()) };
}

export function setCoverageTargets(db: Database, targets: Record<CountryGroup, number>): Record<CountryGroup, number> {
  writeSetting(db, TARGETS_KEY, targets, true);
  return coverageTargets(db);
}

export function coverage(db: Database, input: z.output<typeof coverageInputSchema>): Coverage {
  const facts = loadFacts(db, input.filter);
  const targets = coverageTargets(db);
  const mapped = new Map<CountryGroup, number>();
  for (const fact of facts) if (fact.parentId === null) mapped.set(fact.countryGroup, (mapped.get(fact.countryGroup) ?? 0) + 1);

  const perRater = db
    .prepare(
      `SELECT rater_id AS rater, dimension_id AS dimension, count(*) AS n FROM scores
       WHERE value IS NOT NULL AND practice_id IN (SELECT value FROM json_each(?)) GROUP BY rater_id, dimension_id`,
    )
    .all(JSON.stringify(facts.map((f) => f.id))) as { rater: string; dimension: DimensionId; n: number }[];
  const totals = db
    .prepare(`SELECT rater_id AS rater, count(DISTINCT practice_id) AS n FROM scores WHERE value IS NOT NULL AND practice_id IN (SELECT value FROM json_each(?)) GROUP BY rater_id`)
    .all(JSON.stringify(facts.map((f) => f.id))) as { rater: string; n: number }[];

  return {
    practices: facts.length,
    countries: COUNTRY_GROUPS.map((group) => ({ group, mapped: mapped.get(group) ?? 0, target: targets[group] })),
    dimensions: dimensionTargets(db).map((d) => {
      const scored = facts.filter((f) => f.scores[d.id] !== null).length;
      return { id: d.id, name: d.name, scored, unscored: facts.length - scored };
    }),
    raters: listRaters(db).map((r) => ({
      id: r.id,
      name: r.name,
      seed: r.seed,
      scored: Object.fromEntries(DIMENSION_IDS.map((d) => [d, perRater.find((p) => p.rater === r.id && p.dimension === d)?.n ?? 0])) as Record<DimensionId, number>,
      total: totals.find((t) => t.rater === r.id)?.n ?? 0,
    })),
  };
}
