/**
 * History: every write the API makes runs inside a change set, and every tracked record it
 * touches is stored with its state before and after. Undo puts the "before" states back, redo
 * the "after" states, checking first that nothing changed the records since.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../domain/envelope.js';
import { sameValue } from './sameValue.js';
import { statement } from '../store/statements.js';
import { explainedWrite } from '../store/revision.js';
import { TRACKED, type EntityName, type EntityState } from './entities.js';
import type { ChangeSetSummary, HistoryStatus, PracticeHistoryEntry } from './model.js';

interface OpenSet {
  id: number;
  seq: number;
}

const open = new WeakMap<Database, OpenSet>();

/** How long after a write the same write to the same records still counts as the same user action. */
export const COALESCE_MS = 120_000;

interface SetRow {
  id: number;
  operation: string;
  raterId: string | null;
  createdAt: string;
  undoneAt: string | null;
}

/**
 * One user action, one step: a score's value, its evidence (saved as the user types) and its
 * confidence are each a write, but one thing to undo. The newest change set takes in the one just
 * before it when both are the same operation by the same rater on exactly the same records, the
 * newer keeping the records' value, within COALESCE_MS, with nothing undone or written between: it keeps the older "before" states and is
 * the only one left. The newer set survives (not the older) so that readers that look for sets
 * newer than what they have seen (derived data, changedPractices.ts) see the whole step again.
 */
function absorbPrevious(db: Database, id: number, meta: { operation: string; raterId: string | null }): void {
  const previous = db
    .prepare('SELECT id, operation, rater_id AS raterId, created_at AS createdAt, undone_at AS undoneAt FROM change_sets WHERE id < ? ORDER BY id DESC LIMIT 1')
    .get(id) as SetRow | undefined;
  if (!previous || previous.undoneAt !== null || previous.operation !== meta.operation || previous.raterId !== meta.raterId) return;
  if (Date.now() - Date.parse(previous.createdAt) > COALESCE_MS) return;
  const keysOf = (setId: number) =>
    (db.prepare('SELECT entity, entity_key AS key, before, after FROM changes WHERE change_set_id = ?').all(setId) as { entity: string; key: string; before: string | null; after: string | null }[]);
  const older = keysOf(previous.id);
  const newer = keysOf(id);
  // The same records, each keeping the value the older step gave it: the newer write only adds
  // to that (evidence, confidence). A different value is a decision of its own, undone on its own.
  const valueOf = (state: string | null) => (state === null ? null : ((JSON.parse(state) as { value?: unknown }).value ?? null));
  const continues = (x: (typeof older)[number]) => newer.some((y) => y.entity === x.entity && y.key === x.key && valueOf(y.after) === valueOf(x.after));
  if (older.length === 0 || older.length !== newer.length || !older.every(continues)) return;
  for (const change of older) {
    db.prepare('UPDATE changes SET before = ? WHERE change_set_id = ? AND entity = ? AND entity_key = ?').run(change.before, id, change.entity, change.key);
  }
  // Back where the older step started (a score set and set back): nothing is left to undo.
  db.prepare('DELETE FROM changes WHERE change_set_id = ? AND before IS after').run(id);
  db.prepare('DELETE FROM change_sets WHERE id = ?').run(previous.id);
}

/**
 * Runs a write as one change set, in one transaction. A change set that changed nothing is not kept.
 * `coalesce`: the write may continue the step before it (see absorbPrevious).
 */
export function withChangeSet<T>(
  db: Database,
  meta: { operation: string; raterId: string | null; coalesce?: boolean },
  run: () => T,
  label: (result: T) => string,
): T {
  if (open.has(db)) return run(); // nested: part of the change set already open
  // Every row it writes is recorded (derived data is refreshed from the history, not rebuilt).
  return explainedWrite(db, () => db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO change_sets (uid, operation, label, rater_id, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(randomUUID(), meta.operation, meta.operation, meta.raterId, new Date().toISOString())
        .lastInsertRowid,
    );
    open.set(db, { id, seq: 0 });
    try {
      const result = run();
      let left = open.get(db)!.seq > 0;
      if (left && meta.coalesce) {
        absorbPrevious(db, id, meta);
        left = db.prepare('SELECT 1 FROM changes WHERE change_set_id = ? LIMIT 1').get(id) !== undefined;
      }
      if (!left) db.prepare('DELETE FROM change_sets WHERE id = ?').run(id);
      else db.prepare('UPDATE change_sets SET label = ? WHERE id = ?').run(label(result), id);
      return result;
    } finally {
      open.delete(db);
    }
  })());
}

/** The change set the current write is recorded in, for records that belong to it (a merge's log). */
export function openChangeSetId(db: Database): number | null {
  return open.get(db)?.id ?? null;
}

const stateText = (state: EntityState) => (state === null ? null : JSON.stringify(state));

/**
 * Runs one write to a tracked record and, inside a change set, records the record's before and after.
 * `absent` is for a caller that has just seen, in this transaction, that the record does not exist
 * (a create): its "before" is not read again, which saved a fifth of an import of new practices.
 */
export function track<T>(db: Database, entity: EntityName, key: Record<string, unknown>, write: () => T, absent = false): T {
  const set = open.get(db);
  if (!set) return write();
  const before = absent ? null : stateText(TRACKED[entity].read(db, key));
  const result = write();
  const after = stateText(TRACKED[entity].read(db, key));
  if (before !== after) {
    set.seq += 1;
    statement(db, 'INSERT INTO changes (change_set_id, seq, entity, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
      set.id,
      set.seq,
      entity,
      JSON.stringify(key),
      before,
      after,
    );
  }
  return result;
}

