/**
 * Word documents of the analysis views: one table view (with its gap chart for the gaps view), the
 * case studies, and the report pack (a title page, the dataset's version, the chosen tables, gap
 * charts and case studies). The pages are laid out by data/exports/docx/document.ts.
 */
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { GROUP_FIELD_LABELS } from '../domain/fields.js';
import type { BarChart } from '../exports/charts/barChart.js';
import { roundFigure } from '../exports/dataTable.js';
import { writeDocx, type DocxBlock, type DocxPart } from '../exports/docx/document.js';
import { formatNumber } from '../exports/docx/numbers.js';
import { caseStudyBlocks, caseStudyPracticeIds } from './caseStudyDocx.js';
import { jobStep } from '../jobs/context.js';
import { viewTable, type TableViewRequest } from './viewRequest.js';
import { filterCaption } from '../practices/schemas.js';
import { gapTable } from './gaps.js';
import type { gapsInputSchema, reportInputSchema } from './schemas.js';

type GapsInput = z.output<typeof gapsInputSchema>;
type ReportInput = z.output<typeof reportInputSchema>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The filter a request was made under (hand-picked comparisons name their practices instead). */
function captionOf(request: TableViewRequest): string {
  if (request.view === 'compare' && request.input.ids) return `${request.input.ids.length} hand-picked practices`;
  if (request.view === 'compare' && request.input.groupBy) return `${filterCaption(request.input.filter)}; grouped by ${GROUP_FIELD_LABELS[request.input.groupBy].toLowerCase()}`;
  const input = request.input as { filter?: Parameters<typeof filterCaption>[0]; groupBy?: unknown };
  // The gaps view groups by one field, the statistics by up to two.
  const fields = (Array.isArray(input.groupBy) ? input.groupBy : typeof input.groupBy === 'string' ? [input.groupBy] : []) as (keyof typeof GROUP_FIELD_LABELS)[];
  const grouping = fields.length > 0 ? `; grouped by ${fields.map((f) => GROUP_FIELD_LABELS[f].toLowerCase()).join(' and ')}` : '';
  return `${filterCaption(input.filter ?? {})}${grouping}`;
}

/** A table view as blocks: its table with the title and filter as caption. */
export function tableBlocks(db: Database, request: TableViewRequest): DocxBlock[] {
  const { table } = viewTable(db, request);
  return [{ kind: 'table', table, caption: `${table.title}. ${captionOf(request)}.` }];
}

/** The gap chart of a gaps view: per dimension, each group's gap to target (target − mean score). */
export function gapChart(db: Database, input: GapsInput, locale: string): { chart: BarChart; caption: string } {
  const gaps = gapTable(db, input);
  const groups = gaps.groups.length > 0 ? gaps.groups : [gaps.overall];
  const chart: BarChart = {
    title: `Gap to target by dimension${gaps.groupBy ? ` and ${GROUP_FIELD_LABELS[gaps.groupBy].toLowerCase()}` : ''}`,
    axisLabel: 'Gap (target − mean score)',
    categories: gaps.dimensions.map((d) => d.name),
    series: groups.map((g) => ({ label: `${g.label} (n=${g.practices})`, values: gaps.dimensions.map((d) => roundFigure(g.cells[d.id].gap)) })),
    format: (value) => formatNumber(value, locale),
  };
  const targets = gaps.dimensions.map((d) => `${d.name} ${formatNumber(d.target, locale)}`).join(', ');
  return { chart, caption: `${chart.title}. ${filterCaption(input.filter)}. Targets: ${targets}; a bar above zero falls short of its target.` };
}

function chartBlock(db: Database, input: GapsInput, locale: string): DocxBlock {
  const { chart, caption } = gapChart(db, input, locale);
  return { kind: 'chart', chart, caption };
}

/** One table view as a Word document (the gaps view with its chart). */
export function viewDocx(db: Database, request: TableViewRequest, locale: string, today = new Date()): Uint8Array {
  const blocks = tableBlocks(db, request);
  const first = blocks[0];
  const title = first?.kind === 'table' ? first.table.title : 'AutoCredify Mapper';
  const part: DocxPart = {
    blocks: [
      { kind: 'heading', text: title, level: 1 },
      { kind: 'paragraph', text: `Made with AutoCredify Mapper on ${day(today)}.`, muted: true },
      ...blocks,
      ...(request.view === 'gaps' ? [chartBlock(db, request.input, locale)] : []),
    ],
  };
  return writeDocx({ title, locale, parts: [part] });
}

