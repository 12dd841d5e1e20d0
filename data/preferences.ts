/** UI preferences kept in the store's settings table, so they survive restarts under either host. */
import type { Database } from 'better-sqlite3';
import { ApiFailure } from './envelope.js';
import type { Preferences } from './model.js';
import { getRater } from './raters.js';

const KEY = 'preferences';
const DEFAULTS: Preferences = { currentRaterId: null, hiddenColumns: null };

export function getPreferences(db: Database): Preferences {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<Preferences>) : {};
  const merged = { ...DEFAULTS, ...stored };
  // A rater removed by a merge or an undo must not stay "current".
  if (merged.currentRaterId !== null && !getRater(db, merged.currentRaterId)) merged.currentRaterId = null;
  return merged;
}

export function setPreferences(db: Database, patch: Partial<Preferences>): Preferences {
  if (patch.currentRaterId) {
    const rater = getRater(db, patch.currentRaterId);
    if (!rater) throw new ApiFailure('not_found', `There is no rater with id "${patch.currentRaterId}" in this dataset.`);
    if (rater.seed) throw new ApiFailure('invalid_input', 'The seed’s reading of the rubric is not a person: choose or add a rater to score as.', { currentRaterId: 'Choose a person' });
  }
  const next = { ...getPreferences(db), ...patch };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
