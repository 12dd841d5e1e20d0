/**
 * Editing the rubric: an edit never changes a version scores were given under; it makes a new
 * version (the current one from then on), and every score keeps the version it was given under.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DIMENSION_IDS } from '../domain/domain.js';
import { track } from '../history/history.js';
import type { Rubric, RubricVersionSummary } from './model.js';
import type { rubricUpdateInputSchema } from './schemas.js';
import { ApiFailure } from '../domain/envelope.js';
import { currentRubricVersion, getRubric } from './rubric.js';

export function createRubricVersion(db: Database, input: z.output<typeof rubricUpdateInputSchema>): Rubric {
  const current = getRubric(db);
  const descriptors = structuredClone(current.descriptors);
  for (const dimension of DIMENSION_IDS) {
    const edited = input.descriptors[dimension];
    if (edited) descriptors[dimension] = edited;
  }
  if (JSON.stringify(descriptors) === JSON.stringify(current.descriptors)) {
    throw new ApiFailure('invalid_input', 'The descriptors are the same as in the current version, so no new version was made.');
  }
  const version = currentRubricVersion(db) + 1;
  const now = new Date().toISOString();
  track(db, 'rubric', { version }, () => {
    db.prepare('INSERT INTO rubric_versions (version, label, created_at) VALUES (?, ?, ?)').run(version, input.label, now);
    const insert = db.prepare('INSERT INTO rubric_descriptors (version, dimension_id, level, descriptor) VALUES (?, ?, ?, ?)');
    for (const dimension of DIMENSION_IDS) descriptors[dimension].forEach((text, level) => insert.run(version, dimension, level, text));
  });
  return getRubric(db, version);
}

/** Every version, newest first, with how many scores were given under each. */
export function listRubricVersions(db: Database): RubricVersionSummary[] {
  return db
    .prepare(
      `SELECT v.version, v.label, v.created_at AS createdAt,
         (SELECT count(*) FROM scores s WHERE s.rubric_version = v.version AND s.value IS NOT NULL) AS scores
       FROM rubric_versions v ORDER BY v.version DESC`,
    )
    .all() as RubricVersionSummary[];
}
