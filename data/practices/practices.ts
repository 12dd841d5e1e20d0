/** One practice at a time: read, create, update, delete (with its narratives and sources). */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import type { Practice, PracticeDetail, PracticeFields, PracticeRef } from './model.js';
import { COLUMN_FIELDS, COLUMN_OF, practiceFromRow, searchTextOf, toColumnValue, type DbRow } from './records.js';
import { listScoresOfPractice } from '../scoring/index.js';
import { foldForSearch } from '../store/search.js';
import { track } from '../history/history.js';
import { readCriteria, readElements } from './checklist.js';
import { deleteCaseStudyOf, readCaseStudy } from './caseStudy.js';
import { statement as sql } from '../store/statements.js';

function readNarratives(db: Database, id: string): Partial<Record<DimensionId, string>> {
  const rows = sql(db, 'SELECT dimension_id AS d, text FROM narratives WHERE practice_id = ?').all(id) as { d: DimensionId; text: string }[];
  return Object.fromEntries(rows.map((r) => [r.d, r.text]));
}

function readSources(db: Database, id: string): PracticeFields['sources'] {
  return sql(db, 'SELECT document, section FROM sources WHERE practice_id = ? ORDER BY position').all(id) as PracticeFields['sources'];
}

export function findPractice(db: Database, id: string): Practice | undefined {
  const row = sql(db, 'SELECT * FROM practices WHERE id = ?').get(id) as DbRow | undefined;
  return row ? practiceFromRow(row, readNarratives(db, id), readSources(db, id)) : undefined;
}

export function requirePractice(db: Database, id: string): Practice {
  const practice = findPractice(db, id);
  if (!practice) throw new ApiFailure('not_found', `There is no practice with id "${id}". It may have been deleted.`);
  return practice;
}

/** The stored practice with its scores; what a viewer sees is practiceView.ts's. */
export function getPracticeDetail(db: Database, id: string): Omit<PracticeDetail, 'consensus' | 'hiddenScores'> {
  const practice = requirePractice(db, id);
  const parent = practice.parentId
    ? ((sql(db, 'SELECT id, name, code FROM practices WHERE id = ?').get(practice.parentId) as PracticeRef | undefined) ?? null)
    : null;
  const children = sql(db, 'SELECT id, name, code FROM practices WHERE parent_id = ? ORDER BY code, name COLLATE NOCASE, id').all(id) as PracticeRef[];
  return { practice, parent, children, scores: listScoresOfPractice(db, id), elements: readElements(db, id), criteria: readCriteria(db, id), caseStudy: readCaseStudy(db, id) };
}

/** The refusals of a new practice's id and parent, shared with the bulk insert (bulkInsert.ts). */
export const conflictingId = (id: string) => new ApiFailure('conflict', `A practice with id "${id}" already exists.`);
export const selfParent = () => new ApiFailure('invalid_input', 'A practice cannot contain itself.', { 'fields.parentId': 'A practice cannot contain itself' });
export const missingParent = (parentId: string) =>
  new ApiFailure('invalid_input', `There is no practice with id "${parentId}" to contain this one.`, { 'fields.parentId': `No practice has the id "${parentId}"` });

