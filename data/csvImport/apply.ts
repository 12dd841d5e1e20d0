/** Writes an import plan: all of it in one transaction, or nothing. */
import type { Database } from 'better-sqlite3';
import type { Confidence, DimensionId, ScoreValue } from '../domain.js';
import type { PracticeFields } from '../model.js';
import { createPractice, updatePractice } from '../practices.js';
import { setScore } from '../scores.js';
import { setCriteria, setElements } from '../practiceChecklist.js';
import type { ImportPlan, PlannedRow } from './plan.js';
import { jobStep } from '../jobContext.js';

export function applyImport(db: Database, plan: ImportPlan, raterId: string | undefined): void {
  db.transaction(() => {
    // New practices first, without their parents: a file lists children before parents as often as after.
    const created = new Map<PlannedRow, string>();
    for (const [index, row] of plan.rows.entries()) {
      if (index % 500 === 0) jobStep('Writing new practices', index, plan.rows.length);
      if (row.action === 'new') created.set(row, createPractice(db, { ...(row.fields as PracticeFields), parentId: null }, row.id ?? undefined));
    }
    for (const [index, row] of plan.rows.entries()) {
      if (index % 500 === 0) jobStep('Writing changes and scores', index, plan.rows.length);
      if (row.action === 'unchanged') continue;
      const id = created.get(row) ?? (row.id as string);
      if (row.action === 'new' && row.fields.parentId) updatePractice(db, id, { parentId: row.fields.parentId });
      if (row.action === 'updated' && Object.keys(row.fields).length > 0) updatePractice(db, id, row.fields);
      for (const [dimension, value] of Object.entries(row.scores) as [DimensionId, ScoreValue | null][]) {
        // A score column carries the number only: the rater's evidence and confidence stay as they were.
        const kept = db.prepare('SELECT evidence, confidence FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(id, dimension, raterId) as
          | { evidence: string | null; confidence: Confidence | null }
          | undefined;
        setScore(db, { practiceId: id, dimension, raterId: raterId as string, value, evidence: kept?.evidence ?? null, confidence: kept?.confidence ?? null });
      }
      if (row.elements.length > 0) setElements(db, id, row.elements);
      if (Object.keys(row.criteria).length > 0) setCriteria(db, id, row.criteria);
    }
  })();
}
