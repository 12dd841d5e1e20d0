/** Each analysis view as a plain table, the shape every export format renders. */
import { MEASURE_LABELS, SUMMARY_KEYS, type CompareExtraColumn } from './schemas.js';
import { compareExtraLabel, compareExtraValue } from './compareExtras.js';
import type { EuElementsSummary } from '../practices/index.js';
import type { AgreementTable, CompareTable, Coverage, GapTable, Pathway, StatsTable } from './model.js';
import { GROUP_FIELD_LABELS } from '../domain/fields.js';
import type { DimensionId } from '../domain/domain.js';
import { roundFigure, type Cell, type DataTable, type TableColumn } from '../exports/dataTable.js';

const text = (label: string): TableColumn => ({ label, kind: 'text' });
const number = (label: string): TableColumn => ({ label, kind: 'number' });

export function compareDataTable(table: CompareTable, cells: 'narrative' | 'score' | 'both', dimensionIds?: DimensionId[], extras: CompareExtraColumn[] = []): DataTable {
  const dims = (dimensionIds ?? table.dimensions.map((d) => d.id)).map((id) => table.dimensions.find((d) => d.id === id)!).filter(Boolean);
  const grouped = table.groupBy !== null;
  const columns: TableColumn[] = [
    ...(grouped ? [text(GROUP_FIELD_LABELS[table.groupBy!])] : []),
    text('Practice'),
    text('Country'),
    ...dims.flatMap((d) =>
      cells === 'narrative' ? [text(d.name)] : cells === 'score' ? [number(`${d.name} score`)] : [text(d.name), number(`${d.name} score`)],
    ),
    ...extras.map((c) => (c === 'criteriaMet' ? number(compareExtraLabel(c)) : text(compareExtraLabel(c)))),
  ];
  const rows = table.rows.map((row): Cell[] => [
    ...(grouped ? [row.group?.label ?? ''] : []),
    row.name,
    row.country,
    ...dims.flatMap((d): Cell[] => {
      const cell = row.cells[d.id];
      const score = roundFigure(cell.score);
      return cells === 'narrative' ? [cell.narrative] : cells === 'score' ? [score] : [cell.narrative, score];
    }),
    ...extras.map((c) => compareExtraValue(row, c)),
  ]);
  return { title: 'Comparison of practices by dimension', shortTitle: 'Practices by dimension', columns, rows };
}

export function gapDataTable(table: GapTable): DataTable {
  const columns: TableColumn[] = [
    text(table.groupBy ? GROUP_FIELD_LABELS[table.groupBy] : 'Group'),
    number('Practices'),
    ...table.dimensions.flatMap((d) => [number(`${d.name} n`), number(`${d.name} mean`), number(`${d.name} target`), number(`${d.name} gap`)]),
  ];
  const rows = [...table.groups, ...(table.groupBy ? [table.overall] : [])].map((g): Cell[] => [
    g.label,
    g.practices,
    ...table.dimensions.flatMap((d): Cell[] => [g.cells[d.id].rated, roundFigure(g.cells[d.id].mean), d.target, roundFigure(g.cells[d.id].gap)]),
  ]);
  return { title: 'Mean score and gap to target by dimension', shortTitle: 'Mean score and gap to target', columns, rows };
}



/** `overallLabel`: the summary row's name ("All filtered practices" when a filter chose the practices). */
export function statsDataTable(table: StatsTable, overallLabel = table.overallLabel): DataTable {
  const columns: TableColumn[] = [
    ...table.groupBy.map((g) => text(GROUP_FIELD_LABELS[g])),
    number('Count'),
    number('Share'),
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => number(`${MEASURE_LABELS[m]} ${k}`))),
  ];
  const toCells = (groups: string[], row: StatsTable['overall']): Cell[] => [
    ...groups,
    row.count,
    Math.round(row.share * 10000) / 10000,
    ...table.measures.flatMap((m) => SUMMARY_KEYS.map((k) => roundFigure(row.measures[m]?.[k]))),
  ];
  const rows = table.rows.map((r) => toCells(r.groups.map((g) => g.label), r));
  if (table.groupBy.length > 0) rows.push(toCells(table.groupBy.map((_, i) => (i === 0 ? overallLabel : '')), table.overall));
  return { title: 'Summary statistics', columns, rows };
}

/** The statistics as the command line's JSON: one object per group with its field values, count and each measure's summary. */
export function statsRecords(table: StatsTable): Record<string, unknown>[] {
  return table.rows.map((row) => ({
    ...Object.fromEntries(table.groupBy.map((field, i) => [field, row.groups[i]?.value ?? null])),
    count: row.count,
    share: row.share,
    ...Object.fromEntries(table.measures.map((m) => [m, row.measures[m]])),
  }));
}

export function coverageDataTable(coverage: Coverage): DataTable {
  const rows: Cell[][] = [
    ...coverage.countries.map((c): Cell[] => ['Practices mapped (top level)', c.group, c.mapped, c.target]),
    ...coverage.dimensions.map((d): Cell[] => ['Practices scored', d.name, d.scored, d.scored + d.unscored]),
    ...coverage.raters.map((r): Cell[] => ['Practices scored by rater', r.name, r.total, coverage.practices]),
  ];
  return { title: 'Coverage', columns: [text('Measure'), text('Item'), number('Count'), number('Target or total')], rows };
}

