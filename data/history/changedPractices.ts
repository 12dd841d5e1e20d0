/**
 * Which practices the history says changed since a point in it: the change sets made since, and
 * those undone or redone since, by this connection or any other (the job worker, another process).
 * Derived data (each practice's score means, the analyses' facts) refreshes just those practices
 * instead of deriving everything again after every edit.
 */
import type { Database } from 'better-sqlite3';
import { statement } from '../store/statements.js';

/** A point in the history: the newest change set seen, and which sets were undone then (with when). */
export interface HistoryPoint {
  maxId: number;
  undone: ReadonlyMap<number, string>;
}

/** What changed: every practice whose score means or record changed, or `everything` when that cannot be told cheaply. */
export type PracticeChanges =
  | { everything: true }
  | {
      everything: false;
      /** Practices whose record, scores or consensus changed (created and deleted ones too). */
      practices: Set<string>;
      /** Of those, the practices whose record itself changed (fields, narratives, elements, criteria). */
      records: Set<string>;
    };

/**
 * Beyond this many changes, reading their keys costs more than deriving everything again (an
 * import of a million scores).
 */
const MOST_CHANGES = 20_000;

export function historyPoint(db: Database): HistoryPoint {
  const maxId = statement(db, 'SELECT coalesce(max(id), 0) FROM change_sets').pluck().get() as number;
  const rows = statement(db, 'SELECT id, undone_at FROM change_sets WHERE undone_at IS NOT NULL').raw().all() as [number, string][];
  return { maxId, undone: new Map(rows) };
}

/**
 * The change sets whose effect on the data differs between `since` and `now`: new ones, and
 * ones undone or redone in between (an undone set's undone_at is set each time it is undone, so
 * undo, redo, undo is seen too). With the same sets in force the data is the same, as long as
 * every write went through the history (the caller rebuilds whole otherwise).
 */
function setsBetween(db: Database, since: HistoryPoint, now: HistoryPoint): number[] {
  const ids = new Set<number>();
  const newer = statement(db, 'SELECT id FROM change_sets WHERE id > ?').pluck().all(since.maxId) as number[];
  for (const id of newer) ids.add(id);
  for (const [id, at] of now.undone) if (since.undone.get(id) !== at) ids.add(id);
  for (const id of since.undone.keys()) if (!now.undone.has(id)) ids.add(id);
  return [...ids];
}

/** The practices changed between two points in the history (`now` read just before, outside a transaction). */
export function practicesChangedBetween(db: Database, since: HistoryPoint, now: HistoryPoint): PracticeChanges {
  const practices = new Set<string>();
  const records = new Set<string>();
  const sets = setsBetween(db, since, now);
  if (sets.length === 0) return { everything: false, practices, records };
  const json = JSON.stringify(sets);
  const count = statement(db, 'SELECT count(*) FROM changes WHERE change_set_id IN (SELECT value FROM json_each(?))').pluck().get(json) as number;
  if (count > MOST_CHANGES) return { everything: true };
  const rows = statement(
    db,
    `SELECT entity, coalesce(entity_key ->> '$.practiceId', entity_key ->> '$.id', entity_key ->> '$.key')
     FROM changes WHERE change_set_id IN (SELECT value FROM json_each(?))`,
  )
    .raw()
    .all(json) as [string, string | null][];
  for (const [entity, key] of rows) {
    switch (entity) {
      case 'practice':
        practices.add(String(key));
        records.add(String(key));
        break;
      case 'score':
      case 'consensus':
        practices.add(String(key));
        break;
      case 'caseStudy':
      case 'claim':
        // A write-up's text, a report's printed figure: no score mean or fact of the analyses reads them.
        break;
      case 'setting':
        // The score source decides every practice's number; other settings (targets) none.
        if (key === 'scoreSource') return { everything: true };
        break;
      case 'rubric':
      case 'dimension':
        // Descriptors, names and targets: no practice's number or facts depend on them.
        break;
      default:
        // A rater (its scores go with it, and it may be the score source), a dimension, or an
        // entity added later: derive everything again rather than guess.
        return { everything: true };
    }
  }
  return { everything: false, practices, records };
}
