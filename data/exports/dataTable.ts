/** A plain table every export format can render: what a view looks like once it leaves the app. */
export type Cell = string | number | null;

export interface TableColumn {
  label: string;
  kind: 'text' | 'number';
}

export interface DataTable {
  title: string;
  columns: TableColumn[];
  rows: Cell[][];
}

/** Derived figures (means, gaps, quartiles) in exports: two decimals, as a report prints them. */
export function roundFigure(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100) / 100;
}

/** Removes floating-point noise (0.30000000000000004) without hiding real precision. */
export function tidyNumber(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
