/**
 * The records history tracks, each with a way to read its whole state and to put a state back.
 * A state is plain JSON; null means the record does not exist.
 */
import type { Database } from 'better-sqlite3';
import { statement } from '../store/statements.js';

type Row = Record<string, unknown>;
export type EntityState = Row | null;

/** A group of records' keys (a practice's scores, or one practice) and a digest of those keys. */
export type KeyGroup = [group: string | number, digest: string];

export interface TrackedEntity {
  read(db: Database, key: Row): EntityState;
  write(db: Database, key: Row, state: EntityState): void;
  /**
   * Every record's key in groups, in key order, each with a digest that lists the group's keys
   * (in key order, as JSON): a merge looks for records only the partner has, and a million scores
   * are too many to look up one by one, so it compares whole groups and reads keys only from the
   * digests of groups that differ.
   */
  keyGroups(db: Database): KeyGroup[];
  /** The keys a group's digest lists, as `track` is given them, in key order. */
  keysOfGroup(group: string | number, digest: string): Row[];
}

/** Groups of one record each: a group present in both files is the same key, so the digest is empty. */
function oneKeyGroups(table: string, column: string, name: string): Pick<TrackedEntity, 'keyGroups' | 'keysOfGroup'> {
  return {
    keyGroups: (db) => statement(db, `SELECT ${column}, '' FROM ${table} ORDER BY ${column}`).raw().all() as KeyGroup[],
    keysOfGroup: (group) => [{ [name]: group }],
  };
}

/** Upserts' text by table and columns, built once: a merge writes thousands of states of one shape. */
const upsertTexts = new Map<string, string>();

