/** The history of many records created at once (an import's new practices), many rows per statement. */
import type { Database } from 'better-sqlite3';
import { insertRows } from '../store/bulkWrites.js';
import type { EntityName, EntityState } from './entities.js';
import { reserveChanges } from './history.js';

/**
 * Records records a caller has just created, in the order given: what `track(..., absent = true)`
 * records for each (no "before", the state `read` gives as "after", as JSON.stringify writes it),
 * for a caller that read those states in bulk. Nothing outside a change set.
 */
export function recordCreated(db: Database, entity: EntityName, created: readonly { key: Record<string, unknown>; state: EntityState }[]): void {
  const reserved = reserveChanges(db, created.length);
  if (!reserved) return;
  insertRows(
    db,
    'changes',
    ['change_set_id', 'seq', 'entity', 'entity_key', 'before', 'after'],
    created.map((c, i) => [reserved.changeSetId, reserved.firstSeq + i, entity, JSON.stringify(c.key), null, c.state === null ? null : JSON.stringify(c.state)]),
  );
}
