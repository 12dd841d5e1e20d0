/**
 * The filtered practices as the analyses need them: the fields they group by and measure, and
 * each dimension's score (the mean of the raters; null when nobody rated it).
 */
import type { Database } from 'better-sqlite3';
import { countryGroupOf, DIMENSION_IDS, type CountryGroup, type DimensionId } from '../domain.js';
import type { PracticeRow } from '../model.js';
import { filteredPractices, type ValidFilter } from '../practiceList.js';
import { revisionOf } from '../storeRevision.js';

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

const SCORE_COLUMNS = DIMENSION_IDS.map(
  (d) => `avg(CASE WHEN dimension_id = '${d}' THEN value END) AS score_${d}, count(CASE WHEN dimension_id = '${d}' THEN value END) AS raters_${d}`,
).join(', ');

type Row = Record<string, string | number | null>;

/**
 * The last few results per store: a view usually asks several analyses of one filter in a row
 * (gaps, distribution, profile), and nothing changed in between. Keyed on the store's revision.
 */
const recent = new WeakMap<Database, Map<string, PracticeFact[]>>();
const KEEP = 4;

/** The practices a filter selects, or exactly the given ids in their order. Callers must not change the result. */
export function loadFacts(db: Database, filter: ValidFilter, ids?: string[]): PracticeFact[] {
  const key = `${revisionOf(db)}\u0000${JSON.stringify(filter)}\u0000${JSON.stringify(ids ?? null)}`;
  const cache = recent.get(db) ?? new Map<string, PracticeFact[]>();
  recent.set(db, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = queryFacts(db, filter, ids);
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value as string);
  cache.set(key, facts);
  return facts;
}

function queryFacts(db: Database, filter: ValidFilter, ids?: string[]): PracticeFact[] {
  // Hand-picked ids replace the filter (the comparison's picked rows).
  const source = filteredPractices(ids ? {} : filter, {
    parent: true,
    joins: `LEFT JOIN (SELECT practice_id, ${SCORE_COLUMNS} FROM scores WHERE value IS NOT NULL GROUP BY practice_id) s ON s.practice_id = p.id`,
  });
  const [sql, params] = ids
    ? [`${source.sql} WHERE p.id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]]
    : [source.sql, source.params];
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.code, p.country, p.region, p.scope, p.practice_type, p.technology_domains, p.level, p.eqf_level,
         p.delivery_mode, p.digital_issuance, p.release_year, p.case_study, p.parent_id, parent.name AS parent_name,
         p.practice_number, p.hours, p.ects, p.registered_providers, s.*
       ${sql}`,
    )
    .all(...params) as Row[];
  const facts = rows.map(toFact);
  if (!ids) return facts;
  const byId = new Map(facts.map((f) => [f.id, f]));
  return ids.map((id) => byId.get(id)).filter((f): f is PracticeFact => f !== undefined);
}

function toFact(row: Row): PracticeFact {
  const country = String(row.country);
  return {
    id: String(row.id),
    name: String(row.name),
    code: row.code as string | null,
    country,
    countryGroup: countryGroupOf(country),
    region: row.region as string | null,
    scope: row.scope as PracticeFact['scope'],
    practiceType: row.practice_type as PracticeFact['practiceType'],
    technologyDomains: JSON.parse(String(row.technology_domains ?? '[]')) as PracticeFact['technologyDomains'],
    level: row.level as string | null,
    eqfLevel: row.eqf_level as number | null,
    deliveryMode: row.delivery_mode as PracticeFact['deliveryMode'],
    digitalIssuance: row.digital_issuance as PracticeFact['digitalIssuance'],
    releaseYear: row.release_year as number | null,
    caseStudy: row.case_study === 1,
    parentId: row.parent_id as string | null,
    parentName: row.parent_name as string | null,
    practiceNumber: row.practice_number as number | null,
    hours: row.hours as number | null,
    ects: row.ects as number | null,
    registeredProviders: row.registered_providers as number | null,
    scores: Object.fromEntries(DIMENSION_IDS.map((d) => [d, (row[`score_${d}`] ?? null) as number | null])) as PracticeFact['scores'],
    raters: Object.fromEntries(DIMENSION_IDS.map((d) => [d, Number(row[`raters_${d}`] ?? 0)])) as PracticeFact['raters'],
  };
}
