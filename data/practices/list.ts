/**
 * The practice table: one filter (shared by every view), sorting and paging, and the facet
 * counts behind the filter menus. The filter compiles to one parameterised WHERE clause.
 */
import { builtInLens } from '../domain/lenses.js';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { practiceFilterSchema, SortField } from './schemas.js';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import type { GroupField, TextFilterField } from '../domain/fields.js';
import type { Facet, PracticeFacets, PracticePage, PracticeRow } from './model.js';
import { COLUMN_OF, fromColumnValue, type DbRow } from './records.js';
import { countryGroupOf, countryGroupSql } from '../domain/domain.js';
import { escapeLike, foldForSearch, searchTerms } from '../store/search.js';
import { perRevision, scoresBySource, scoresOfPractices, viewerOf, type Viewer } from '../scoring/index.js';

export type ValidFilter = z.output<typeof practiceFilterSchema>;
type Param = string | number;

const COUNTRY_GROUP_SQL = countryGroupSql('p.country');


/** How many selection criteria a practice meets (a lookup on lens_answers' primary key). */
const CRITERIA_MET_SQL = "(SELECT count(*) FROM lens_answers pc WHERE pc.practice_id = p.id AND pc.lens_id = 'selection_criteria' AND pc.status = 'yes')";

/** Number filters that are not a column of practices. */
const NUMBER_SQL: Record<string, string> = { criteriaMet: CRITERIA_MET_SQL };

/**
 * Ends an EXISTS whose subquery can match several rows of one practice. SQLite 3.51 turns such an
 * EXISTS into a join, and OFFSET then counts a practice once per matching row (a page of the
 * table filtered by narratives or technology domains skipped rows it should show). A LIMIT keeps
 * the subquery a subquery.
 */
const ONE_ROW = 'LIMIT 1';

const TEXT_COLUMN: Record<TextFilterField, string> = {
  name: 'p.name',
  code: 'p.code',
  country: 'p.country',
  region: 'p.region',
  provider: 'p.provider',
  level: 'p.level',
  parentName: 'parent.name',
};

/** Typed by the sort fields (data/domain/fields.ts), so a new sortable column fails to compile until it sorts here. */
const SORT_SQL: Record<SortField, string> = {
  // Folded at write time (accents and case), so "Ávila" sorts with the A's; indexed for paging.
  name: 'p.sort_name',
  code: 'p.code COLLATE NOCASE',
  country: 'p.country COLLATE NOCASE',
  countryGroup: COUNTRY_GROUP_SQL,
  region: 'p.region COLLATE NOCASE',
  scope: 'p.scope',
  practiceType: 'p.practice_type',
  provider: 'p.provider COLLATE NOCASE',
  level: 'p.level COLLATE NOCASE',
  deliveryMode: 'p.delivery_mode',
  digitalIssuance: 'p.digital_issuance',
  caseStudy: 'p.case_study',
  shortlisted: 'p.shortlisted',
  criteriaMet: CRITERIA_MET_SQL,
  childCount: 'child_count',
  parentName: 'parent.name COLLATE NOCASE',
  updatedAt: 'p.updated_at',
  ects: 'p.ects',
  hours: 'p.hours',
  releaseYear: 'p.release_year',
  registeredProviders: 'p.registered_providers',
  eqfLevel: 'p.eqf_level',
  practiceNumber: 'p.practice_number',
  ...(Object.fromEntries(DIMENSION_IDS.map((d) => [`score.${d}`, `m.${d}`])) as Record<`score.${DimensionId}`, string>),
};

const GROUP_COLUMN: Partial<Record<GroupField, string>> = {
  country: 'p.country',
  region: 'p.region',
  scope: 'p.scope',
  practiceType: 'p.practice_type',
  level: 'p.level',
  deliveryMode: 'p.delivery_mode',
  digitalIssuance: 'p.digital_issuance',
  eqfLevel: 'p.eqf_level',
  releaseYear: 'p.release_year',
  parent: 'p.parent_id',
};

/** The condition "in this group", with the same grouping rules as the analyses (data/analysis/grouping.ts). */
function groupCondition(field: GroupField, value: string | null, params: Param[]): string {
  switch (field) {
    case 'countryGroup':
      params.push(value ?? '');
      return `${COUNTRY_GROUP_SQL} = ?`;
    case 'technologyDomain':
      if (value === null) return 'json_array_length(p.technology_domains) = 0';
      params.push(value);
      return `EXISTS (SELECT 1 FROM json_each(p.technology_domains) WHERE value = ? ${ONE_ROW})`;
    case 'caseStudy':
      return `p.case_study = ${value === 'true' ? 1 : 0}`;
    case 'hierarchy':
      return value === 'top' ? 'p.parent_id IS NULL' : 'p.parent_id IS NOT NULL';
    default: {
      const column = GROUP_COLUMN[field] as string;
      if (value === null) return `${column} IS NULL`;
      params.push(field === 'eqfLevel' || field === 'releaseYear' ? Number(value) : value);
      return `${column} = ?`;
    }
  }
}

