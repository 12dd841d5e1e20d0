/**
 * Scores in long form (one row per practice, dimension and rater, as "export scores" writes them):
 * how a rater's work travels as CSV. Raters keep their ids, so a second rater's scores arrive
 * beside the first's; a rater new to this dataset is added with the name and team in the file.
 */
import type { Database } from 'better-sqlite3';
import { CONFIDENCE_LEVELS, type Confidence, type DimensionId, type ScoreValue } from '../domain/domain.js';
import type { ImportCounts, RejectedRow } from './model.js';
import { listDimensions } from '../scoring/index.js';
import { createRater, getRater } from '../scoring/index.js';
import { setCheckedScores } from '../scoring/index.js';
import { jobStep } from '../jobs/context.js';
import { foldForMatching } from './fold.js';
import { readText } from './cells.js';
import type { CsvFile } from './readFile.js';
import { statement } from '../store/statements.js';
import { withIndexesBuiltAfter } from '../store/bulkWrites.js';

const COLUMNS = {
  practiceId: ['practice id', 'id de la practica', 'id da pratica', 'kaytannon tunnus'],
  dimension: ['dimension', 'dimensión', 'dimensão', 'ulottuvuus'],
  raterId: ['rater id', 'id del evaluador', 'id do avaliador', 'arvioijan tunnus'],
  rater: ['rater', 'evaluador', 'avaliador', 'arvioija'],
  team: ['team', 'equipo', 'equipa', 'tiimi'],
  score: ['score', 'puntuación', 'pontuação', 'pisteet'],
  evidence: ['evidence', 'evidencia', 'evidência', 'näyttö'],
  confidence: ['confidence', 'confianza', 'confiança', 'varmuus'],
} as const;
type Column = keyof typeof COLUMNS;

/** The columns of a long-form score file, or null when the file is not one (it lacks practice id, dimension, rater id or score). */
export function scoreColumns(headers: readonly string[]): Partial<Record<Column, number>> | null {
  const folded = headers.map((h) => foldForMatching(h));
  const found: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const index = folded.findIndex((h) => names.some((n) => foldForMatching(n) === h));
    if (index >= 0) found[column] = index;
  }
  return found.practiceId !== undefined && found.dimension !== undefined && found.raterId !== undefined && found.score !== undefined ? found : null;
}

export interface PlannedScore {
  line: number;
  action: 'new' | 'updated' | 'unchanged';
  practiceId: string;
  dimension: DimensionId;
  raterId: string;
  raterName: string | null;
  team: string | null;
  value: ScoreValue | null;
  evidence: string | null;
  confidence: Confidence | null;
}

export interface ScorePlan {
  rows: PlannedScore[];
  rejected: RejectedRow[];
  counts: ImportCounts;
}

/** Rows per lookup statement (a JSON list read by json_each). */
const LOOKUP_CHUNK = 5000;

function existingPractices(db: Database, ids: readonly string[]): Set<string> {
  const distinct = [...new Set(ids.filter((id) => id !== ''))];
  const found = new Set<string>();
  const lookup = statement(db, 'SELECT id FROM practices WHERE id IN (SELECT value FROM json_each(?))').pluck();
  for (let i = 0; i < distinct.length; i += LOOKUP_CHUNK) for (const id of lookup.all(JSON.stringify(distinct.slice(i, i + LOOKUP_CHUNK))) as string[]) found.add(id);
  return found;
}

/** The stored score of each planned row that has one, by the row's index. */
function currentScores(db: Database, rows: readonly PlannedScore[]): Map<number, { value: number | null; evidence: string | null; confidence: string | null }> {
  const found = new Map<number, { value: number | null; evidence: string | null; confidence: string | null }>();
  if (statement(db, 'SELECT 1 FROM scores LIMIT 1').get() === undefined) return found;
  const lookup = statement(
    db,
    `SELECT j.key AS i, s.value, s.evidence, s.confidence FROM json_each(?) j
     JOIN scores s ON s.practice_id = j.value ->> 0 AND s.dimension_id = j.value ->> 1 AND s.rater_id = j.value ->> 2`,
  );
  for (let start = 0; start < rows.length; start += LOOKUP_CHUNK) {
    const keys = rows.slice(start, start + LOOKUP_CHUNK).map((r) => [r.practiceId, r.dimension, r.raterId]);
    for (const { i, ...score } of lookup.all(JSON.stringify(keys)) as { i: number; value: number | null; evidence: string | null; confidence: string | null }[]) found.set(start + i, score);
  }
  return found;
}

