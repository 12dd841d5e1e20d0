/**
 * What a new store holds before anyone writes: the five dimensions with their default target, and
 * rubric version 1 (data/domain/rubric.json, the project's anchored 0-4 rubric). Written when the
 * store is created, outside the history (there is nothing before it to undo to).
 */
import type { Database } from 'better-sqlite3';
import { DEFAULT_DIMENSION_TARGET, DIMENSION_IDS, DIMENSION_NAMES } from '../domain/domain.js';
import rubric from '../domain/rubric.json' with { type: 'json' };
import { statement } from './statements.js';

export function initReferenceData(db: Database): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    const insertDimension = statement(db, 'INSERT INTO dimensions (id, name, position, target) VALUES (?, ?, ?, ?)');
    DIMENSION_IDS.forEach((id, i) => insertDimension.run(id, DIMENSION_NAMES[id], i, DEFAULT_DIMENSION_TARGET));
    statement(db, 'INSERT INTO rubric_versions (version, label, created_at) VALUES (1, ?, ?)').run(rubric.label, now);
    const insertDescriptor = statement(db, 'INSERT INTO rubric_descriptors (version, dimension_id, level, descriptor) VALUES (1, ?, ?, ?)');
    for (const id of DIMENSION_IDS) {
      rubric.descriptors[id].forEach((text, level) => insertDescriptor.run(id, level, text));
    }
  })();
}