/**
 * Percentages in percent (as the JSON gives them), coefficients to three decimals; every row names
 * the raters compared, and a figure that is missing says why in the last column.
 */
export function agreementDataTable(table: AgreementTable): DataTable {
  const raters = table.raters.map((r) => r.name).join('; ');
  const coefficient = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  const rows = [...table.rows, table.overall].map((r): Cell[] => [
    r.name,
    raters,
    r.items,
    r.pairs,
    roundFigure(r.exactPercent),
    roundFigure(r.withinOnePercent),
    coefficient(r.kappa),
    r.kappaItems,
    coefficient(r.alpha),
    [...new Set([r.percentReason, r.kappaReason && `Kappa: ${r.kappaReason}`, r.alphaReason && `Alpha: ${r.alphaReason}`].filter((x): x is string => Boolean(x)))].join(' ') || null,
  ]);
  return {
    // With fewer than two raters there is no agreement to speak of: the title says so rather than naming one or none.
    title: table.raters.length >= 2 ? `Agreement between ${table.raters.map((r) => r.name).join(', ')}` : 'Agreement between raters (fewer than two raters to compare)',
    shortTitle: 'Agreement between raters',
    context: [table.comparison, ...(table.blind ? [table.blind.note] : [])],
    columns: [
      text('Dimension'),
      text('Raters compared'),
      number('Items'),
      number('Rating pairs'),
      number('Exact agreement (%)'),
      number('Within one point (%)'),
      number('Weighted kappa (quadratic)'),
      number('Kappa items'),
      number("Krippendorff's alpha (ordinal)"),
      text('Why a figure is missing'),
    ],
    rows,
  };
}

/** The EU elements view: the full-definition counts per group, then each element's counts, most often missing first. */
export function euElementsDataTable(summary: EuElementsSummary): DataTable {
  const rows: Cell[][] = [
    ['Practices documenting all mandatory elements', 'All filtered practices', summary.practices, summary.allMandatory, summary.allMandatoryAtLeastPartly, null, null, null, null],
    ...summary.byCountryGroup.map((g): Cell[] => ['By country group', g.label, g.practices, g.allMandatory, g.allMandatoryAtLeastPartly, null, null, null, null]),
    ...summary.byPracticeType.map((g): Cell[] => ['By practice type', g.label, g.practices, g.allMandatory, g.allMandatoryAtLeastPartly, null, null, null, null]),
    ...summary.elements.map((e): Cell[] => [e.mandatory ? 'Mandatory element' : 'Optional element', e.label, summary.practices, null, null, e.yes, e.partly, e.no, e.unknown]),
  ];
  return {
    title: 'EU micro-credential information elements',
    shortTitle: 'EU information elements',
    columns: [
      text('Measure'),
      text('Item'),
      number('Practices'),
      number('All mandatory documented'),
      number('All mandatory at least partly'),
      number('Yes'),
      number('Partly'),
      number('No'),
      number('Unknown'),
    ],
    rows,
  };
}

/** A pathway as rows: each practice under its parent (indented names), then each level's figures and the total. */
export function pathwayDataTable(pathway: Pathway): DataTable {
  const names = new Map(pathway.nodes.map((n) => [n.id, n.name]));
  const rows = pathway.nodes.map((n): Cell[] => [
    n.depth,
    `${'  '.repeat(n.depth)}${n.name}`,
    n.code,
    n.parentId === null ? null : (names.get(n.parentId) ?? null),
    n.hours,
    n.ects,
    n.components.length > 0 ? n.totalHours : null,
    n.components.length > 0 ? n.totalEcts : null,
    n.entry ? 'yes' : null,
    n.requires.map((id) => names.get(id) ?? id).join('; ') || null,
    n.credential,
    n.sharedWith.map((s) => s.name).join('; ') || null,
  ]);
  const summary = (label: string, hours: number | null, ects: number | null, note: string | null): Cell[] => [null, label, null, null, hours, ects, null, null, null, null, null, note];
  for (const level of pathway.levels) {
    rows.push(summary(`Level ${level.depth} (${level.practices} ${level.practices === 1 ? 'practice' : 'practices'})`, level.hours, level.ects, level.withoutHours > 0 ? `${level.withoutHours} without hours` : null));
  }
  const stated = pathway.total.statedHours !== null && pathway.total.statedHours !== pathway.total.hours ? `${pathway.root.name} states ${pathway.total.statedHours} hours` : null;
  rows.push(summary('Total', pathway.total.hours, pathway.total.ects, stated));
  return {
    title: `Pathway: ${pathway.root.name}`,
    shortTitle: 'Pathway',
    context: pathway.problems,
    columns: [
      number('Level'),
      text('Practice'),
      text('Code'),
      text('Part of'),
      number('Hours'),
      number('ECTS'),
      number('Total hours'),
      number('Total ECTS'),
      text('Entry point'),
      text('Requires'),
      text('Credential (exit point)'),
      text('Also part of'),
    ],
    rows,
  };
}
