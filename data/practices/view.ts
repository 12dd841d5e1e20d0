/**
 * A practice as the person at the screen may see it: with the team's consensus scores, and, in
 * blind mode, without other raters' scores on a dimension the current rater has not scored yet
 * (so that nobody's reading is anchored by a colleague's). Enforced here, not in the UI, so no
 * host shows more than the person chose to see.
 */
import type { Database } from 'better-sqlite3';
import { consensusOfPractice } from '../scoring/index.js';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import type { PracticeDetail } from './model.js';
import { seesOthers, viewerOf, type Viewer } from '../scoring/index.js';
import { getPracticeDetail } from './practices.js';

export function practiceForViewer(db: Database, id: string, viewer: Viewer = viewerOf(db)): PracticeDetail {
  const detail = getPracticeDetail(db, id);
  const consensus = consensusOfPractice(db, id);
  if (!viewer.blind) return { ...detail, consensus, hiddenScores: {} };
  const mine = (s: { raterId: string }) => viewer.raterId !== null && s.raterId === viewer.raterId;
  const scoredByMe = new Set(detail.scores.filter((s) => mine(s) && s.value !== null).map((s) => s.dimension));
  const sees = (d: DimensionId) => seesOthers(viewer, scoredByMe.has(d));
  const hiddenScores: Partial<Record<DimensionId, number>> = {};
  for (const d of DIMENSION_IDS) {
    if (sees(d)) continue;
    const others = detail.scores.filter((s) => s.dimension === d && !mine(s)).length;
    if (others > 0) hiddenScores[d] = others;
  }
  return {
    ...detail,
    scores: detail.scores.filter((s) => mine(s) || sees(s.dimension)),
    // The consensus is the others' reading too: hidden until the rater has scored.
    consensus: Object.fromEntries(Object.entries(consensus).filter(([d]) => sees(d as DimensionId))),
    hiddenScores,
  };
}
