import { describe, expect, it } from 'vitest';
import type { StatsRow, StatsTable, Summary } from '../../../../data/analysis/model';
import { GROUP_FIELD_LABELS } from '../../../../data/domain/fields';
import type { Dimension } from '../../../../data/scoring/model';
import { statsTsv } from './statsTsv';

const summary = (over: Partial<Summary>): Summary => ({ n: 0, missing: 0, mean: null, median: null, min: null, max: null, q1: null, q3: null, ...over });
const dimensions: Dimension[] = [{ id: 'assessment', name: 'Assessment design', position: 2, target: 3 }];
const lines = (tsv: string) => tsv.split('\r\n').filter((l) => l !== '').map((l) => l.split('\t'));

const spain: StatsRow = {
  groups: [{ value: 'Spain', label: 'Spain' }],
  count: 1234,
  share: 0.25,
  measures: { hours: summary({ n: 1200, missing: 34, mean: 82.55, median: 80, min: 10, max: 1500, q1: 40, q3: 120 }), 'score.assessment': summary({ n: 3, mean: 2.3333 }) },
};
const unknown: StatsRow = { groups: [{ value: null, label: '' }], count: 2, share: 0.0004, measures: {} };
const overall: StatsRow = { groups: [], count: 4936, share: 1, measures: { hours: summary({ n: 4900, missing: 36, mean: 60 }) } };

describe('the statistics table as tab-separated text', () => {
  it('has a column per summary of each measure, named with the dimension as the dataset calls it', () => {
    const table: StatsTable = { groupBy: ['countryGroup'], measures: ['hours', 'score.assessment'], total: 4936, rows: [spain, unknown], overall, overallLabel: 'All filtered practices' };
    const [header] = lines(statsTsv(table, dimensions));
    expect(header?.slice(0, 3)).toEqual([GROUP_FIELD_LABELS.countryGroup, 'Count', 'Share']);
    expect(header).toHaveLength(3 + 2 * 8);
    expect(header?.[3]).toBe('Hours n');
    expect(header?.[4]).toBe('Hours Missing');
    expect(header?.[11]).toMatch(/^Assessment design \(mean score\) /);
  });

  it('writes the cells as on screen: counts, shares, one decimal for hours, two for scores, a dash for no value', () => {
    const table: StatsTable = { groupBy: ['countryGroup'], measures: ['hours', 'score.assessment'], total: 4936, rows: [spain, unknown], overall, overallLabel: 'All filtered practices' };
    const [, row, none, all] = lines(statsTsv(table, dimensions));
    expect(row?.[0]).toBe('Spain');
    expect(row?.[1]).toMatch(/^1[,.\u00a0\u202f ]?234$/);
    expect(row?.[2]).toMatch(/^25[.,]0\s?%$/);
    expect(row?.[5]).toMatch(/^82[.,]6$/); // mean hours, one decimal
    expect(row?.[11 + 2]).toMatch(/^2[.,]33$/); // mean score, two decimals
    expect(row?.[11 + 3]).toBe('—');
    expect(none?.[0]).toBe('(not recorded)');
    expect(none?.slice(3).every((cell) => cell === '—')).toBe(true);
    // The last row is every filtered practice.
    expect(all?.[0]).toBe('All filtered practices');
    expect(all?.[1]).toMatch(/^4[,.\u00a0\u202f ]?936$/);
  });

  it('without grouping, has one row of all practices and no total row', () => {
    const table: StatsTable = { groupBy: [], measures: ['releaseYear'], total: 3, rows: [{ ...overall, measures: { releaseYear: summary({ n: 3, mean: 2021 }) } }], overall, overallLabel: 'All practices' };
    const rows = lines(statsTsv(table, dimensions));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.[0]).toBe('Group');
    expect(rows[1]?.[0]).toBe('All practices');
    // A year is never written with a thousands separator.
    expect(rows[1]?.[5]).toBe('2021');
  });
});
