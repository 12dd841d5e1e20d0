/** A plain table every export format can render: what a view looks like once it leaves the app. */
export type Cell = string | number | null;

export interface TableColumn {
  label: string;
  kind: 'text' | 'number';
}

export interface DataTable {
  title: string;
  /** A name of at most 31 characters for an XLSX sheet, when the title is longer (Excel's limit). */
  shortTitle?: string;
  /**
   * What the table was made from, a line each (the filter, the date, who is compared): a table
   * that leaves the app keeps its context. Markdown and HTML print it under the title, XLSX on a
   * second sheet; CSV has no place for it (its first line is the header the import reads).
   */
  context?: string[];
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
