/**
 * Blind mode, the one rule every operation follows. With blind mode on (preference `blindMode`),
 * the figures of a practice x dimension that come from others — other raters' scores and their
 * mean, the seed's reading and the consensus — are hidden from the person at the screen
 * (preference `currentRaterId`) until that person has scored the pair; there they see their own
 * score or nothing. With blind mode on and nobody chosen to score as, nothing is theirs, so every
 * pair is hidden.
 *
 * The viewer is a parameter of each derivation (the score means, the analyses' facts, the exports),
 * not a global: a derivation is kept per viewer, and each operation asks for the viewer its
 * preferences name (viewerOf). Anchoring is what blind mode prevents, so the rule is applied where
 * the numbers are derived, and no host can show more than the person chose to see.
 */
import type { Database } from 'better-sqlite3';
import { DIMENSION_IDS } from '../domain/domain.js';
import { getPreferences } from './preferences.js';

export type Viewer = { blind: false } | { blind: true; raterId: string | null };

/** Blind mode off: every figure is shown. */
export const SEES_EVERYTHING: Viewer = { blind: false };

/** The person at the screen, as their preferences say. */
export function viewerOf(db: Database): Viewer {
  const { blindMode, currentRaterId } = getPreferences(db);
  return blindMode ? { blind: true, raterId: currentRaterId } : SEES_EVERYTHING;
}

/** A key per viewer, for derived data kept per viewer. */
export function viewerKey(viewer: Viewer): string {
  return viewer.blind ? `blind:${viewer.raterId ?? ''}` : 'open';
}

/** The rule in JavaScript: may the viewer see others' figures of a pair they have (or have not) scored? */
export function seesOthers(viewer: Viewer, scoredByViewer: boolean): boolean {
  return !viewer.blind || (viewer.raterId !== null && scoredByViewer);
}

/** A stored, validated rater id as an SQL string literal. */
const quoted = (id: string) => `'${id.replaceAll("'", "''")}'`;

/**
 * The rule in SQL: true where the viewer may see others' figures of the pair named by the two SQL
 * expressions (a practice id and a dimension id). A lookup on the scores' primary key.
 */
export function seesPairSql(viewer: Viewer, practice: string, dimension: string): string {
  if (!viewer.blind) return '1';
  if (viewer.raterId === null) return '0';
  return `EXISTS (SELECT 1 FROM main.scores mine WHERE mine.practice_id = ${practice} AND mine.dimension_id = ${dimension} AND mine.rater_id = ${quoted(viewer.raterId)} AND mine.value IS NOT NULL)`;
}

/** True for a score row (alias `s`) the viewer may see: their own, or on a pair they have scored. */
export function seesScoreSql(viewer: Viewer, alias = 's'): string {
  if (!viewer.blind) return '1';
  const own = viewer.raterId === null ? '0' : `${alias}.rater_id = ${quoted(viewer.raterId)}`;
  return `(${own} OR ${seesPairSql(viewer, `${alias}.practice_id`, `${alias}.dimension_id`)})`;
}

/**
 * The per-practice score columns (practice_id, <dimension>, n_<dimension>, as in the score-means
 * table) of `source` as the viewer may see them: a hidden pair is null, with no raters behind it.
 * Where the viewer has scored, the figure is the one the score source gives (it includes their own).
 */
export function blindedScoresSql(source: string, viewer: Viewer): string {
  if (!viewer.blind) return source;
  const columns = DIMENSION_IDS.map((d) => {
    const sees = seesPairSql(viewer, 'b.practice_id', `'${d}'`);
    return `CASE WHEN ${sees} THEN b.${d} END AS ${d}, CASE WHEN ${sees} THEN b.n_${d} ELSE 0 END AS n_${d}`;
  }).join(', ');
  return `(SELECT b.practice_id, ${columns} FROM ${source} b)`;
}

/**
 * Whether the person at the screen may see one tracked change (a history entry): in blind mode, a
 * score of someone else or a consensus only on a pair they have scored; other records always.
 */
export function changeVisibleToViewer(db: Database, entity: string, key: Record<string, unknown>): boolean {
  if (entity !== 'score' && entity !== 'consensus') return true;
  const viewer = viewerOf(db);
  if (!viewer.blind) return true;
  if (viewer.raterId === null) return false;
  if (entity === 'score' && key.raterId === viewer.raterId) return true;
  const scored = db
    .prepare('SELECT 1 FROM main.scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ? AND value IS NOT NULL')
    .get(String(key.practiceId), String(key.dimension), viewer.raterId);
  return seesOthers(viewer, scored !== undefined);
}