/**
 * Sequence numbers for `count` changes a caller records itself, in one statement for many new
 * records (an import's new scores), with `before` null and `after` as `read` would give it; null
 * outside a change set, where nothing is recorded.
 */
export function reserveChanges(db: Database, count: number): { changeSetId: number; firstSeq: number } | null {
  const set = open.get(db);
  if (!set) return null;
  const firstSeq = set.seq + 1;
  set.seq += count;
  return { changeSetId: set.id, firstSeq };
}

const SUMMARY = `SELECT id, operation, label, rater_id AS raterId, created_at AS createdAt, undone_at AS undoneAt,
  (SELECT count(*) FROM changes c WHERE c.change_set_id = s.id) AS changes FROM change_sets s`;

function undoTarget(db: Database): ChangeSetSummary | undefined {
  return db.prepare(`${SUMMARY} WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`).get() as ChangeSetSummary | undefined;
}

/**
 * What redo can bring back, oldest first: undone change sets newer than every set in force, less
 * those a later write ended (a set made after this one was undone: undo A, edit B, undo B, and
 * redo is B, never A again). Compared by time, strictly, so steps within one millisecond keep the
 * order of ids.
 */
function redoTarget(db: Database): ChangeSetSummary | undefined {
  return db
    .prepare(
      `${SUMMARY} WHERE undone_at IS NOT NULL AND id > coalesce((SELECT max(id) FROM change_sets WHERE undone_at IS NULL), 0)
       AND NOT EXISTS (SELECT 1 FROM change_sets later WHERE later.id > s.id AND later.created_at > s.undone_at)
       ORDER BY id ASC LIMIT 1`,
    )
    .get() as ChangeSetSummary | undefined;
}

/** The latest change sets, newest first, undone ones included (marked by undoneAt). */
export function recentHistory(db: Database, limit: number): ChangeSetSummary[] {
  return db.prepare(`${SUMMARY} ORDER BY id DESC LIMIT ?`).all(limit) as ChangeSetSummary[];
}

export function historyStatus(db: Database): HistoryStatus {
  return { undo: undoTarget(db) ?? null, redo: redoTarget(db) ?? null };
}

interface ChangeRow {
  entity: EntityName;
  entity_key: string;
  before: string | null;
  after: string | null;
}

function replay(db: Database, set: ChangeSetSummary, direction: 'undo' | 'redo'): void {
  const changes = db.prepare('SELECT entity, entity_key, before, after FROM changes WHERE change_set_id = ? ORDER BY seq').all(set.id) as ChangeRow[];
  const ordered = direction === 'undo' ? changes.reverse() : changes;
  for (const change of ordered) {
    const key = JSON.parse(change.entity_key) as Record<string, unknown>;
    const expected = JSON.parse((direction === 'undo' ? change.after : change.before) ?? 'null') as EntityState;
    const target = JSON.parse((direction === 'undo' ? change.before : change.after) ?? 'null') as EntityState;
    if (!sameValue(TRACKED[change.entity].read(db, key), expected)) {
      throw new ApiFailure('conflict', `Cannot ${direction} “${set.label}”: a ${change.entity} it touched has been changed since (by another program or a merge). Nothing was changed.`);
    }
    TRACKED[change.entity].write(db, key, target);
  }
}

export function undo(db: Database): ChangeSetSummary {
  const set = undoTarget(db);
  if (!set) throw new ApiFailure('conflict', 'There is nothing to undo.');
  explainedWrite(db, () => db.transaction(() => {
    replay(db, set, 'undo');
    db.prepare('UPDATE change_sets SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), set.id);
  })());
  return { ...set, undoneAt: new Date().toISOString() };
}

export function redo(db: Database): ChangeSetSummary {
  const set = redoTarget(db);
  if (!set) throw new ApiFailure('conflict', 'There is nothing to redo.');
  explainedWrite(db, () => db.transaction(() => {
    replay(db, set, 'redo');
    db.prepare('UPDATE change_sets SET undone_at = NULL WHERE id = ?').run(set.id);
  })());
  return { ...set, undoneAt: null };
}

/** What each change did to a practice and to its scores, newest first. */
/**
 * Whether the person at the screen may see a change of one record (its entity and key): blind mode
 * hides other raters' scores and the consensus of a pair they have not scored yet. The rule is
 * scoring's; the contract hands it in (history sits below scoring and cannot ask it).
 */
export type ChangeVisibility = (db: Database, entity: PracticeHistoryEntry['entity'], key: Record<string, unknown>) => boolean;

export function historyOfPractice(db: Database, id: string, limit: number, visible: ChangeVisibility = () => true): PracticeHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT c.change_set_id AS setId, c.entity, c.entity_key AS entityKey, c.before, c.after FROM changes c
       WHERE (c.entity = 'practice' AND json_extract(c.entity_key, '$.id') = ?)
          OR (c.entity IN ('score', 'consensus', 'caseStudy') AND json_extract(c.entity_key, '$.practiceId') = ?)
       ORDER BY c.change_set_id DESC, c.seq DESC LIMIT ?`,
    )
    .all(id, id, limit) as { setId: number; entity: PracticeHistoryEntry['entity']; entityKey: string; before: string | null; after: string | null }[];
  const sets = new Map<number, ChangeSetSummary>();
  return rows
    .filter((r) => visible(db, r.entity, JSON.parse(r.entityKey) as Record<string, unknown>))
    .map((r) => {
      const changeSet = sets.get(r.setId) ?? (db.prepare(`${SUMMARY} WHERE id = ?`).get(r.setId) as ChangeSetSummary);
      sets.set(r.setId, changeSet);
      return {
        changeSet,
        entity: r.entity,
        before: r.before === null ? null : (JSON.parse(r.before) as unknown),
        after: r.after === null ? null : (JSON.parse(r.after) as unknown),
      };
    });
}