/** A parent must exist, and a practice may not end up inside itself. */
function checkParent(db: Database, id: string, parentId: string | null): void {
  if (parentId === null) return;
  if (parentId === id) throw selfParent();
  if (!sql(db, 'SELECT 1 FROM practices WHERE id = ?').get(parentId)) throw missingParent(parentId);
  const cycle = sql(
    db,
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM practices WHERE id = ?
       UNION SELECT p.id, p.parent_id FROM practices p JOIN up ON p.id = up.parent_id)
     SELECT 1 FROM up WHERE id = ?`,
  ).get(parentId, id);
  if (cycle) {
    throw new ApiFailure('invalid_input', 'That parent is itself one of this practice’s components.', {
      'fields.parentId': 'This would put the practice inside its own component',
    });
  }
}

function writeNarrativesAndSources(db: Database, id: string, fields: PracticeFields): void {
  sql(db, 'DELETE FROM narratives WHERE practice_id = ?').run(id);
  const insertNarrative = sql(db, 'INSERT INTO narratives (practice_id, dimension_id, text) VALUES (?, ?, ?)');
  for (const d of DIMENSION_IDS) {
    const text = fields.narratives[d];
    if (text !== undefined && text.trim() !== '') insertNarrative.run(id, d, text);
  }
  sql(db, 'DELETE FROM sources WHERE practice_id = ?').run(id);
  const insertSource = sql(db, 'INSERT INTO sources (practice_id, position, document, section) VALUES (?, ?, ?, ?)');
  fields.sources.forEach((s, i) => insertSource.run(id, i, s.document, s.section));
}

const insertSql = `INSERT INTO practices (id, ${COLUMN_FIELDS.map((f) => COLUMN_OF[f]).join(', ')}, search_text, sort_name, created_at, updated_at)
  VALUES (@id, ${COLUMN_FIELDS.map((f) => `@${f}`).join(', ')}, @searchText, @sortName, @now, @now)`;

/** Inserts a validated practice. The caller chooses or omits the id; an id in use is a conflict. */
export function createPractice(db: Database, fields: PracticeFields, id: string = randomUUID(), now = new Date().toISOString()): string {
  return db.transaction(() => insertPractice(db, fields, id, now))();
}

/**
 * createPractice for a caller whose transaction fails whole if any practice fails (an import):
 * without a savepoint of its own for each practice, a tenth of an import of new practices.
 */
export function insertPractice(db: Database, fields: PracticeFields, id: string = randomUUID(), now = new Date().toISOString()): string {
  if (!db.inTransaction) throw new Error('insertPractice writes inside the caller’s transaction.');
  if (sql(db, 'SELECT 1 FROM practices WHERE id = ?').get(id)) throw conflictingId(id);
  checkParent(db, id, fields.parentId);
  const params: Record<string, string | number | null> = { id, now, searchText: searchTextOf(fields), sortName: foldForSearch(fields.name) };
  for (const f of COLUMN_FIELDS) params[f] = toColumnValue(f, fields[f]);
  track(
    db,
    'practice',
    { id },
    () => {
      sql(db, insertSql).run(params);
      writeNarrativesAndSources(db, id, fields);
    },
    true,
  );
  return id;
}

/** Changes the given fields; narratives and sources, when given, replace the old ones whole. */
export function updatePractice(db: Database, id: string, patch: Partial<PracticeFields>): void {
  db.transaction(() => {
    const current = requirePractice(db, id);
    const next: PracticeFields = { ...current, ...patch };
    // Saving what is already there changes nothing, not even the time of the last change.
    if (Object.entries(patch).every(([field, value]) => JSON.stringify(value) === JSON.stringify(current[field as keyof PracticeFields]))) return;
    if (patch.parentId !== undefined) checkParent(db, id, next.parentId);
    const assignments = COLUMN_FIELDS.map((f) => `${COLUMN_OF[f]} = @${f}`).join(', ');
    const params: Record<string, string | number | null> = { id, now: new Date().toISOString(), searchText: searchTextOf(next), sortName: foldForSearch(next.name) };
    for (const f of COLUMN_FIELDS) params[f] = toColumnValue(f, next[f]);
    track(db, 'practice', { id }, () => {
      sql(db, `UPDATE practices SET ${assignments}, search_text = @searchText, sort_name = @sortName, updated_at = @now WHERE id = @id`).run(params);
      if (patch.narratives !== undefined || patch.sources !== undefined) writeNarrativesAndSources(db, id, next);
    });
  })();
}

/** Deletes a practice with its scores, narratives and sources; refused while it contains components. */
export function deletePractice(db: Database, id: string): void {
  db.transaction(() => {
    const practice = requirePractice(db, id);
    const children = sql(db, 'SELECT name FROM practices WHERE parent_id = ? ORDER BY name LIMIT 3').all(id) as { name: string }[];
    if (children.length > 0) {
      const count = (sql(db, 'SELECT count(*) AS n FROM practices WHERE parent_id = ?').get(id) as { n: number }).n;
      const examples = children.map((c) => `“${c.name}”`).join(', ');
      throw new ApiFailure(
        'conflict',
        `“${practice.name}” contains ${count} component${count === 1 ? '' : 's'} (${examples}${count > 3 ? ', …' : ''}). Delete them or move them to another practice first.`,
      );
    }
    // Its scores go with it: recorded one by one so that undo brings them back too.
    const scoreKeys = sql(db, 'SELECT dimension_id AS dimension, rater_id AS raterId FROM scores WHERE practice_id = ?').all(id) as { dimension: string; raterId: string }[];
    for (const k of scoreKeys) {
      track(db, 'score', { practiceId: id, dimension: k.dimension, raterId: k.raterId }, () =>
        sql(db, 'DELETE FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').run(id, k.dimension, k.raterId),
      );
    }
    const consensusKeys = sql(db, 'SELECT dimension_id AS dimension FROM consensus_scores WHERE practice_id = ?').all(id) as { dimension: string }[];
    for (const k of consensusKeys) {
      track(db, 'consensus', { practiceId: id, dimension: k.dimension }, () =>
        sql(db, 'DELETE FROM consensus_scores WHERE practice_id = ? AND dimension_id = ?').run(id, k.dimension),
      );
    }
    deleteCaseStudyOf(db, id);
    track(db, 'practice', { id }, () => sql(db, 'DELETE FROM practices WHERE id = ?').run(id));
  })();
}
