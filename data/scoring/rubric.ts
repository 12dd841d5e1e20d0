/** Dimensions (with their targets) and the versioned rubric. */
import type { Database } from 'better-sqlite3';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import type { Dimension, Rubric } from './model.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import { statement } from '../store/statements.js';

export function listDimensions(db: Database): Dimension[] {
  return statement(db, 'SELECT id, name, position, target FROM dimensions ORDER BY position').all() as Dimension[];
}

export function currentRubricVersion(db: Database): number {
  const row = statement(db, 'SELECT max(version) AS v FROM rubric_versions').get() as { v: number | null };
  if (row.v === null) throw new ApiFailure('store_unusable', 'This dataset has no rubric. It may be damaged.');
  return row.v;
}

export function getRubric(db: Database, version?: number): Rubric {
  const wanted = version ?? currentRubricVersion(db);
  const head = statement(db, 'SELECT version, label, created_at AS createdAt FROM rubric_versions WHERE version = ?').get(wanted) as
    | { version: number; label: string; createdAt: string }
    | undefined;
  if (!head) throw new ApiFailure('not_found', `There is no rubric version ${wanted}.`);
  const rows = statement(db, 'SELECT dimension_id AS dimension, level, descriptor FROM rubric_descriptors WHERE version = ? ORDER BY dimension_id, level')
    .all(wanted) as { dimension: DimensionId; level: number; descriptor: string }[];
  const descriptors = Object.fromEntries(DIMENSION_IDS.map((d) => [d, ['', '', '', '', '']])) as Rubric['descriptors'];
  for (const row of rows) descriptors[row.dimension][row.level] = row.descriptor;
  return { ...head, descriptors };
}

export function setDimensionTarget(db: Database, id: DimensionId, target: number): Dimension[] {
  track(db, 'dimension', { id }, () => statement(db, 'UPDATE dimensions SET target = ? WHERE id = ?').run(target, id));
  return listDimensions(db);
}
