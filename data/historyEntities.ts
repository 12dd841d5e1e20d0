/**
 * The records history tracks, each with a way to read its whole state and to put a state back.
 * A state is plain JSON; null means the record does not exist.
 */
import type { Database } from 'better-sqlite3';

type Row = Record<string, unknown>;
export type EntityState = Row | null;

export interface TrackedEntity {
  read(db: Database, key: Row): EntityState;
  write(db: Database, key: Row, state: EntityState): void;
  /** Every record's key, as `track` is given it (a merge looks for records only the partner has). */
  keys(db: Database): IterableIterator<Row>;
}

function upsert(db: Database, table: string, row: Row, keyColumns: string[]): void {
  const columns = Object.keys(row);
  const updates = columns.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (${keyColumns.join(', ')}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
  ).run(row);
}

const practice: TrackedEntity = {
  keys: (db) => db.prepare('SELECT id FROM practices ORDER BY id').iterate() as IterableIterator<Row>,
  read(db, { id }) {
    const row = db.prepare('SELECT * FROM practices WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    return {
      row,
      narratives: db.prepare('SELECT dimension_id, text FROM narratives WHERE practice_id = ? ORDER BY dimension_id').all(id),
      sources: db.prepare('SELECT position, document, section FROM sources WHERE practice_id = ? ORDER BY position').all(id),
    };
  },
  write(db, { id }, state) {
    if (state === null) {
      db.prepare('DELETE FROM practices WHERE id = ?').run(id);
      return;
    }
    upsert(db, 'practices', state.row as Row, ['id']);
    db.prepare('DELETE FROM narratives WHERE practice_id = ?').run(id);
    for (const n of state.narratives as Row[]) db.prepare('INSERT INTO narratives (practice_id, dimension_id, text) VALUES (?, ?, ?)').run(id, n.dimension_id, n.text);
    db.prepare('DELETE FROM sources WHERE practice_id = ?').run(id);
    for (const s of state.sources as Row[]) db.prepare('INSERT INTO sources (practice_id, position, document, section) VALUES (?, ?, ?, ?)').run(id, s.position, s.document, s.section);
  },
};

const score: TrackedEntity = {
  keys: (db) =>
    db.prepare('SELECT practice_id AS practiceId, dimension_id AS dimension, rater_id AS raterId FROM scores ORDER BY 1, 2, 3').iterate() as IterableIterator<Row>,
  read: (db, k) =>
    (db.prepare('SELECT * FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(k.practiceId, k.dimension, k.raterId) as Row | undefined) ?? null,
  write(db, k, state) {
    if (state === null) db.prepare('DELETE FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').run(k.practiceId, k.dimension, k.raterId);
    else upsert(db, 'scores', state, ['practice_id', 'dimension_id', 'rater_id']);
  },
};

const rater: TrackedEntity = {
  keys: (db) => db.prepare('SELECT id FROM raters ORDER BY id').iterate() as IterableIterator<Row>,
  read: (db, { id }) => (db.prepare('SELECT * FROM raters WHERE id = ?').get(id) as Row | undefined) ?? null,
  write(db, { id }, state) {
    if (state === null) db.prepare('DELETE FROM raters WHERE id = ?').run(id);
    else upsert(db, 'raters', state, ['id']);
  },
};

const dimension: TrackedEntity = {
  keys: (db) => db.prepare('SELECT id FROM dimensions ORDER BY id').iterate() as IterableIterator<Row>,
  read: (db, { id }) => (db.prepare('SELECT * FROM dimensions WHERE id = ?').get(id) as Row | undefined) ?? null,
  write(db, { id }, state) {
    if (state === null) db.prepare('DELETE FROM dimensions WHERE id = ?').run(id);
    else upsert(db, 'dimensions', state, ['id']);
  },
};

const setting: TrackedEntity = {
  keys: (db) => db.prepare('SELECT key FROM settings ORDER BY key').iterate() as IterableIterator<Row>,
  read: (db, { key }) => (db.prepare('SELECT * FROM settings WHERE key = ?').get(key) as Row | undefined) ?? null,
  write(db, { key }, state) {
    if (state === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else upsert(db, 'settings', state, ['key']);
  },
};

export const TRACKED = { practice, score, rater, dimension, setting } as const;
export type EntityName = keyof typeof TRACKED;
