/** People who score. Ids are stable UUIDs so merged files never confuse two people with one name. */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { SEED_RATER_ID } from '../domain/domain.js';
import type { Rater } from './model.js';
import { track } from '../history/history.js';
import { statement } from '../store/statements.js';

type RaterRow = Omit<Rater, 'seed'>;
const withFlag = (row: RaterRow): Rater => ({ ...row, seed: row.id === SEED_RATER_ID });

export function listRaters(db: Database): Rater[] {
  return (statement(db, 'SELECT id, name, team, created_at AS createdAt FROM raters ORDER BY name COLLATE NOCASE, id').all() as RaterRow[]).map(withFlag);
}

export function getRater(db: Database, id: string): Rater | undefined {
  const row = statement(db, 'SELECT id, name, team, created_at AS createdAt FROM raters WHERE id = ?').get(id) as RaterRow | undefined;
  return row ? withFlag(row) : undefined;
}

export function createRater(db: Database, input: { id?: string; name: string; team: string | null }): Rater {
  const row: RaterRow = { id: input.id ?? randomUUID(), name: input.name, team: input.team, createdAt: new Date().toISOString() };
  track(db, 'rater', { id: row.id }, () => statement(db, 'INSERT INTO raters (id, name, team, created_at) VALUES (@id, @name, @team, @createdAt)').run(row));
  return withFlag(row);
}
