/** The comparison table (practice x dimension), like D3.2 §1.4: narrative and score per cell. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { CompareSortField, compareInputSchema } from '../analysisSchemas.js';
import type { CompareRow, CompareTable, DimensionTarget } from '../analysisModel.js';
import { DIMENSION_IDS, type DimensionId } from '../domain.js';
import { listDimensions } from '../rubric.js';
import { loadFacts, type PracticeFact } from './facts.js';
import { compareGroupKeys, groupKeysOf } from './grouping.js';

export function dimensionTargets(db: Database): DimensionTarget[] {
  return listDimensions(db).map(({ id, name, target }) => ({ id, name, target }));
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
