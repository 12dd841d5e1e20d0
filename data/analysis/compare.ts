/** The comparison table (practice x dimension), like D3.2 §1.4: narrative and score per cell. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { CompareSortField, compareInputSchema } from './schemas.js';
import type { CompareRow, CompareTable, DimensionTarget } from './model.js';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import type { ElementStatus, EuElementId } from '../domain/euElements.js';
import type { SelectionCriterionId } from '../domain/selectionCriteria.js';
import { listDimensions } from '../scoring/index.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { compareGroupKeys, groupKeysOf } from './grouping.js';

export function dimensionTargets(db: Database): DimensionTarget[] {
  return listDimensions(db).map(({ id, name, target }) => ({ id, name, target }));
}

type Checklist = Pick<CompareRow, 'elements' | 'criteria' | 'shortlisted'>;

/** The EU elements, criteria and shortlist flag of the compared practices (the extra columns). */
function checklistsOf(db: Database, ids: string[]): Map<string, Checklist> {
  const json = JSON.stringify(ids);
  const out = new Map<string, Checklist>();
  for (const row of db.prepare('SELECT id, shortlisted FROM practices WHERE id IN (SELECT value FROM json_each(?))').all(json) as { id: string; shortlisted: number }[]) {
    out.set(row.id, { elements: {}, criteria: [], shortlisted: row.shortlisted === 1 });
  }
  const elements = db
    .prepare("SELECT practice_id AS id, item_id AS element, status, note FROM lens_answers WHERE lens_id = 'eu_elements' AND practice_id IN (SELECT value FROM json_each(?))")
    .all(json) as { id: string; element: EuElementId; status: ElementStatus; note: string | null }[];
  for (const e of elements) {
    const entry = out.get(e.id);
    if (entry) entry.elements[e.element] = { status: e.status, note: e.note };
  }
  const criteria = db
    .prepare("SELECT practice_id AS id, item_id AS criterion FROM lens_answers WHERE lens_id = 'selection_criteria' AND status = 'yes' AND practice_id IN (SELECT value FROM json_each(?)) ORDER BY item_id")
    .all(json) as { id: string; criterion: SelectionCriterionId }[];
  for (const c of criteria) out.get(c.id)?.criteria.push(c.criterion);
  return out;
}

function sortValue(fact: PracticeFact, field: Exclude<CompareSortField, 'picked'>): string | number | null {
  if (field === 'name') return fact.name;
  if (field === 'country') return fact.country;
  if (field === 'practiceNumber') return fact.practiceNumber;
  return fact.scores[field.slice('score.'.length) as DimensionId];
}

/** Empty values sort last in both directions, as in the practice table. */
function compareValues(a: string | number | null, b: string | number | null, desc: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return desc ? -order : order;
}

export function compareTable(db: Database, input: z.output<typeof compareInputSchema>): CompareTable {
  const facts = loadFacts(db, input.filter, input.ids);
  const narratives = db
    .prepare(`SELECT practice_id AS id, dimension_id AS dimension, text FROM narratives WHERE practice_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(facts.map((f) => f.id))) as { id: string; dimension: DimensionId; text: string }[];
  const narrativeOf = new Map(narratives.map((n) => [`${n.id}\u0000${n.dimension}`, n.text]));
  const checklist = checklistsOf(db, facts.map((f) => f.id));

  // "picked": hand-picked rows in the order they were picked (loadFacts keeps the ids' order).
  const field = input.sort.field;
  const ordered =
    field === 'picked'
      ? input.sort.desc
        ? [...facts].reverse()
        : facts
      : [...facts].sort((a, b) => compareValues(sortValue(a, field), sortValue(b, field), input.sort.desc) || a.name.localeCompare(b.name));

  const toRow = (fact: PracticeFact, group: CompareRow['group']): CompareRow => ({
    id: fact.id,
    name: fact.name,
    code: fact.code,
    country: fact.country,
    countryGroup: fact.countryGroup,
    practiceNumber: fact.practiceNumber,
    group,
    cells: Object.fromEntries(
      DIMENSION_IDS.map((d) => [d, { narrative: narrativeOf.get(`${fact.id}\u0000${d}`) ?? null, score: fact.scores[d], raters: fact.raters[d] }]),
    ) as CompareRow['cells'],
    ...(checklist.get(fact.id) ?? { elements: {}, criteria: [], shortlisted: false }),
  });

  const groupBy = input.groupBy ?? null;
  let rows: CompareRow[];
  if (groupBy === null) {
    rows = ordered.map((f) => toRow(f, null));
  } else {
    // Stable: within a group the rows keep the sort order.
    rows = ordered
      .flatMap((f) => groupKeysOf(f, groupBy).map((key) => toRow(f, key)))
      .map((row, index) => ({ row, index }))
      .sort((a, b) => compareGroupKeys(a.row.group!, b.row.group!) || a.index - b.index)
      .map(({ row }) => row);
  }
  return { dimensions: dimensionTargets(db), groupBy, rows, practices: facts.length };
}
