/**
 * The practice table's columns (TanStack Table v9): what each shows, how it sorts on the
 * server (`sortField`) and which filter its header offers. Their headings, labels, sorting and
 * filters are the field table's (data/domain/fields.ts); what is here is how each cell looks.
 */
import {
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import type { SortField } from '../../../../data/contract/contract';
import { columnFilterOf, SORT_FIELDS, type ColumnField, type ColumnFilter } from '../../../../data/domain/fields';
import { translate } from '../../app/i18n/i18n';
import { countryGroupLabel, countryLabel, fieldText } from '../../app/i18n/domainLabels';
import { SELECTION_CRITERION_IDS } from '../../../../data/domain/selectionCriteria';
import type { PracticeRow } from '../../../../data/practices/model';
import {
  deliveryModeLabel,
  digitalIssuanceLabel,
  formatCount,
  formatDateTime,
  formatMeanScore,
  formatNumber,
  formatPlain,
  practiceTypeLabel,
  scopeLabel,
  technologyDomainsLabel,
} from '../../ui/format';

/** A loaded row and its position in the whole (server-sorted) result. */
export interface LoadedRow {
  index: number;
  row: PracticeRow;
}

export type FilterSpec = ColumnFilter | { kind: 'score'; dimension: DimensionId };

export interface PracticeColumnMeta {
  /** Plain-word name (column menu, filter labels). */
  label: string;
  sortField?: SortField;
  filter: FilterSpec;
  align?: 'start' | 'end';
}

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnMeta: metaHelper<PracticeColumnMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, LoadedRow>();

function ScoreCell({ value }: { value: number | null }) {
  // Written out, not a blank: an empty cell reads as missing data rather than as "nobody scored this".
  if (value === null) return <span className="score score--none">{translate('practices')('table.notRated')}</span>;
  const level = Math.max(0, Math.min(4, Math.round(value)));
  return <span className={`score score--${level}`}>{formatMeanScore(value)}</span>;
}

function scoreColumn(dimension: DimensionId, label: string) {
  return helper.accessor((r) => r.row.scores[dimension], {
    id: `score_${dimension}`,
    header: label,
    size: 124,
    sortDescFirst: true,
    meta: { label: translate('practices')('table.meanScore', { dimension: label }), sortField: `score.${dimension}`, filter: { kind: 'score', dimension }, align: 'end' },
    cell: (ctx) => <ScoreCell value={ctx.getValue()} />,
  });
}

function isSortField(field: string): field is SortField {
  return (SORT_FIELDS as readonly string[]).includes(field);
}

/** A field's column as the field table describes it: id, heading, label, sorting and filter. */
function fieldColumn(field: ColumnField, align?: 'end') {
  const sortField = isSortField(field) ? field : undefined;
  const meta: PracticeColumnMeta = { label: fieldText(field), filter: columnFilterOf(field), ...(sortField ? { sortField } : {}), ...(align ? { align } : {}) };
  return { id: field, header: fieldText(field, 'header'), meta, ...(sortField ? {} : { enableSorting: false }) };
}

/**
 * Columns hidden until the user asks for them: what is left (name, country, type and the five
 * scores) fits a 1366-pixel screen, so the scores are on the first screen. The Columns menu
 * brings back the others ("Show all") and this set ("Compact").
 */
export const COMPACT_HIDDEN_COLUMNS: readonly string[] = [
  'code',
  'countryGroup',
  'region',
  'scope',
  'provider',
  'technologyDomains',
  'level',
  'eqfLevel',
  'ects',
  'hours',
  'deliveryMode',
  'releaseYear',
  'registeredProviders',
  'digitalIssuance',
  'caseStudy',
  'shortlisted',
  'criteriaMet',
  'parentName',
  'childCount',
  'practiceNumber',
  'updatedAt',
];

/** Builds the columns; dimension names come from the store. */
export function buildColumns(dimensionNames: Record<DimensionId, string>) {
  return helper.columns([
    helper.accessor((r) => r.row.name, {
      ...fieldColumn('name'),
      size: 320,
      enableHiding: false,
      cell: (ctx) => (
        <span className="cell-name" title={ctx.getValue()}>
          {ctx.row.original.row.parentId ? <span className="cell-name__component" aria-hidden="true" title={translate('practices')('table.component')}>↳ </span> : null}
          {ctx.getValue()}
        </span>
      ),
    }),
    helper.accessor((r) => r.row.code ?? '', { ...fieldColumn('code'), size: 120 }),
    helper.accessor((r) => countryLabel(r.row.country), { ...fieldColumn('country'), size: 130 }),
    helper.accessor((r) => countryGroupLabel(r.row.countryGroup), { ...fieldColumn('countryGroup'), size: 140 }),
    helper.accessor((r) => r.row.region ?? '', { ...fieldColumn('region'), size: 140 }),
    helper.accessor((r) => scopeLabel(r.row.scope), { ...fieldColumn('scope'), size: 120 }),
    helper.accessor((r) => practiceTypeLabel(r.row.practiceType), { ...fieldColumn('practiceType'), size: 220 }),
    helper.accessor((r) => r.row.provider ?? '', { ...fieldColumn('provider'), size: 220 }),
    helper.accessor((r) => technologyDomainsLabel(r.row.technologyDomains), { ...fieldColumn('technologyDomains'), size: 220 }),
    helper.accessor((r) => r.row.level ?? '', { ...fieldColumn('level'), size: 130 }),
    helper.accessor((r) => r.row.eqfLevel, {
      ...fieldColumn('eqfLevel', 'end'),
      size: 84,
      sortDescFirst: false,
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.ects, {
      ...fieldColumn('ects', 'end'),
      size: 84,
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.hours, {
      ...fieldColumn('hours', 'end'),
      size: 90,
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => deliveryModeLabel(r.row.deliveryMode), { ...fieldColumn('deliveryMode'), size: 110 }),
    helper.accessor((r) => r.row.releaseYear, {
      ...fieldColumn('releaseYear', 'end'),
      size: 84,
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.registeredProviders, {
      ...fieldColumn('registeredProviders', 'end'),
      size: 120,
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => digitalIssuanceLabel(r.row.digitalIssuance), { ...fieldColumn('digitalIssuance'), size: 150 }),
    helper.accessor((r) => r.row.caseStudy, {
      ...fieldColumn('caseStudy'),
      // Room for the badge's word in the longest of the four languages ("Tapaustutkimus"): never cut.
      size: 136,
      cell: (ctx) => (ctx.getValue() ? <span className="badge badge--case">{translate('practices')('table.caseStudy')}</span> : ''),
    }),
    helper.accessor((r) => r.row.shortlisted, {
      ...fieldColumn('shortlisted'),
      size: 136,
      cell: (ctx) => (ctx.getValue() ? <span className="badge badge--shortlist">{translate('practices')('table.shortlisted')}</span> : ''),
    }),
    helper.accessor((r) => r.row.criteriaMet, {
      ...fieldColumn('criteriaMet', 'end'),
      size: 100,
      sortDescFirst: true,
      cell: (ctx) => (ctx.getValue() > 0 ? translate('practices')('table.criteriaOf', { met: formatCount(ctx.getValue()), total: formatCount(SELECTION_CRITERION_IDS.length) }) : ''),
    }),
    helper.accessor((r) => r.row.parentName ?? '', { ...fieldColumn('parentName'), size: 200 }),
    helper.accessor((r) => r.row.childCount, {
      ...fieldColumn('childCount', 'end'),
      size: 120,
      cell: (ctx) => (ctx.getValue() > 0 ? formatCount(ctx.getValue()) : ''),
    }),
    helper.accessor((r) => r.row.practiceNumber, {
      ...fieldColumn('practiceNumber', 'end'),
      size: 80,
      sortDescFirst: false,
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    ...DIMENSION_IDS.map((d) => scoreColumn(d, dimensionNames[d])),
    helper.accessor((r) => r.row.updatedAt, {
      ...fieldColumn('updatedAt'),
      size: 160,
      cell: (ctx) => formatDateTime(ctx.getValue()),
    }),
  ]);
}

export type PracticeColumns = ReturnType<typeof buildColumns>;