function upsert(db: Database, table: string, row: Row, keyColumns: string[]): void {
  const columns = Object.keys(row);
  // No column name holds a NUL, so no two shapes read alike.
  const shape = `${table}\0${columns.join('\0')}`;
  let text = upsertTexts.get(shape);
  if (text === undefined) {
    const updates = columns.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = excluded.${c}`);
    text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (${keyColumns.join(', ')}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
    upsertTexts.set(shape, text);
  }
  statement(db, text).run(row);
}

const practice: TrackedEntity = {
  ...oneKeyGroups('practices', 'id', 'id'),
  read(db, { id }) {
    const row = statement(db, 'SELECT * FROM practices WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    return {
      row,
      narratives: statement(db, 'SELECT dimension_id, text FROM narratives WHERE practice_id = ? ORDER BY dimension_id').all(id),
      sources: statement(db, 'SELECT position, document, section FROM sources WHERE practice_id = ? ORDER BY position').all(id),
      // Every lens's answers (migration 0010, which wrote older states in this shape): part of the practice, so undo and merges carry them.
      answers: statement(db, 'SELECT lens_id, item_id, status, note, sources FROM lens_answers WHERE practice_id = ? ORDER BY lens_id, item_id').all(id),
    };
  },
  write(db, { id }, state) {
    if (state === null) {
      statement(db, 'DELETE FROM practices WHERE id = ?').run(id);
      return;
    }
    upsert(db, 'practices', state.row as Row, ['id']);
    statement(db, 'DELETE FROM narratives WHERE practice_id = ?').run(id);
    for (const n of state.narratives as Row[]) statement(db, 'INSERT INTO narratives (practice_id, dimension_id, text) VALUES (?, ?, ?)').run(id, n.dimension_id, n.text);
    statement(db, 'DELETE FROM sources WHERE practice_id = ?').run(id);
    for (const s of state.sources as Row[]) statement(db, 'INSERT INTO sources (practice_id, position, document, section) VALUES (?, ?, ?, ?)').run(id, s.position, s.document, s.section);
    statement(db, 'DELETE FROM lens_answers WHERE practice_id = ?').run(id);
    const answer = statement(db, 'INSERT INTO lens_answers (practice_id, lens_id, item_id, status, note, sources) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of (state.answers as Row[] | undefined) ?? []) answer.run(id, a.lens_id, a.item_id, a.status, a.note, a.sources);
  },
};

const score: TrackedEntity = {
  keyGroups: (db) =>
    statement(
      db,
      'SELECT practice_id, json_group_array(json_array(dimension_id, rater_id) ORDER BY dimension_id, rater_id) FROM scores GROUP BY practice_id ORDER BY practice_id',
    )
      .raw()
      .all() as KeyGroup[],
  keysOfGroup: (practiceId, digest) => (JSON.parse(digest) as [string, string][]).map(([dimension, raterId]) => ({ practiceId, dimension, raterId })),
  read: (db, k) =>
    (statement(db, 'SELECT * FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(k.practiceId, k.dimension, k.raterId) as Row | undefined) ?? null,
  write(db, k, state) {
    if (state === null) statement(db, 'DELETE FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').run(k.practiceId, k.dimension, k.raterId);
    else upsert(db, 'scores', state, ['practice_id', 'dimension_id', 'rater_id']);
  },
};

const rater: TrackedEntity = {
  ...oneKeyGroups('raters', 'id', 'id'),
  read: (db, { id }) => (statement(db, 'SELECT * FROM raters WHERE id = ?').get(id) as Row | undefined) ?? null,
  write(db, { id }, state) {
    if (state === null) statement(db, 'DELETE FROM raters WHERE id = ?').run(id);
    else upsert(db, 'raters', state, ['id']);
  },
};

const dimension: TrackedEntity = {
  ...oneKeyGroups('dimensions', 'id', 'id'),
  read: (db, { id }) => (statement(db, 'SELECT * FROM dimensions WHERE id = ?').get(id) as Row | undefined) ?? null,
  write(db, { id }, state) {
    if (state === null) statement(db, 'DELETE FROM dimensions WHERE id = ?').run(id);
    else upsert(db, 'dimensions', state, ['id']);
  },
};

const setting: TrackedEntity = {
  ...oneKeyGroups('settings', 'key', 'key'),
  read: (db, { key }) => (statement(db, 'SELECT * FROM settings WHERE key = ?').get(key) as Row | undefined) ?? null,
  write(db, { key }, state) {
    if (state === null) statement(db, 'DELETE FROM settings WHERE key = ?').run(key);
    else upsert(db, 'settings', state, ['key']);
  },
};

const consensus: TrackedEntity = {
  keyGroups: (db) =>
    statement(db, 'SELECT practice_id, json_group_array(dimension_id ORDER BY dimension_id) FROM consensus_scores GROUP BY practice_id ORDER BY practice_id').raw().all() as KeyGroup[],
  keysOfGroup: (practiceId, digest) => (JSON.parse(digest) as string[]).map((dimension) => ({ practiceId, dimension })),
  read: (db, k) => (statement(db, 'SELECT * FROM consensus_scores WHERE practice_id = ? AND dimension_id = ?').get(k.practiceId, k.dimension) as Row | undefined) ?? null,
  write(db, k, state) {
    if (state === null) statement(db, 'DELETE FROM consensus_scores WHERE practice_id = ? AND dimension_id = ?').run(k.practiceId, k.dimension);
    else upsert(db, 'consensus_scores', state, ['practice_id', 'dimension_id']);
  },
};

/** A rubric version with its descriptors (versions are only ever added; undo removes the one added). */
const rubric: TrackedEntity = {
  ...oneKeyGroups('rubric_versions', 'version', 'version'),
  read(db, { version }) {
    const row = statement(db, 'SELECT * FROM rubric_versions WHERE version = ?').get(version) as Row | undefined;
    if (!row) return null;
    return { ...row, descriptors: statement(db, 'SELECT dimension_id, level, descriptor FROM rubric_descriptors WHERE version = ? ORDER BY dimension_id, level').all(version) };
  },
  write(db, { version }, state) {
    statement(db, 'DELETE FROM rubric_descriptors WHERE version = ?').run(version);
    if (state === null) {
      statement(db, 'DELETE FROM rubric_versions WHERE version = ?').run(version);
      return;
    }
    const { descriptors, ...row } = state;
    upsert(db, 'rubric_versions', row, ['version']);
    const insert = statement(db, 'INSERT INTO rubric_descriptors (version, dimension_id, level, descriptor) VALUES (?, ?, ?, ?)');
    for (const d of descriptors as Row[]) insert.run(version, d.dimension_id, d.level, d.descriptor);
  },
};

/**
 * One section of a practice's case-study write-up (migration 0008), keyed by practice and section:
 * an edit of one section is one change, and a merge compares its text and its sources as fields.
 */
const caseStudy: TrackedEntity = {
  keyGroups: (db) =>
    statement(db, 'SELECT practice_id, json_group_array(section_id ORDER BY section_id) FROM case_study_sections GROUP BY practice_id ORDER BY practice_id').raw().all() as KeyGroup[],
  keysOfGroup: (practiceId, digest) => (JSON.parse(digest) as string[]).map((section) => ({ practiceId, section })),
  read: (db, k) => (statement(db, 'SELECT * FROM case_study_sections WHERE practice_id = ? AND section_id = ?').get(k.practiceId, k.section) as Row | undefined) ?? null,
  write(db, k, state) {
    if (state === null) statement(db, 'DELETE FROM case_study_sections WHERE practice_id = ? AND section_id = ?').run(k.practiceId, k.section);
    else upsert(db, 'case_study_sections', state, ['practice_id', 'section_id']);
  },
};

/** A figure a report prints, recomputed by the checks (migration 0009): one record per claim. */
const claim: TrackedEntity = {
  ...oneKeyGroups('claims', 'id', 'id'),
  read: (db, { id }) => (statement(db, 'SELECT * FROM claims WHERE id = ?').get(id) as Row | undefined) ?? null,
  write(db, { id }, state) {
    if (state === null) statement(db, 'DELETE FROM claims WHERE id = ?').run(id);
    else upsert(db, 'claims', state, ['id']);
  },
};

/** A version of a user-defined lens (migration 0010): versions are only ever added; undo removes the one added. */
const lens: TrackedEntity = {
  keyGroups: (db) =>
    statement(db, 'SELECT lens_id, json_group_array(version ORDER BY version) FROM lens_versions GROUP BY lens_id ORDER BY lens_id').raw().all() as KeyGroup[],
  keysOfGroup: (lensId, digest) => (JSON.parse(digest) as number[]).map((version) => ({ lensId, version })),
  read: (db, k) => (statement(db, 'SELECT * FROM lens_versions WHERE lens_id = ? AND version = ?').get(k.lensId, k.version) as Row | undefined) ?? null,
  write(db, k, state) {
    if (state === null) statement(db, 'DELETE FROM lens_versions WHERE lens_id = ? AND version = ?').run(k.lensId, k.version);
    else upsert(db, 'lens_versions', state, ['lens_id', 'version']);
  },
};

export const TRACKED = { practice, score, rater, dimension, setting, consensus, rubric, caseStudy, claim, lens } as const;
export type EntityName = keyof typeof TRACKED;
