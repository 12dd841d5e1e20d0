/**
 * The practice and long-form score CSV exports written as their query runs (issue 16: export at
 * the speed of reading): each practice is read with its narratives and sources in one row of one
 * query and becomes a line at once, without the whole table as cells, lines or JSON first. The
 * cells are the table export's own (practiceTables.ts), so the file is byte for byte the one
 * toCsv writes from practicesDataTable and scoresDataTable (data/exports/csvStream.test.ts).
 */
import type { Database } from 'better-sqlite3';
import type { DimensionId } from '../domain/domain.js';
import { practiceFromRow, type DbRow, type ValidFilter } from '../practices/index.js';
import type { PracticeFields } from '../practices/model.js';
import { viewerOf, type Viewer } from '../scoring/index.js';
import { writeCsv, type CsvDialect } from './csv.js';
import type { Cell, TableColumn } from './dataTable.js';
import { COLUMNS, SCORE_COLUMNS, cellOf, checklistColumns, filteredIds, scoreRows } from './practiceTables.js';

const PRACTICE_ROWS = `SELECT p.*,
    (SELECT json_group_object(n.dimension_id, n.text) FROM narratives n WHERE n.practice_id = p.id) AS export_narratives,
    (SELECT json_group_array(json_object('document', s.document, 'section', s.section))
       FROM (SELECT document, section FROM sources WHERE practice_id = p.id ORDER BY position) s) AS export_sources
  FROM practices p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.sort_name, p.id`;

/** The practices the filter selects, in the table export's order, each as the table export's cells. */
function practiceRows(db: Database, filter: ValidFilter, viewer: Viewer): { columns: TableColumn[]; rows: Iterable<Cell[]> } {
  const ids = filteredIds(db, filter, viewer);
  const checklist = checklistColumns(db, ids);
  const rows = db.prepare(PRACTICE_ROWS).iterate(JSON.stringify(ids)) as IterableIterator<DbRow & { export_narratives: string; export_sources: string }>;
  return {
    columns: [...COLUMNS.map((t): TableColumn => ({ label: t.label, kind: t.kind === 'number' ? 'number' : 'text' })), ...checklist.columns],
    rows: (function* () {
      for (const { export_narratives, export_sources, ...row } of rows) {
        const narratives = JSON.parse(export_narratives) as Partial<Record<DimensionId, string>>;
        const practice = practiceFromRow(row, narratives, JSON.parse(export_sources) as PracticeFields['sources']);
        yield [...COLUMNS.map((t) => cellOf(practice, t.target)), ...checklist.cellsOf(practice.id)];
      }
    })(),
  };
}

/** The practice export as CSV, handed to `write` in chunks as the query runs. */
export function writePracticesCsv(db: Database, filter: ValidFilter, dialect: CsvDialect, write: (chunk: string) => void, viewer: Viewer = viewerOf(db)): void {
  const { columns, rows } = practiceRows(db, filter, viewer);
  writeCsv(columns, rows, dialect, write);
}

/** The long-form scores as CSV, handed to `write` in chunks as the query runs; blind mode as scoreRows. */
export function writeScoresCsv(db: Database, filter: ValidFilter, dialect: CsvDialect, write: (chunk: string) => void, viewer: Viewer = viewerOf(db)): void {
  writeCsv(SCORE_COLUMNS, scoreRows(db, filter, viewer), dialect, write);
}
