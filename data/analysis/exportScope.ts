/**
 * Which practices an export shows: what the checks before an export look at (data/quality/beforeExport.ts),
 * so a report is checked on its own practices and not on the whole dataset.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { exportInputSchema } from './schemas.js';
import type { practiceFilterSchema } from '../practices/schemas.js';
import { filteredPractices } from '../practices/index.js';
import { scoresBySource, viewerOf } from '../scoring/index.js';
import { caseStudyPracticeIds } from './caseStudyDocx.js';
import { pathway } from './pathway.js';

type ExportInput = z.output<typeof exportInputSchema>;

function selected(db: Database, filter: z.output<typeof practiceFilterSchema>): string[] {
  const viewer = viewerOf(db);
  const { sql, params } = filteredPractices(filter, { meansTable: () => scoresBySource(db, viewer) });
  return db.prepare(`SELECT p.id ${sql}`).pluck().all(...params) as string[];
}

/** The ids of the practices the export's tables, charts and case studies are made from. */
export function exportedPracticeIds(db: Database, input: ExportInput): Set<string> {
  switch (input.view) {
    case 'compare':
      return new Set(input.input.ids ?? selected(db, input.input.filter));
    case 'caseStudies':
      return new Set(caseStudyPracticeIds(db, input.input));
    case 'pathway':
      return new Set(pathway(db, input.input).nodes.map((n) => n.id));
    case 'report': {
      const ids = new Set<string>();
      const add = (more: Iterable<string>) => {
        for (const id of more) ids.add(id);
      };
      for (const table of input.input.tables) add(table.view === 'compare' && table.input.ids ? table.input.ids : selected(db, table.input.filter));
      for (const chart of input.input.gapCharts) add(selected(db, chart.filter));
      if (input.input.caseStudies) add(caseStudyPracticeIds(db, input.input.caseStudies));
      return ids;
    }
    default:
      return new Set(selected(db, input.input.filter));
  }
}
