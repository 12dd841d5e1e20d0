/**
 * The practice table's columns (TanStack Table v9): what each shows, how it sorts on the
 * server (`sortField`) and which filter its header offers.
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
import type { PracticeRow } from '../../../../data/practices/model';
import type { EnumFilterField, NumberField, TextFilterField } from '../../filter/filterQuery';
import {
  deliveryModeLabel,
  digitalIssuanceLabel,
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

export type FilterSpec =
  | { kind: 'text'; field: TextFilterField }
  | { kind: 'enum'; field: EnumFilterField }
  | { kind: 'number'; field: NumberField }
  | { kind: 'score'; dimension: DimensionId }
  | { kind: 'none' };

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
  if (value === null) return <span className="score score--none" aria-label="Not rated" />;
  const level = Math.max(0, Math.min(4, Math.round(value)));
  return <span className={`score score--${level}`}>{formatMeanScore(value)}</span>;
}

function scoreColumn(dimension: DimensionId, label: string) {
  return helper.accessor((r) => r.row.scores[dimension], {
    id: `score_${dimension}`,
    header: label,
    size: 124,
    sortDescFirst: true,
    meta: { label: `${label} (mean score)`, sortField: `score.${dimension}`, filter: { kind: 'score', dimension }, align: 'end' },
    cell: (ctx) => <ScoreCell value={ctx.getValue()} />,
  });
}

/** Builds the columns; dimension names come from the store. */
export function buildColumns(dimensionNames: Record<DimensionId, string>) {
  return helper.columns([
    helper.accessor((r) => r.row.name, {
      id: 'name',
      header: 'Name',
      size: 320,
      enableHiding: false,
      meta: { label: 'Name', sortField: 'name', filter: { kind: 'text', field: 'name' } },
      cell: (ctx) => (
        <span className="cell-name" title={ctx.getValue()}>
          {ctx.row.original.row.parentId ? <span className="cell-name__component" aria-hidden="true" title="Component of another practice">↳ </span> : null}
          {ctx.getValue()}
        </span>
      ),
    }),
    helper.accessor((r) => r.row.code ?? '', {
      id: 'code',
      header: 'Code',
      size: 120,
      meta: { label: 'Code', sortField: 'code', filter: { kind: 'text', field: 'code' } },
    }),
    helper.accessor((r) => r.row.country, {
      id: 'country',
      header: 'Country',
      size: 130,
      meta: { label: 'Country', sortField: 'country', filter: { kind: 'enum', field: 'country' } },
    }),
    helper.accessor((r) => r.row.countryGroup, {
      id: 'countryGroup',
      header: 'Country group',
      size: 140,
      meta: { label: 'Country group', sortField: 'countryGroup', filter: { kind: 'enum', field: 'countryGroup' } },
    }),
    helper.accessor((r) => r.row.region ?? '', {
      id: 'region',
      header: 'Region',
      size: 140,
      meta: { label: 'Region', sortField: 'region', filter: { kind: 'text', field: 'region' } },
    }),
    helper.accessor((r) => scopeLabel(r.row.scope), {
      id: 'scope',
      header: 'Scope',
      size: 120,
      meta: { label: 'Scope', sortField: 'scope', filter: { kind: 'enum', field: 'scope' } },
    }),
    helper.accessor((r) => practiceTypeLabel(r.row.practiceType), {
      id: 'practiceType',
      header: 'Practice type',
      size: 220,
      meta: { label: 'Practice type', sortField: 'practiceType', filter: { kind: 'enum', field: 'practiceType' } },
    }),
    helper.accessor((r) => r.row.provider ?? '', {
      id: 'provider',
      header: 'Provider',
      size: 220,
      meta: { label: 'Provider or awarding body', sortField: 'provider', filter: { kind: 'text', field: 'provider' } },
    }),
    helper.accessor((r) => technologyDomainsLabel(r.row.technologyDomains), {
      id: 'technologyDomains',
      header: 'Technology domains',
      size: 220,
      enableSorting: false,
      meta: { label: 'Technology domains', filter: { kind: 'enum', field: 'technologyDomain' } },
    }),
    helper.accessor((r) => r.row.level ?? '', {
      id: 'level',
      header: 'Level',
      size: 130,
      meta: { label: 'Level', sortField: 'level', filter: { kind: 'text', field: 'level' } },
    }),
    helper.accessor((r) => r.row.eqfLevel, {
      id: 'eqfLevel',
      header: 'EQF',
      size: 84,
      sortDescFirst: false,
      meta: { label: 'EQF level', sortField: 'eqfLevel', filter: { kind: 'number', field: 'eqfLevel' }, align: 'end' },
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.ects, {
      id: 'ects',
      header: 'ECTS',
      size: 84,
      meta: { label: 'ECTS', sortField: 'ects', filter: { kind: 'number', field: 'ects' }, align: 'end' },
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.hours, {
      id: 'hours',
      header: 'Hours',
      size: 90,
      meta: { label: 'Hours', sortField: 'hours', filter: { kind: 'number', field: 'hours' }, align: 'end' },
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => deliveryModeLabel(r.row.deliveryMode), {
      id: 'deliveryMode',
      header: 'Delivery',
      size: 110,
      meta: { label: 'Delivery mode', sortField: 'deliveryMode', filter: { kind: 'enum', field: 'deliveryMode' } },
    }),
    helper.accessor((r) => r.row.releaseYear, {
      id: 'releaseYear',
      header: 'Year',
      size: 84,
      meta: { label: 'Release year', sortField: 'releaseYear', filter: { kind: 'number', field: 'releaseYear' }, align: 'end' },
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    helper.accessor((r) => r.row.registeredProviders, {
      id: 'registeredProviders',
      header: 'Reg. providers',
      size: 120,
      meta: {
        label: 'Registered providers',
        sortField: 'registeredProviders',
        filter: { kind: 'number', field: 'registeredProviders' },
        align: 'end',
      },
      cell: (ctx) => formatNumber(ctx.getValue()),
    }),
    helper.accessor((r) => digitalIssuanceLabel(r.row.digitalIssuance), {
      id: 'digitalIssuance',
      header: 'Digital issuance',
      size: 150,
      meta: { label: 'Digital issuance', sortField: 'digitalIssuance', filter: { kind: 'enum', field: 'digitalIssuance' } },
    }),
    helper.accessor((r) => r.row.caseStudy, {
      id: 'caseStudy',
      header: 'Case study',
      size: 100,
      meta: { label: 'Case study', sortField: 'caseStudy', filter: { kind: 'none' } },
      cell: (ctx) => (ctx.getValue() ? <span className="badge badge--case">Case study</span> : ''),
    }),
    helper.accessor((r) => r.row.shortlisted, {
      id: 'shortlisted',
      header: 'Shortlist',
      size: 100,
      meta: { label: 'Case-study shortlist', sortField: 'shortlisted', filter: { kind: 'none' } },
      cell: (ctx) => (ctx.getValue() ? <span className="badge badge--shortlist">Shortlisted</span> : ''),
    }),
    helper.accessor((r) => r.row.criteriaMet, {
      id: 'criteriaMet',
      header: 'Criteria',
      size: 100,
      sortDescFirst: true,
      meta: { label: 'Selection criteria met (of 7)', sortField: 'criteriaMet', filter: { kind: 'enum', field: 'criteria' }, align: 'end' },
      cell: (ctx) => (ctx.getValue() > 0 ? `${ctx.getValue()} of 7` : ''),
    }),
    helper.accessor((r) => r.row.parentName ?? '', {
      id: 'parentName',
      header: 'Part of',
      size: 200,
      meta: { label: 'Part of (parent practice)', sortField: 'parentName', filter: { kind: 'text', field: 'parentName' } },
    }),
    helper.accessor((r) => r.row.childCount, {
      id: 'childCount',
      header: 'Components',
      size: 120,
      meta: { label: 'Number of components', sortField: 'childCount', filter: { kind: 'none' }, align: 'end' },
      cell: (ctx) => (ctx.getValue() > 0 ? String(ctx.getValue()) : ''),
    }),
    helper.accessor((r) => r.row.practiceNumber, {
      id: 'practiceNumber',
      header: 'No.',
      size: 80,
      sortDescFirst: false,
      meta: { label: 'Practice number', sortField: 'practiceNumber', filter: { kind: 'number', field: 'practiceNumber' }, align: 'end' },
      cell: (ctx) => formatPlain(ctx.getValue()),
    }),
    ...DIMENSION_IDS.map((d) => scoreColumn(d, dimensionNames[d])),
    helper.accessor((r) => r.row.updatedAt, {
      id: 'updatedAt',
      header: 'Updated',
      size: 160,
      meta: { label: 'Last updated', sortField: 'updatedAt', filter: { kind: 'none' } },
      cell: (ctx) => formatDateTime(ctx.getValue()),
    }),
  ]);
}

export type PracticeColumns = ReturnType<typeof buildColumns>;
