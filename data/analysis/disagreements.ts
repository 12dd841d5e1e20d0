/**
 * Disagreements (analysis.disagreements): the practice x dimension pairs where raters' scores
 * differ, largest difference first, with each rater's score and evidence and any consensus.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { DimensionId } from '../domain/domain.js';
import { statement } from '../store/statements.js';
import { filteredPractices } from '../practices/index.js';
import { getConsensus, listRaters, scoresBySource, seesPairSql, viewerOf, type Viewer } from '../scoring/index.js';
import type { DisagreementQueue } from '../scoring/model.js';
import type { disagreementsInputSchema } from './schemas.js';
import { blindScope, comparedRaters, comparisonSentence } from './agreementTable.js';

interface PairRow {
  practiceId: string;
  practiceName: string;
  country: string;
  dimension: DimensionId;
  difference: number;
}

/**
 * The pairs where the chosen raters differ by at least `minDifference`, largest first, a page at a
 * time. In blind mode only pairs the viewer has scored (scoring/viewer.ts), and the output says so.
 */
export function disagreementQueue(db: Database, input: z.output<typeof disagreementsInputSchema>, viewer: Viewer = viewerOf(db)): DisagreementQueue {
  const chosen = comparedRaters(db, input);
  // With fewer than two raters no pair can differ: the answer is empty, and `comparison` says who.
  const raterIds = chosen.map((r) => r.id);
  const source = filteredPractices(input.filter, { meansTable: () => scoresBySource(db, viewer) });
  // Every pair where the raters differ, with its consensus if any; the status only chooses the page's rows.
  const pairsSql = `WITH chosen AS (SELECT p.id ${source.sql}),
    pairs AS (
      SELECT s.practice_id, s.dimension_id, max(s.value) - min(s.value) AS difference
      FROM scores s JOIN chosen ON chosen.id = s.practice_id
      WHERE s.value IS NOT NULL AND s.rater_id IN (SELECT value FROM json_each(?)) AND ${seesPairSql(viewer, 's.practice_id', 's.dimension_id')}
      GROUP BY s.practice_id, s.dimension_id
      HAVING count(*) >= 2 AND max(s.value) - min(s.value) >= ?)
    SELECT pairs.practice_id AS practiceId, p.name AS practiceName, p.sort_name AS sortName, p.country, pairs.dimension_id AS dimension,
      d.position, pairs.difference, c.value AS consensusValue
    FROM pairs JOIN practices p ON p.id = pairs.practice_id JOIN dimensions d ON d.id = pairs.dimension_id
    LEFT JOIN consensus_scores c ON c.practice_id = pairs.practice_id AND c.dimension_id = pairs.dimension_id`;
  const wanted = { all: 'true', open: 'consensusValue IS NULL', settled: 'consensusValue IS NOT NULL' }[input.status];
  const params = [...source.params, JSON.stringify(raterIds), input.minDifference];
  const counts = statement(db, `SELECT count(*) AS total, count(consensusValue) AS settled, count(*) FILTER (WHERE ${wanted}) AS matching FROM (${pairsSql})`)
    .get(...params) as { total: number; settled: number; matching: number };
  const page = statement(db, `SELECT * FROM (${pairsSql}) WHERE ${wanted} ORDER BY difference DESC, sortName, practiceId, position LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as PairRow[];
  const scoresOf = statement(
      db,
    `SELECT s.rater_id AS raterId, r.name AS raterName, s.value, s.evidence, s.confidence FROM scores s JOIN raters r ON r.id = s.rater_id
     WHERE s.practice_id = ? AND s.dimension_id = ? AND s.value IS NOT NULL AND s.rater_id IN (SELECT value FROM json_each(?)) ORDER BY s.value DESC, r.name`,
  );
  const rows = page.map(({ practiceId, practiceName, country, dimension, difference }) => ({
    practiceId,
    practiceName,
    country,
    dimension,
    difference,
    scores: scoresOf.all(practiceId, dimension, JSON.stringify(raterIds)) as DisagreementQueue['rows'][number]['scores'],
    consensus: getConsensus(db, practiceId, dimension),
  }));
  return {
    ...counts,
    rows,
    raters: chosen.map((r) => ({ id: r.id, name: r.name, seed: r.seed })),
    comparison: comparisonSentence(chosen, listRaters(db).filter((r) => r.seed).length),
    blind: blindScope(db, viewer),
  };
}

