/**
 * Column widths of Word tables: every column holds its longest word (Word breaks a word that does
 * not fit), and a table whose words cannot stand side by side is cut into blocks of columns that
 * repeat the row labels.
 */
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../dataTable.js';
import { columnBlocks } from './columnLayout.js';

const LANDSCAPE = 16838 - 2 * 1440;
const PORTRAIT = 11906 - 2 * 1440;
const DIMENSIONS = ['Governance', 'Pedagogy', 'Assessment', 'Quality assurance', 'Financial sustainability'];

/** The shape of the gaps view by country group: a label, a count, then n, mean, target and gap per dimension. */
const gaps: DataTable = {
  title: 'Gaps',
  columns: [
    { label: 'Country group', kind: 'text' },
    { label: 'Practices', kind: 'number' },
    ...DIMENSIONS.flatMap((d) => ['n', 'mean', 'target', 'gap'].map((m) => ({ label: `${d} ${m}`, kind: 'number' as const }))),
  ],
  rows: ['Spain', 'Finland', 'Portugal', 'International'].map((g) => [g, 12, ...DIMENSIONS.flatMap(() => [3, 2.67, 3, 0.33])]),
};

describe('columnBlocks', () => {
  it('keeps a table that fits as one block, every column at least as wide as its longest word', () => {
    const small: DataTable = { title: 't', columns: [{ label: 'Name', kind: 'text' }, { label: 'Hours', kind: 'number' }], rows: [['Electromobility workshop', 40]] };
    const [block, ...more] = columnBlocks(small, 'en-GB', PORTRAIT);
    expect(more).toEqual([]);
    expect(block!.columns).toEqual([0, 1]);
    expect(block!.repeated).toBe(0);
    expect(block!.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PORTRAIT);
    // "Electromobility" (15 characters) gets more room than "Hours".
    expect(block!.widths[0]).toBeGreaterThan(block!.widths[1]!);
  });

  it('cuts the 22-column gaps table into blocks that repeat the country group, in the view’s column order', () => {
    const blocks = columnBlocks(gaps, 'es-ES', LANDSCAPE);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(block.columns[0]).toBe(0);
      expect(block.repeated).toBe(1);
      expect(block.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(LANDSCAPE);
      // Each column holds its longest word at 7 pt ("sustainability" the longest of all).
      const words = block.columns.map((i) => Math.max(...gaps.columns[i]!.label.split(' ').map((w) => w.length)));
      block.widths.forEach((w, k) => expect(w).toBeGreaterThanOrEqual((words[k]! + 1) * 3.5 * 20 * 0.7));
    }
    expect(blocks.flatMap((b) => b.columns.slice(b.repeated))).toEqual(gaps.columns.map((_, i) => i).slice(1));
    // Shared out evenly: no last block of one or two stretched columns.
    const sizes = blocks.map((b) => b.columns.length - b.repeated);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.max(...sizes) / 2);
  });

  it('shares the line by weight when a single word is wider than the page (a long URL), instead of failing', () => {
    const url: DataTable = { title: 't', columns: [{ label: 'Source', kind: 'text' }], rows: [['https://example.org/' + 'a'.repeat(400)]] };
    const [block] = columnBlocks(url, 'en-GB', PORTRAIT);
    expect(block!.widths).toEqual([PORTRAIT]);
  });
});
