/**
 * Small JSON values kept in the dataset (preferences, coverage targets). A dataset may come from
 * elsewhere, so a stored value is checked with its schema when read; one that does not fit is
 * ignored (the default applies) rather than trusted.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { track } from './history.js';
import { explainedWrite } from '../store/revision.js';

export function readSetting<T>(db: Database, key: string, schema: z.ZodType<T>): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Writes a setting; `recorded` settings are part of the history (undoable), UI preferences are not. */
export function writeSetting(db: Database, key: string, value: unknown, recorded: boolean): void {
  const write = () => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  if (recorded) track(db, 'setting', { key }, write);
  // A preference of the UI: nothing derived from the data depends on it, so no rebuild.
  else explainedWrite(db, write);
}
