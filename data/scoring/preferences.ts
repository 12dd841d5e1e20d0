/** UI preferences kept in the store's settings table, so they survive restarts under either host. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import type { Preferences } from './model.js';
import { getRater } from './raters.js';
import { readSetting, writeSetting } from '../history/settings.js';

/** Each person's own UI preferences: kept out of history and merges. */
export const PREFERENCES_KEY = 'preferences';
const DEFAULTS: Preferences = { currentRaterId: null, hiddenColumns: null, blindMode: false };
const storedSchema = z.object({ currentRaterId: z.string().nullable(), hiddenColumns: z.array(z.string()).nullable(), blindMode: z.boolean() }).partial();

export function getPreferences(db: Database): Preferences {
  const merged = { ...DEFAULTS, ...readSetting(db, PREFERENCES_KEY, storedSchema) };
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
  writeSetting(db, PREFERENCES_KEY, next, false);
  return next;
}