export function planScoreRows(db: Database, file: CsvFile, columns: Partial<Record<Column, number>>): ScorePlan {
  const dimensions = listDimensions(db);
  // By id or name, folded: a file repeats the same five texts, each looked up once.
  const dimensionNames = new Map<string, DimensionId>();
  for (const d of dimensions) for (const name of [d.id, d.name]) if (!dimensionNames.has(foldForMatching(name))) dimensionNames.set(foldForMatching(name), d.id);
  const dimensionByText = new Map<string, DimensionId | undefined>();
  const dimensionOf = (text: string): DimensionId | undefined => {
    if (!dimensionByText.has(text)) dimensionByText.set(text, dimensionNames.get(foldForMatching(text)));
    return dimensionByText.get(text);
  };
  const cell = (cells: string[], column: Column) => (columns[column] === undefined ? '' : readText(cells[columns[column]!] ?? '').trim());
  const rows: PlannedScore[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  // The practices the file names, looked up many at a time: which exist is the same whichever row asks first.
  const practices = existingPractices(db, Array.from(file.rows, (row) => cell(row.cells, 'practiceId')));
  let index = -1;
  for (const row of file.rows) {
    index += 1;
    if (index % 500 === 0) jobStep('Checking scores', index, file.rows.length);
    const reject = (reason: string) => rejected.push({ row: row.row, line: row.line, reason, cells: row.cells });
    const practiceId = cell(row.cells, 'practiceId');
    const dimension = dimensionOf(cell(row.cells, 'dimension'));
    const raterId = cell(row.cells, 'raterId');
    const scoreText = cell(row.cells, 'score');
    const confidenceText = cell(row.cells, 'confidence').toLowerCase();
    if (!practiceId || !practices.has(practiceId)) {
      reject(`There is no practice with id "${practiceId}" in this dataset; import the practices first.`);
      continue;
    }
    if (!dimension) {
      reject(`"${cell(row.cells, 'dimension')}" is not one of the dimensions (${dimensions.map((d) => d.name).join(', ')}).`);
      continue;
    }
    if (!raterId) {
      reject('The row names no rater id: every score belongs to a rater.');
      continue;
    }
    if (scoreText !== '' && !/^[0-4]$/.test(scoreText)) {
      reject(`Column "Score": "${scoreText}" is not a whole number from 0 to 4 (leave it empty for "not rated").`);
      continue;
    }
    if (confidenceText !== '' && !(CONFIDENCE_LEVELS as readonly string[]).includes(confidenceText)) {
      reject(`Column "Confidence": "${confidenceText}" is not low, medium or high.`);
      continue;
    }
    const key = `${practiceId}\u0000${dimension}\u0000${raterId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reject(`The same practice, dimension and rater as row ${earlier}; each score may appear once.`);
      continue;
    }
    seen.set(key, row.row);
    const value = scoreText === '' ? null : (Number(scoreText) as ScoreValue);
    const evidence = cell(row.cells, 'evidence') || null;
    const confidence = (confidenceText || null) as Confidence | null;
    rows.push({ line: row.line, action: 'new', practiceId, dimension, raterId, raterName: cell(row.cells, 'rater') || null, team: cell(row.cells, 'team') || null, value, evidence, confidence });
  }
  // Each row against the score it would replace, many rows per statement.
  for (const [index, current] of currentScores(db, rows)) {
    const row = rows[index] as PlannedScore;
    row.action = current.value === row.value && current.evidence === row.evidence && current.confidence === row.confidence ? 'unchanged' : 'updated';
  }
  const count = (action: PlannedScore['action']) => rows.filter((r) => r.action === action).length;
  return { rows, rejected, counts: { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: rejected.length } };
}

export function applyScoreRows(db: Database, plan: ScorePlan): void {
  // Into a dataset without scores, the scores' secondary index is built once at the end.
  db.transaction(() => withIndexesBuiltAfter(db, 'scores', () => {
    const changed = plan.rows.filter((row) => row.action !== 'unchanged');
    // Raters new to this dataset first (a rater's first row names them); the plan checked every practice.
    const known = new Set<string>();
    for (const row of changed) {
      if (known.has(row.raterId)) continue;
      known.add(row.raterId);
      if (!getRater(db, row.raterId)) createRater(db, { id: row.raterId, name: row.raterName ?? row.raterId, team: row.team });
    }
    const chunk = 5000;
    for (let start = 0; start < changed.length; start += chunk) {
      jobStep('Writing scores', start, changed.length);
      setCheckedScores(
        db,
        changed.slice(start, start + chunk).map((row) => ({
          practiceId: row.practiceId,
          dimension: row.dimension,
          raterId: row.raterId,
          value: row.value,
          evidence: row.evidence,
          confidence: row.confidence,
          isNew: row.action === 'new',
        })),
      );
    }
  }))();
}