function inList(column: string, values: readonly Param[], where: string[], params: Param[]): void {
  where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

/**
 * Whether p answers yes to every required item of a lens: the required item ids come from the
 * lens's definition (built in) or from its current stored version (a user's lens).
 */
function meetsLensSql(lensId: string, params: Param[]): string {
  const builtIn = builtInLens(lensId);
  const required = builtIn
    ? '?'
    : `(SELECT json_group_array(i.value ->> '$.id') FROM lens_versions v, json_each(v.items) i
        WHERE v.lens_id = ? AND v.version = (SELECT max(w.version) FROM lens_versions w WHERE w.lens_id = v.lens_id) AND i.value ->> '$.required')`;
  params.push(builtIn ? JSON.stringify(builtIn.items.filter((i) => i.required).map((i) => i.id)) : lensId, lensId);
  return `NOT EXISTS (SELECT 1 FROM json_each(${required}) r
    WHERE NOT EXISTS (SELECT 1 FROM lens_answers la WHERE la.practice_id = p.id AND la.lens_id = ? AND la.item_id = r.value AND la.status = 'yes'))`;
}

/** Compiles a validated filter to SQL; every value travels as a parameter. */
function whereClause(filter: ValidFilter): { sql: string; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  for (const term of searchTerms(filter.search ?? '')) {
    where.push(`p.search_text LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(term)}%`);
  }
  if (filter.countryGroup?.length) inList(COUNTRY_GROUP_SQL, filter.countryGroup, where, params);
  if (filter.country?.length) inList('p.country', filter.country, where, params);
  if (filter.practiceType?.length) inList('p.practice_type', filter.practiceType, where, params);
  if (filter.deliveryMode?.length) inList('p.delivery_mode', filter.deliveryMode, where, params);
  if (filter.scope?.length) inList('p.scope', filter.scope, where, params);
  if (filter.digitalIssuance?.length) inList('p.digital_issuance', filter.digitalIssuance, where, params);
  if (filter.technologyDomain?.length) {
    where.push(`EXISTS (SELECT 1 FROM json_each(p.technology_domains) WHERE value IN (${filter.technologyDomain.map(() => '?').join(', ')}) ${ONE_ROW})`);
    params.push(...filter.technologyDomain);
  }
  if (filter.caseStudy !== undefined) {
    where.push('p.case_study = ?');
    params.push(filter.caseStudy ? 1 : 0);
  }
  if (filter.shortlisted !== undefined) {
    where.push('p.shortlisted = ?');
    params.push(filter.shortlisted ? 1 : 0);
  }
  for (const criterion of new Set(filter.criteria ?? [])) {
    where.push("EXISTS (SELECT 1 FROM lens_answers pc WHERE pc.practice_id = p.id AND pc.lens_id = 'selection_criteria' AND pc.item_id = ? AND pc.status = 'yes')");
    params.push(criterion);
  }
  for (const group of filter.groups ?? []) where.push(groupCondition(group.field, group.value, params));
  if (filter.lens) {
    where.push(`${filter.lens.meets ? '' : 'NOT '}${meetsLensSql(filter.lens.id, params)}`);
  }
  if (filter.withNarratives !== undefined) {
    where.push(`${filter.withNarratives ? '' : 'NOT '}EXISTS (SELECT 1 FROM narratives n WHERE n.practice_id = p.id ${ONE_ROW})`);
  }
  if (filter.rated !== undefined) {
    const anyScore = DIMENSION_IDS.map((d) => `m.${d} IS NOT NULL`).join(' OR ');
    where.push(filter.rated ? `(${anyScore})` : `NOT (${anyScore})`);
  }
  if (filter.hierarchy === 'top') where.push('p.parent_id IS NULL');
  if (filter.hierarchy === 'components') where.push('p.parent_id IS NOT NULL');
  if (filter.parentId !== undefined) {
    where.push('p.parent_id = ?');
    params.push(filter.parentId);
  }
  for (const [field, text] of Object.entries(filter.text ?? {})) {
    if (!text || text.trim() === '') continue;
    // Column filters match accent-insensitively too, through the same folding as the search box.
    where.push(`fold(${TEXT_COLUMN[field as TextFilterField]}) LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(foldForSearch(text.trim()))}%`);
  }
  for (const [field, range] of Object.entries(filter.numbers ?? {})) {
    const column = NUMBER_SQL[field] ?? `p.${COLUMN_OF[field as keyof typeof COLUMN_OF]}`;
    if (range?.min !== undefined) {
      where.push(`${column} >= ?`);
      params.push(range.min);
    }
    if (range?.max !== undefined) {
      where.push(`${column} <= ?`);
      params.push(range.max);
    }
  }
  for (const [dimension, range] of Object.entries(filter.scores ?? {}) as [DimensionId, { min?: number; max?: number; unrated?: boolean }][]) {
    const conditions: string[] = [];
    const bounds: Param[] = [];
    if (range.min !== undefined) {
      conditions.push(`m.${dimension} >= ?`);
      bounds.push(range.min);
    }
    if (range.max !== undefined) {
      conditions.push(`m.${dimension} <= ?`);
      bounds.push(range.max);
    }
    const rated = conditions.length > 0 ? conditions.join(' AND ') : `m.${dimension} IS NOT NULL`;
    if (range.unrated) {
      where.push(range.min === undefined && range.max === undefined ? `m.${dimension} IS NULL` : `((${rated}) OR m.${dimension} IS NULL)`);
    } else {
      where.push(`(${rated})`);
    }
    params.push(...bounds);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

function rowFromDb(row: DbRow): PracticeRow {
  const country = String(row.country);
  return {
    id: String(row.id),
    name: String(row.name),
    code: row.code as string | null,
    parentId: row.parent_id as string | null,
    parentName: row.parent_name as string | null,
    childCount: Number(row.child_count),
    practiceNumber: row.practice_number as number | null,
    caseStudy: row.case_study === 1,
    shortlisted: row.shortlisted === 1,
    criteriaMet: Number(row.criteria_met ?? 0),
    country,
    countryGroup: countryGroupOf(country),
    region: row.region as string | null,
    scope: row.scope as PracticeRow['scope'],
    practiceType: row.practice_type as PracticeRow['practiceType'],
    provider: row.provider as string | null,
    technologyDomains: fromColumnValue('technologyDomains', row.technology_domains ?? '[]') as PracticeRow['technologyDomains'],
    level: row.level as string | null,
    eqfLevel: row.eqf_level as number | null,
    ects: row.ects as number | null,
    hours: row.hours as number | null,
    deliveryMode: row.delivery_mode as PracticeRow['deliveryMode'],
    releaseYear: row.release_year as number | null,
    registeredProviders: row.registered_providers as number | null,
    digitalIssuance: row.digital_issuance as PracticeRow['digitalIssuance'],
    scores: Object.fromEntries(DIMENSION_IDS.map((d) => [d, (row[`score_${d}`] ?? null) as number | null])) as PracticeRow['scores'],
    updatedAt: String(row.updated_at),
  };
}

/**
 * The table of the scores views use (analysis/derived.ts), asked for only when a filter or sort
 * needs it: filling it costs a pass over every score. A caller that filters by score must give it.
 */
function meansSource(get: (() => string) | undefined): string {
  if (!get) throw new Error('A filter on scores needs the source of the scores (meansTable).');
  return get();
}

/** True when the filter selects every practice. */
export function filterIsEmpty(filter: ValidFilter): boolean {
  return whereClause(filter).sql === '';
}

const needsMeans = (filter: ValidFilter) => Object.keys(filter.scores ?? {}).length > 0 || filter.rated !== undefined;

/**
 * "FROM practices p … WHERE …" for a filter: every view selects its practices through this. It
 * joins only what the filter (and `also`) needs: the score means (m) cost a pass over every score
 * unless `meansTable` names a table that holds them already (analysis/derived.ts), the parent
 * (parent) a lookup per row. `joins` adds a caller's own joins before the WHERE.
 */
export function filteredPractices(
  filter: ValidFilter,
  also: { means?: boolean; parent?: boolean; joins?: string; meansTable?: () => string } = {},
): { sql: string; params: Param[] } {
  const { sql: where, params } = whereClause(filter);
  const means = also.means || needsMeans(filter);
  const parent = also.parent || Boolean(filter.text?.parentName?.trim());
  const sql = [
    'FROM practices p',
    parent ? 'LEFT JOIN practices parent ON parent.id = p.parent_id' : '',
    means ? `LEFT JOIN ${meansSource(also.meansTable)} m ON m.practice_id = p.id` : '',
    also.joins ?? '',
    where,
  ].join(' ');
  return { sql, params };
}

export function listPractices(
  db: Database,
  query: { filter: ValidFilter; sort: { field: SortField; desc: boolean }[]; offset: number; limit: number },
  // Blind mode hides others' scores from the score columns, and from sorting and filtering by them.
  viewer: Viewer = viewerOf(db),
): PracticePage {
  const sortsByScore = query.sort.some((s) => s.field.startsWith('score.'));
  const sorted = filteredPractices(query.filter, {
    means: sortsByScore,
    parent: query.sort.some((s) => s.field === 'parentName'),
    meansTable: () => scoresBySource(db, viewer),
  });
  const order = [...query.sort.map((s) => `${SORT_SQL[s.field]} ${s.desc ? 'DESC' : 'ASC'} NULLS LAST`), 'p.id'].join(', ');
  // A filter makes counting a pass over every practice, which the page's query makes anyway: it
  // counts on the way (a window over the rows before LIMIT). Without one, count(*) is instant
  // and the page can stop after its last row.
  const countOnTheWay = !filterIsEmpty(query.filter);
  // First the page's ids (cheap), then everything shown for just those rows.
  const page = db
    .prepare(
      `SELECT p.id ${countOnTheWay ? ', count(*) OVER () AS total' : ''}
         ${query.sort.some((s) => s.field === 'childCount') ? ', (SELECT count(*) FROM practices c WHERE c.parent_id = p.id) AS child_count' : ''}
       ${sorted.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...sorted.params, query.limit, query.offset) as { id: string; total?: number }[];
  const pageIds = page.map((r) => r.id);
  const counted = () => {
    const all = filteredPractices(query.filter, { meansTable: () => scoresBySource(db, viewer) });
    return (db.prepare(`SELECT count(*) AS n ${all.sql}`).get(...all.params) as { n: number }).n;
  };
  const total = page[0]?.total ?? counted();
  if (pageIds.length === 0) return { rows: [], total, offset: query.offset };

  const placeholders = pageIds.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.code, p.parent_id, parent.name AS parent_name,
         (SELECT count(*) FROM practices c WHERE c.parent_id = p.id) AS child_count,
         p.practice_number, p.case_study, p.country, p.region, p.scope, p.practice_type, p.provider, p.technology_domains,
         p.level, p.eqf_level, p.ects, p.hours, p.delivery_mode, p.release_year, p.registered_providers, p.digital_issuance, p.updated_at,
         p.shortlisted, ${CRITERIA_MET_SQL} AS criteria_met
       FROM practices p LEFT JOIN practices parent ON parent.id = p.parent_id WHERE p.id IN (${placeholders})`,
    )
    .all(...pageIds) as DbRow[];
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  for (const s of scoresOfPractices(db, pageIds, viewer)) {
    const row = byId.get(s.practice_id);
    if (row) for (const d of DIMENSION_IDS) row[`score_${d}`] = s[d] ?? null;
  }
  return { rows: pageIds.map((id) => rowFromDb(byId.get(id) as DbRow)), total, offset: query.offset };
}

function facet(db: Database, sql: string): Facet[] {
  return (db.prepare(sql).all() as { value: string; count: number }[]).map((r) => ({ value: String(r.value), count: r.count }));
}

/** Facets change only with the data, and cost a pass over every practice per field. */
export const practiceFacets = perRevision((db: Database): PracticeFacets => {
  const grouped = (expr: string) =>
    facet(db, `SELECT ${expr} AS value, count(*) AS count FROM practices p WHERE ${expr} IS NOT NULL GROUP BY 1 ORDER BY count DESC, 1`);
  return {
    countryGroup: grouped(COUNTRY_GROUP_SQL),
    country: grouped('p.country'),
    practiceType: grouped('p.practice_type'),
    deliveryMode: grouped('p.delivery_mode'),
    scope: grouped('p.scope'),
    digitalIssuance: grouped('p.digital_issuance'),
    level: grouped('p.level'),
    technologyDomain: facet(
      db,
      'SELECT j.value AS value, count(*) AS count FROM practices p, json_each(p.technology_domains) j GROUP BY 1 ORDER BY count DESC, 1',
    ),
    criteria: facet(db, "SELECT item_id AS value, count(*) AS count FROM lens_answers WHERE lens_id = 'selection_criteria' AND status = 'yes' GROUP BY 1 ORDER BY count DESC, 1"),
  };
});
