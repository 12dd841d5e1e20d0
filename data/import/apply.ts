/** Writes an import plan: all of it in one transaction, or nothing. */
import type { Database } from 'better-sqlite3';
import type { Confidence, DimensionId, ScoreValue } from '../domain/domain.js';
import type { PracticeFields } from '../practices/model.js';
import { randomUUID } from 'node:crypto';
import { insertPractice, insertPractices, updatePractice } from '../practices/index.js';
import { setScore } from '../scoring/index.js';
import { setCriteria, setElements } from '../practices/index.js';
import type { ImportPlan, PlannedRow } from './plan.js';
import { jobStep } from '../jobs/context.js';
import { statement } from '../store/statements.js';

/**
 * The new rows, each after the new row that contains it, so that each is written once with its
 * parent (a file lists components before their parents as often as after). A row whose parent
 * chain leads back to itself is written without its parent and given it afterwards, where the
 * practice's own check refuses the cycle.
 */
function parentsFirst(rows: readonly PlannedRow[]): { order: PlannedRow[]; parentAfterwards: Set<PlannedRow> } {
  const newRows = rows.filter((row) => row.action === 'new');
  const newById = new Map(newRows.filter((row) => row.id !== null).map((row) => [row.id as string, row]));
  const order: PlannedRow[] = [];
  const parentAfterwards = new Set<PlannedRow>();
  const placed = new Set<PlannedRow>();
  for (const row of newRows) {
    const chain: PlannedRow[] = [];
    const inChain = new Set<PlannedRow>();
    let current: PlannedRow | undefined = row;
    while (current !== undefined && !placed.has(current) && !inChain.has(current)) {
      chain.push(current);
      inChain.add(current);
      current = current.fields.parentId ? newById.get(current.fields.parentId) : undefined;
    }
    if (current !== undefined && inChain.has(current)) parentAfterwards.add(chain[chain.length - 1] as PlannedRow);
    for (const link of chain.reverse()) {
      placed.add(link);
      order.push(link);
    }
  }
  return { order, parentAfterwards };
}

/**
 * How new practices are written: `bulk` (many rows per statement, insertPractices), or `rowByRow`
 * (insertPractice for each), kept as the reference the bulk path's history is compared with
 * (data/import/bulkHistory.test.ts).
 */
export type NewRowWrites = 'bulk' | 'rowByRow';

/** New practices per insertPractices call: many rows per statement, with progress between slices. */
const BULK_SLICE = 1000;

export function applyImport(db: Database, plan: ImportPlan, raterId: string | undefined, newRows: NewRowWrites = 'bulk'): void {
  db.transaction(() => {
    const { order, parentAfterwards } = parentsFirst(plan.rows);
    const created = new Map<PlannedRow, string>();
    const fieldsOf = (row: PlannedRow) => (parentAfterwards.has(row) ? { ...(row.fields as PracticeFields), parentId: null } : (row.fields as PracticeFields));
    if (newRows === 'bulk') {
      for (const row of order) created.set(row, row.id ?? randomUUID());
      const now = new Date().toISOString();
      // In slices, parents first as ordered, so progress moves (and a cancel or kill lands) mid-way.
      for (let start = 0; start < order.length || start === 0; start += BULK_SLICE) {
        jobStep('Writing new practices', start, order.length);
        insertPractices(db, order.slice(start, start + BULK_SLICE).map((row) => ({ id: created.get(row) as string, fields: fieldsOf(row) })), now);
      }
    } else {
      for (const [index, row] of order.entries()) {
        if (index % 500 === 0) jobStep('Writing new practices', index, order.length);
        created.set(row, insertPractice(db, fieldsOf(row), row.id ?? undefined));
      }
    }
    for (const [index, row] of plan.rows.entries()) {
      if (index % 500 === 0) jobStep('Writing changes and scores', index, plan.rows.length);
      if (row.action === 'unchanged') continue;
      const id = created.get(row) ?? (row.id as string);
      if (parentAfterwards.has(row)) updatePractice(db, id, { parentId: row.fields.parentId });
      if (row.action === 'updated' && Object.keys(row.fields).length > 0) updatePractice(db, id, row.fields);
      for (const [dimension, value] of Object.entries(row.scores) as [DimensionId, ScoreValue | null][]) {
        // A score column carries the number only: the rater's evidence and confidence stay as they were.
        const kept = statement(db, 'SELECT evidence, confidence FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(id, dimension, raterId) as
          | { evidence: string | null; confidence: Confidence | null }
          | undefined;
        setScore(db, { practiceId: id, dimension, raterId: raterId as string, value, evidence: kept?.evidence ?? null, confidence: kept?.confidence ?? null });
      }
      if (row.elements.length > 0) setElements(db, id, row.elements);
      if (Object.keys(row.criteria).length > 0) setCriteria(db, id, row.criteria);
    }
  })();
}
