/**
 * A practice's answers to every lens (migration 0010: one table for the EU information elements,
 * the selection criteria, the D3.2 lenses and users' own): read, and written through the practice's
 * history record (data/history/entities.ts holds them in the `practice` state as `answers`), so
 * undo, redo and merges cover them like any other edit. The EU elements' and criteria's own
 * operations (practices.setElements, practices.setCriteria) are answers to their built-in lenses.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { EU_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import { ANSWER_NOTE_MAX, ANSWER_SOURCES_MAX, BUILT_IN_LENSES, EU_ELEMENTS_LENS_ID, LENS_ID_PATTERN, LENS_STATUSES, SELECTION_CRITERIA_LENS_ID, type LensStatus } from '../domain/lenses.js';
import type { PracticeCriteria, PracticeElement } from './model.js';
import { track } from '../history/history.js';
import { ApiFailure } from '../domain/envelope.js';
import { SELECTION_CRITERION_IDS, type SelectionCriterionId } from '../domain/selectionCriteria.js';
import { statement } from '../store/statements.js';

const lensIdSchema = z.string().regex(LENS_ID_PATTERN, 'an id of lowercase letters, digits and _');

/**
 * The `answers` part of a practice's history state as this app writes them: for states that arrive
 * from elsewhere (a partner's file in a merge), where SQLite checked the types but not that the ids
 * are well formed, that a built-in lens's items are its own and that the texts stay within limits.
 */
export const checklistStateSchema = z.object({
  answers: z
    .array(
      z.strictObject({
        lens_id: lensIdSchema,
        item_id: lensIdSchema,
        status: z.enum(LENS_STATUSES),
        note: z.string().max(ANSWER_NOTE_MAX).nullable(),
        sources: z.string().max(ANSWER_SOURCES_MAX).nullable(),
      }),
    )
    .max(5000)
    .superRefine((answers, ctx) => {
      for (const [index, a] of answers.entries()) {
        const lens = BUILT_IN_LENSES.find((l) => l.id === a.lens_id);
        if (lens && !lens.items.some((i) => i.id === a.item_id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'item_id'], message: `“${a.item_id}” is not an item of the lens “${lens.name}”` });
        }
      }
    })
    .optional(),
});

export interface StoredAnswer {
  item: string;
  status: LensStatus;
  note: string | null;
  sources: string | null;
}

/** The answers stored for one lens of one practice, by item (no entry = unknown). */
export function readAnswers(db: Database, practiceId: string, lensId: string): Map<string, StoredAnswer> {
  const rows = statement(db, 'SELECT item_id AS item, status, note, sources FROM lens_answers WHERE practice_id = ? AND lens_id = ?').all(practiceId, lensId) as StoredAnswer[];
  return new Map(rows.map((r) => [r.item, r]));
}

/** Every recorded answer to one lens, by practice and item (no entry = unknown). */
export function lensStatuses(db: Database, lensId: string): Map<string, Map<string, LensStatus>> {
  const out = new Map<string, Map<string, LensStatus>>();
  for (const row of statement(db, 'SELECT practice_id AS id, item_id AS item, status FROM lens_answers WHERE lens_id = ?').iterate(lensId) as Iterable<{ id: string; item: string; status: LensStatus }>) {
    let answers = out.get(row.id);
    if (!answers) out.set(row.id, (answers = new Map()));
    answers.set(row.item, row.status);
  }
  return out;
}

export function readElements(db: Database, practiceId: string): PracticeElement[] {
  const stored = readAnswers(db, practiceId, EU_ELEMENTS_LENS_ID);
  return EU_ELEMENT_IDS.map((element) => {
    const answer = stored.get(element);
    return { element, status: answer?.status ?? 'unknown', note: answer?.note ?? null };
  });
}

export function readCriteria(db: Database, practiceId: string): PracticeCriteria {
  const stored = readAnswers(db, practiceId, SELECTION_CRITERIA_LENS_ID);
  return Object.fromEntries(SELECTION_CRITERION_IDS.map((id) => [id, stored.get(id)?.status === 'yes'])) as PracticeCriteria;
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
 * Sets the given items of one lens (the others stay as they are). "Unknown" without a note or
 * sources removes the row, so a practice nobody judged and one judged back to unknown have the same
 * state. Returns whether anything changed; saving what is already there changes nothing, not even
 * the time of the last change. The caller has checked that the items belong to the lens.
 */
export function setAnswers(db: Database, practiceId: string, lensId: string, changes: StoredAnswer[]): boolean {
  return db.transaction(() => {
    requireExists(db, practiceId);
    const current = readAnswers(db, practiceId, lensId);
    const effective = changes.filter((c) => {
      const was = current.get(c.item);
      if (was === undefined) return c.status !== 'unknown' || c.note !== null || c.sources !== null;
      return was.status !== c.status || was.note !== c.note || was.sources !== c.sources;
    });
    if (effective.length === 0) return false;
    track(db, 'practice', { id: practiceId }, () => {
      const remove = statement(db, 'DELETE FROM lens_answers WHERE practice_id = ? AND lens_id = ? AND item_id = ?');
      const put = statement(
        db,
        `INSERT INTO lens_answers (practice_id, lens_id, item_id, status, note, sources) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (practice_id, lens_id, item_id) DO UPDATE SET status = excluded.status, note = excluded.note, sources = excluded.sources`,
      );
      for (const c of effective) {
        if (c.status === 'unknown' && c.note === null && c.sources === null) remove.run(practiceId, lensId, c.item);
        else put.run(practiceId, lensId, c.item, c.status, c.note, c.sources);
      }
      touch(db, practiceId);
    });
    return true;
  })();
}

/** Sets the given EU elements; their sources, set on the lens page, stay. */
export function setElements(db: Database, practiceId: string, changes: ElementChange[]): boolean {
  const current = readAnswers(db, practiceId, EU_ELEMENTS_LENS_ID);
  return setAnswers(
    db,
    practiceId,
    EU_ELEMENTS_LENS_ID,
    changes.map((c) => ({ item: c.element, status: c.status, note: c.note, sources: current.get(c.element)?.sources ?? null })),
  );
}

/**
 * Ticks (yes) or unticks the given criteria (the others stay). Unticking a criterion with no note
 * or sources leaves no row, as one never ticked; one with a note keeps it, answered "no".
 */
export function setCriteria(db: Database, practiceId: string, changes: Partial<Record<SelectionCriterionId, boolean>>): boolean {
  const current = readAnswers(db, practiceId, SELECTION_CRITERIA_LENS_ID);
  const answers = (Object.entries(changes) as [SelectionCriterionId, boolean | undefined][])
    .filter((entry): entry is [SelectionCriterionId, boolean] => entry[1] !== undefined && (current.get(entry[0])?.status === 'yes') !== entry[1])
    .map(([item, met]): StoredAnswer => {
      const was = current.get(item);
      const kept = { note: was?.note ?? null, sources: was?.sources ?? null };
      return { item, status: met ? 'yes' : kept.note === null && kept.sources === null ? 'unknown' : 'no', ...kept };
    });
  return setAnswers(db, practiceId, SELECTION_CRITERIA_LENS_ID, answers);
}
