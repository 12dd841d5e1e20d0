/** People who score. Ids are stable UUIDs so merged files never confuse two people with one name. */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Rater } from './model.js';

export function listRaters(db: Database): Rater[] {
  return db.prepare('SELECT id, name, team, created_at AS createdAt FROM raters ORDER BY name COLLATE NOCASE, id').all() as Rater[];
}

export function getRater(db: Database, id: string): Rater | undefined {
  return db.prepare('SELECT id, name, team, created_at AS createdAt FROM raters WHERE id = ?').get(id) as Rater | undefined;
}

export function createRater(db: Database, input: { id?: string; name: string; team: string | null }): Rater {
  const rater: Rater = { id: input.id ?? randomUUID(), name: input.name, team: input.team, createdAt: new Date().toISOString() };
  db.prepare('INSERT INTO raters (id, name, team, created_at) VALUES (@id, @name, @team, @createdAt)').run(rater);
  return rater;
}
