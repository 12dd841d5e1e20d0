/**
 * Many new practices at once (an import's new rows): the refusals insertPractice makes, the same
 * rows and the same history, but set-wise: many rows per statement, the states for the history
 * read back in a few statements, and a new dataset's indexes built once at the end. A 100,000-row
 * import spent most of its writing time in insertPractice's dozen statements per practice.
 */
import type { Database } from 'better-sqlite3';
import { DIMENSION_IDS } from '../domain/domain.js';
import { ApiFailure } from '../domain/envelope.js';
import type { PracticeFields } from './model.js';
import { COLUMN_FIELDS, COLUMN_OF, searchTextOf, toColumnValue } from './records.js';
import { foldForSearch } from '../store/search.js';
import { recordCreated } from '../history/recordCreated.js';
import { TRACKED, type EntityState } from '../history/entities.js';
import { insertRows, withIndexesBuiltAfter } from '../store/bulkWrites.js';
import { conflictingId, missingParent, selfParent } from './practices.js';

export interface NewPractice {
  id: string;
  fields: PracticeFields;
}

/** Ids per lookup statement (json_each of a JSON list). */
const CHUNK = 5000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function existingIds(db: Database, ids: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)])) {
    for (const id of db.prepare('SELECT id FROM practices WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(part)) as string[]) found.add(id);
  }
  return found;
}

/**
 * insertPractice's checks for each practice in order, the first refusal thrown: an id in use (in
 * the dataset or earlier in the list), a practice inside itself, a parent that does not exist
 * (nor comes earlier in the list). Its cycle check cannot fail here: nothing in the dataset can
 * contain a practice that is only now created.
 */
function check(db: Database, practices: readonly NewPractice[]): void {
  const taken = existingIds(db, practices.map((p) => p.id));
  const parents = existingIds(db, practices.flatMap((p) => (p.fields.parentId === null ? [] : [p.fields.parentId])));
  const earlier = new Set<string>();
  for (const { id, fields } of practices) {
    if (taken.has(id) || earlier.has(id)) throw conflictingId(id);
    const parentId = fields.parentId;
    if (parentId !== null) {
      if (parentId === id) throw selfParent();
      if (!parents.has(parentId) && !earlier.has(parentId)) throw missingParent(parentId);
    }
    earlier.add(id);
  }
}

/**
 * The history states of practices just created, as TRACKED.practice.read gives them, read a few
 * statements at a time: a new practice has its row, narratives and sources, and every other part
 * of its state (its lens answers) is still empty. Read one by one should that ever not hold.
 */
function statesOfNew(db: Database, ids: readonly string[]): EntityState[] {
  const template = TRACKED.practice.read(db, { id: ids[0] }) as Record<string, unknown>;
  const parts = Object.keys(template);
  const bulkParts = new Set(['row', 'narratives', 'sources']);
  const readable = parts.every((part) => bulkParts.has(part) || (Array.isArray(template[part]) && template[part].length === 0));
  if (!readable || ![...bulkParts].every((part) => parts.includes(part))) return ids.map((id) => TRACKED.practice.read(db, { id }));
  const states = new Map<string, Record<string, unknown>>();
  for (const part of chunks(ids)) {
    const list = JSON.stringify(part);
    for (const row of db.prepare('SELECT * FROM practices WHERE id IN (SELECT value FROM json_each(?))').all(list) as Record<string, unknown>[]) {
      states.set(row.id as string, Object.fromEntries(parts.map((p) => [p, p === 'row' ? row : []])));
    }
    const narratives = db.prepare('SELECT practice_id, dimension_id, text FROM narratives WHERE practice_id IN (SELECT value FROM json_each(?)) ORDER BY practice_id, dimension_id');
    for (const n of narratives.all(list) as { practice_id: string; dimension_id: string; text: string }[]) {
      (states.get(n.practice_id)!.narratives as unknown[]).push({ dimension_id: n.dimension_id, text: n.text });
    }
    const sources = db.prepare('SELECT practice_id, position, document, section FROM sources WHERE practice_id IN (SELECT value FROM json_each(?)) ORDER BY practice_id, position');
    for (const s of sources.all(list) as { practice_id: string; position: number; document: string; section: string | null }[]) {
      (states.get(s.practice_id)!.sources as unknown[]).push({ position: s.position, document: s.document, section: s.section });
    }
  }
  return ids.map((id) => states.get(id) ?? null);
}

const PRACTICE_COLUMNS = ['id', ...COLUMN_FIELDS.map((f) => COLUMN_OF[f]), 'search_text', 'sort_name', 'created_at', 'updated_at'];

/**
 * Inserts validated new practices in the order given (a parent before its components), inside the
 * caller's transaction, and records each in the history as insertPractice does.
 */
export function insertPractices(db: Database, practices: readonly NewPractice[], now = new Date().toISOString()): void {
  if (!db.inTransaction) throw new Error('insertPractices writes inside the caller’s transaction.');
  if (practices.length === 0) return;
  check(db, practices);
  withIndexesBuiltAfter(db, 'practices', () => {
    insertRows(
      db,
      'practices',
      PRACTICE_COLUMNS,
      practices.map(({ id, fields }) => [id, ...COLUMN_FIELDS.map((f) => toColumnValue(f, fields[f])), searchTextOf(fields), foldForSearch(fields.name), now, now]),
    );
    const narratives = practices.flatMap(({ id, fields }) =>
      DIMENSION_IDS.flatMap((d) => {
        const text = fields.narratives[d];
        return text !== undefined && text.trim() !== '' ? [[id, d, text]] : [];
      }),
    );
    insertRows(db, 'narratives', ['practice_id', 'dimension_id', 'text'], narratives);
    insertRows(db, 'sources', ['practice_id', 'position', 'document', 'section'], practices.flatMap(({ id, fields }) => fields.sources.map((s, i) => [id, i, s.document, s.section])));
  });
  const ids = practices.map((p) => p.id);
  const states = statesOfNew(db, ids);
  recordCreated(db, 'practice', ids.map((id, i) => ({ key: { id }, state: states[i] ?? null })));
}
