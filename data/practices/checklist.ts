/**
 * A practice's EU information elements and selection criteria: read, and written through the
 * practice's history record (data/historyEntities.ts holds them in the `practice` state as
 * `elements` and `criteria`), so undo, redo and merges cover them like any other edit.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ELEMENT_STATUSES, EU_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import type { PracticeCriteria, PracticeElement } from './model.js';
import { track } from '../history/history.js';
import { ApiFailure } from '../domain/envelope.js';
import { SELECTION_CRITERION_IDS, type SelectionCriterionId } from '../domain/selectionCriteria.js';
import { statement } from '../store/statements.js';

/**
 * The `elements` and `criteria` parts of a practice's history state as this app writes them: for
 * states that arrive from elsewhere (a partner's file in a merge), where SQLite checked the types
 * but not that the ids are elements and criteria this app knows.
 */
export const checklistStateSchema = z.object({
  elements: z
    .array(z.strictObject({ element_id: z.enum(EU_ELEMENT_IDS), status: z.enum(ELEMENT_STATUSES), note: z.string().max(2000).nullable() }))
    .max(EU_ELEMENT_IDS.length)
    .optional(),
  criteria: z
    .array(z.strictObject({ criterion_id: z.enum(SELECTION_CRITERION_IDS), met: z.union([z.literal(0), z.literal(1)]) }))
    .max(SELECTION_CRITERION_IDS.length)
    .optional(),
});

export function readElements(db: Database, practiceId: string): PracticeElement[] {
  const rows = statement(db, 'SELECT element_id AS element, status, note FROM practice_elements WHERE practice_id = ?').all(practiceId) as PracticeElement[];
  const byId = new Map(rows.map((r) => [r.element, r]));
  return EU_ELEMENT_IDS.map((element) => byId.get(element) ?? { element, status: 'unknown', note: null });
}

export function readCriteria(db: Database, practiceId: string): PracticeCriteria {
  const met = new Set(
    (statement(db, 'SELECT criterion_id AS id FROM practice_criteria WHERE practice_id = ? AND met = 1').all(practiceId) as { id: string }[]).map((r) => r.id),
  );
  return Object.fromEntries(SELECTION_CRITERION_IDS.map((id) => [id, met.has(id)])) as PracticeCriteria;
}

export interface ElementChange {
  element: EuElementId;
  status: ElementStatus;
  note: string | null;
}

function requireExists(db: Database, id: string): void {
  if (!statement(db, 'SELECT 1 FROM practices WHERE id = ?').get(id)) throw new ApiFailure('not_found', `There is no practice with id "${id}". It may have been deleted.`);
}

const touch = (db: Database, id: string) => statement(db, 'UPDATE practices SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);

/**
 * Sets the given elements (the others stay as they are). "Unknown" without a note removes the row,
 * so a practice nobody judged and one judged back to unknown have the same state. Returns whether
 * anything changed; saving what is already there changes nothing, not even the time of the last change.
 */
export function setElements(db: Database, practiceId: string, changes: ElementChange[]): boolean {
  return db.transaction(() => {
    requireExists(db, practiceId);
    const current = new Map(readElements(db, practiceId).map((e) => [e.element, e]));
    const effective = changes.filter((c) => {
      const was = current.get(c.element);
      return was === undefined || was.status !== c.status || was.note !== c.note;
    });
    if (effective.length === 0) return false;
    track(db, 'practice', { id: practiceId }, () => {
      const remove = statement(db, 'DELETE FROM practice_elements WHERE practice_id = ? AND element_id = ?');
      const put = statement(
      db,
        `INSERT INTO practice_elements (practice_id, element_id, status, note) VALUES (?, ?, ?, ?)
         ON CONFLICT (practice_id, element_id) DO UPDATE SET status = excluded.status, note = excluded.note`,
      );
      for (const c of effective) {
        if (c.status === 'unknown' && c.note === null) remove.run(practiceId, c.element);
        else put.run(practiceId, c.element, c.status, c.note);
      }
      touch(db, practiceId);
    });
    return true;
  })();
}

/** Ticks or unticks the given criteria (the others stay). An unticked criterion has no row, as one never ticked. */
export function setCriteria(db: Database, practiceId: string, changes: Partial<Record<SelectionCriterionId, boolean>>): boolean {
  return db.transaction(() => {
    requireExists(db, practiceId);
    const current = readCriteria(db, practiceId);
    const effective = (Object.entries(changes) as [SelectionCriterionId, boolean | undefined][]).filter(
      (entry): entry is [SelectionCriterionId, boolean] => entry[1] !== undefined && current[entry[0]] !== entry[1],
    );
    if (effective.length === 0) return false;
    track(db, 'practice', { id: practiceId }, () => {
      const remove = statement(db, 'DELETE FROM practice_criteria WHERE practice_id = ? AND criterion_id = ?');
      const put = statement(db, 'INSERT OR REPLACE INTO practice_criteria (practice_id, criterion_id, met) VALUES (?, ?, 1)');
      for (const [id, met] of effective) {
        if (met) put.run(practiceId, id);
        else remove.run(practiceId, id);
      }
      touch(db, practiceId);
    });
    return true;
  })();
}
