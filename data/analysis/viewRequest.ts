/**
 * A table view named with its input (as analysis.export and a report pack's tables name it), as the
 * plain table every file format renders, with its JSON form.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { exportInputSchema } from './schemas.js';
import { compareTable } from './compare.js';
import { coverage } from './coverage.js';
import { gapTable } from './gaps.js';
import { statsTable } from './stats.js';
import type { DataTable } from '../exports/dataTable.js';
import { agreementDataTable, compareDataTable, coverageDataTable, euElementsDataTable, gapDataTable, pathwayDataTable, statsDataTable, statsRecords } from './viewTables.js';
import { pathway } from './pathway.js';
import { lensDataTable, lensView } from './lensView.js';
import { euElementsSummary } from './euElementsCounts.js';
import { agreementTable } from './agreementTable.js';
import { practicesDataTable, scoresDataTable } from '../exports/practiceTables.js';

type ExportInput = z.output<typeof exportInputSchema>;
type WithoutFile<T> = T extends unknown ? Omit<T, 'format' | 'locale'> : never;
/** A table view and its input, without a file format: what a report pack's tables are too. */
export type TableViewRequest = WithoutFile<Exclude<ExportInput, { view: 'caseStudies' | 'report' }>>;

/** A table view as the plain table every format renders, with its JSON form. */
export function viewTable(db: Database, request: TableViewRequest): { table: DataTable; json: unknown } {
  switch (request.view) {
    case 'compare': {
      const result = compareTable(db, request.input);
      return { table: compareDataTable(result, request.cells, request.dimensions, request.extras), json: result };
    }
    case 'gaps': {
      const result = gapTable(db, request.input);
      return { table: gapDataTable(result), json: result };
    }
    case 'stats': {
      const result = statsTable(db, request.input);
      return { table: statsDataTable(result), json: statsRecords(result) };
    }
    case 'coverage': {
      const result = coverage(db, request.input);
      return { table: coverageDataTable(result), json: result };
    }
    case 'agreement': {
      const result = agreementTable(db, request.input);
      return { table: agreementDataTable(result), json: result };
    }
    case 'euElements': {
      const result = euElementsSummary(db, request.input);
      return { table: euElementsDataTable(result), json: result };
    }
    case 'lens': {
      const result = lensView(db, request.input);
      return { table: lensDataTable(result), json: result };
    }
    case 'pathway': {
      const result = pathway(db, request.input);
      return { table: pathwayDataTable(result), json: result };
    }
    case 'practices':
    case 'scores': {
      const table = request.view === 'practices' ? practicesDataTable(db, request.input.filter) : scoresDataTable(db, request.input.filter);
      return { table, json: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.label, row[i] ?? null]))) };
    }
  }
}