/** Case studies as a Word document: one practice, or the shortlist, each on its own pages. */
export function caseStudiesDocx(db: Database, practiceIds: readonly string[], locale: string): Uint8Array {
  const parts: DocxPart[] = practiceIds.map((id) => ({ blocks: caseStudyBlocks(db, id, 1), landscape: false }));
  if (parts.length === 0) parts.push({ blocks: [{ kind: 'paragraph', text: 'No case studies were chosen (none is selected or shortlisted).' }] });
  return writeDocx({ title: 'Case studies', locale, parts });
}

/** Which dataset, in which state: so a figure in the report can be traced back. */
export function datasetVersion(db: Database, storePath: string, today: Date): string[] {
  const sets = db.prepare('SELECT count(*) AS total, coalesce(sum(undone_at IS NULL), 0) AS inForce, max(created_at) AS latest FROM change_sets').get() as {
    total: number;
    inForce: number;
    latest: string | null;
  };
  const practices = db.prepare('SELECT count(*) FROM practices').pluck().get() as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  return [
    `File: ${basename(storePath)}`,
    `Change sets: ${sets.total} (${sets.inForce} in force, ${sets.total - sets.inForce} undone)`,
    `Latest change: ${sets.latest ?? 'none since the dataset was created'}`,
    `Practices: ${practices}`,
    `Dataset schema version: ${version}`,
    `Report made: ${today.toISOString()}`,
  ];
}

/** The report pack: title page with the dataset's version, then tables, gap charts and case studies. */
export function reportPack(db: Database, storePath: string, input: ReportInput, locale: string, today = new Date()): Uint8Array {
  const parts: DocxPart[] = [
    {
      landscape: false,
      blocks: [
        { kind: 'paragraph', text: '' },
        { kind: 'paragraph', text: input.title, bold: true, size: 48, centered: true },
        ...(input.subtitle ? [{ kind: 'paragraph' as const, text: input.subtitle, size: 28, centered: true }] : []),
        { kind: 'paragraph', text: `Made with AutoCredify Mapper on ${day(today)}`, muted: true, centered: true },
        { kind: 'heading', text: 'Dataset version', level: 2 },
        { kind: 'bullets', items: datasetVersion(db, storePath, today) },
        { kind: 'heading', text: 'Contents', level: 2 },
        {
          kind: 'bullets',
          items: [
            ...(input.tables.length > 0 ? [`Tables (${input.tables.length})`] : []),
            ...(input.gapCharts.length > 0 ? [`Gap charts (${input.gapCharts.length})`] : []),
            ...(input.caseStudies ? [`Case studies (${caseStudyPracticeIds(db, input.caseStudies).length})`] : []),
          ],
        },
      ],
    },
  ];
  const ids = input.caseStudies ? caseStudyPracticeIds(db, input.caseStudies) : [];
  const steps = input.tables.length + input.gapCharts.length + ids.length;
  let done = 0;
  const step = (phase: string) => jobStep(phase, ++done, steps);
  input.tables.forEach((request, i) => {
    step('Tables');
    const blocks = tableBlocks(db, request);
    const first = blocks[0];
    const title = first?.kind === 'table' ? first.table.title : '';
    parts.push({ blocks: [...(i === 0 ? [{ kind: 'heading' as const, text: 'Tables', level: 1 as const }] : []), { kind: 'heading', text: title, level: 2 }, ...blocks] });
  });
  if (input.gapCharts.length > 0) {
    parts.push({ landscape: false, blocks: [{ kind: 'heading', text: 'Gap charts', level: 1 }, ...input.gapCharts.map((g) => (step('Charts'), chartBlock(db, g, locale)))] });
  }
  if (input.caseStudies) {
    ids.forEach((id, i) => {
      step('Case studies');
      parts.push({ landscape: false, blocks: [...(i === 0 ? [{ kind: 'heading' as const, text: 'Case studies', level: 1 as const }] : []), ...caseStudyBlocks(db, id, 2)] });
    });
  }
  return writeDocx({ title: input.title, locale, parts });
}
