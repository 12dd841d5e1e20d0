/**
 * How a table's columns sit on a Word page. Every column gets at least the room its longest word
 * needs (Word and LibreOffice break a word that does not fit, so "Pedagogy mean" read
 * "Pedagog|y"); the rest of the line goes by each column's typical text. A table whose longest
 * words do not fit side by side even then (the gaps table: 22 columns) is cut into blocks of
 * consecutive columns, each block repeating the leading label columns, as printed reports do.
 */
import type { DataTable } from '../dataTable.js';
import { cellText } from './numbers.js';

/** Columns past which a section turns landscape. */
export const LANDSCAPE_COLUMNS = 6;

/** Half-points: 9 pt, 8 pt past six columns, 7 pt past twelve. */
export function tableFontSize(columns: number): number {
  return columns > 2 * LANDSCAPE_COLUMNS ? 14 : columns > LANDSCAPE_COLUMNS ? 16 : 18;
}

/** Word's default left and right cell margins (0.075 inch each), in twentieths of a point. */
const CELL_MARGINS = 2 * 108;

/**
 * Room for one character of a bold header, in twentieths of a point: Calibri averages about 0.5 em,
 * but LibreOffice without Calibri sets DejaVu Sans, whose bold letters average about 0.7 em (at
 * 0.56 em "Governance" still broke there); the wider reckoning holds in both.
 */
const characterWidth = (halfPoints: number) => (halfPoints / 2) * 20 * 0.7;

interface ColumnText {
  longestWord: number;
  weight: number;
}

function columnTexts(table: DataTable, locale: string): ColumnText[] {
  return table.columns.map((column, i) => {
    const texts = [column.label, ...table.rows.slice(0, 200).map((r) => cellText(r[i] ?? null, locale))];
    // Word and LibreOffice break a line after a hyphen or slash too ("University-|industry").
    const longestWord = Math.max(...texts.flatMap((t) => t.split(/\s+|(?<=[-/])/).map((w) => w.length)));
    const typical = Math.max(...texts.map((t) => Math.min(t.length, 60))) / 3;
    // A narrative column gets room, a number column stays narrow.
    return { longestWord, weight: Math.min(40, Math.max(4, longestWord + 2, column.kind === 'number' ? 0 : typical)) };
  });
}

export interface ColumnBlock {
  /** Indexes into the table's columns: the label columns every block repeats first, then the block's own. */
  columns: number[];
  /** How many of `columns` are the repeated label columns (0 when the table is one block). */
  repeated: number;
  /** Each column's width in twentieths of a point, summing to at most the text width. */
  widths: number[];
}

function widthsOf(texts: ColumnText[], halfPoints: number, textWidth: number): number[] {
  const need = texts.map((t) => Math.ceil((t.longestWord + 1) * characterWidth(halfPoints) + CELL_MARGINS));
  const spare = textWidth - need.reduce((a, b) => a + b, 0);
  const total = texts.reduce((a, t) => a + t.weight, 0);
  // Words too long for any layout (a URL): share the line by weight, as Word would.
  if (spare < 0) return texts.map((t) => Math.floor((t.weight / total) * textWidth));
  return need.map((n, i) => n + Math.floor((texts[i]!.weight / total) * spare));
}

/** Consecutive columns in blocks of at most `room`, a block closed once it reaches `target`. */
function packInto(columns: readonly number[], need: readonly number[], room: number, target: number): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (const i of columns) {
    if (current.length > 0 && (used + need[i]! > room || used >= target)) {
      blocks.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += need[i]!;
  }
  blocks.push(current);
  return blocks;
}

/** The blocks a table is laid out in: one, unless its longest words cannot stand side by side. */
export function columnBlocks(table: DataTable, locale: string, textWidth: number): ColumnBlock[] {
  const halfPoints = tableFontSize(table.columns.length);
  const texts = columnTexts(table, locale);
  const need = texts.map((t) => (t.longestWord + 1) * characterWidth(halfPoints) + CELL_MARGINS);
  const all = table.columns.map((_, i) => i);
  if (need.reduce((a, b) => a + b, 0) <= textWidth) return [{ columns: all, repeated: 0, widths: widthsOf(texts, halfPoints, textWidth) }];

  // The leading text columns name the row (group, practice, country): every block repeats them.
  let labels = 0;
  while (labels < table.columns.length - 1 && table.columns[labels]!.kind === 'text' && need.slice(0, labels + 1).reduce((a, b) => a + b, 0) <= textWidth / 2) labels += 1;
  labels = Math.max(labels, 1);
  const labelWidth = need.slice(0, labels).reduce((a, b) => a + b, 0);
  const rest = all.slice(labels);
  // As few blocks as the page allows, then the columns shared out evenly among them (no last block of two stretched columns).
  const count = packInto(rest, need, textWidth - labelWidth, Infinity).length;
  const even = rest.reduce((sum, i) => sum + need[i]!, 0) / count;
  const balanced = packInto(rest, need, textWidth - labelWidth, even);
  const blocks = balanced.length === count ? balanced : packInto(rest, need, textWidth - labelWidth, Infinity);
  return blocks.map((own) => {
    const columns = [...all.slice(0, labels), ...own];
    return { columns, repeated: labels, widths: widthsOf(columns.map((i) => texts[i]!), halfPoints, textWidth) };
  });
}

/** The table holding just `columns`, in that order. */
export function tableOfColumns(table: DataTable, columns: readonly number[]): DataTable {
  return { ...table, columns: columns.map((i) => table.columns[i]!), rows: table.rows.map((row) => columns.map((i) => row[i] ?? null)) };
}
