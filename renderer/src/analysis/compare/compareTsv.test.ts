import { describe, expect, it } from 'vitest';
import type { CompareRow, CompareTable } from '../../../../data/analysis/model';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import { GROUP_FIELD_LABELS } from '../../../../data/domain/fields';
import { compareTsv } from './compareTsv';

const names: Record<DimensionId, string> = { governance: 'Gov', pedagogy: 'Ped', assessment: 'Ass', quality_assurance: 'QA', financial_sustainability: 'Fin' };
const nameOf = (id: DimensionId) => names[id];

function row(over: Partial<CompareRow> & Pick<CompareRow, 'id' | 'name'>): CompareRow {
  const cells = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { narrative: null, score: null, raters: 0 }])) as CompareRow['cells'];
  return { code: null, country: 'Spain', countryGroup: 'Spain', practiceNumber: null, group: null, cells, elements: {}, criteria: [], shortlisted: false, ...over };
}

const rows: CompareRow[] = [
  row({
    id: 'a',
    name: 'Módulo "EV" básico',
    cells: { ...row({ id: 'x', name: 'x' }).cells, governance: { narrative: 'Line one\nline two', score: 2.25, raters: 2 }, pedagogy: { narrative: '=SUM(A1)', score: 3, raters: 1 } },
    shortlisted: true,
    criteria: ['occupational_relevance', 'assessment_evidence'],
  }),
  row({ id: 'b', name: 'Sähköauton huolto', country: 'Finland', countryGroup: 'Finland' }),
];
const table: CompareTable = { dimensions: [], groupBy: null, rows, practices: 2 };

/** Parses what toTsv writes (quoted cells may hold tabs' replacements, quotes and line breaks). */
function cellsOf(tsv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < tsv.length; i++) {
    const c = tsv[i];
    if (quoted) {
      if (c === '"' && tsv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === '\t') row.push(cell), (cell = '');
    else if (c === '\r' && tsv[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return out;
}

describe('the comparison as tab-separated text', () => {
  it('has the export\'s columns: practice, country, then each dimension as asked', () => {
    const [header] = cellsOf(compareTsv(table, 'both', ['governance', 'pedagogy'], nameOf));
    expect(header).toEqual(['Practice', 'Country', 'Gov', 'Gov score', 'Ped', 'Ped score']);
    expect(cellsOf(compareTsv(table, 'narrative', ['pedagogy'], nameOf))[0]).toEqual(['Practice', 'Country', 'Ped']);
    expect(cellsOf(compareTsv(table, 'score', ['pedagogy'], nameOf))[0]).toEqual(['Practice', 'Country', 'Ped score']);
  });

  it('keeps names, quotes and line breaks in one cell, and scores with one decimal (blank when not rated)', () => {
    const text = compareTsv(table, 'both', ['governance', 'assessment'], nameOf);
    expect(text.endsWith('\r\n')).toBe(true);
    const [, first, second] = cellsOf(text);
    expect(first?.slice(0, 3)).toEqual(['Módulo "EV" básico', 'Spain', 'Line one\nline two']);
    expect(first?.[3]).toMatch(/^2[.,]3$/);
    expect(first?.slice(4)).toEqual(['', '']);
    expect(second).toEqual(['Sähköauton huolto', 'Finland', '', '', '', '']);
  });

  it('neutralises a cell that Excel would run as a formula', () => {
    const [, first] = cellsOf(compareTsv(table, 'narrative', ['pedagogy'], nameOf));
    expect(first?.[2]).toBe("'=SUM(A1)");
  });

  it('starts each row with its group when grouped, "(not recorded)" for a group without a value', () => {
    const grouped: CompareTable = {
      ...table,
      groupBy: 'countryGroup',
      rows: [row({ id: 'a', name: 'A', group: { value: 'Spain', label: 'Spain' } }), row({ id: 'b', name: 'B', group: { value: null, label: '' } })],
    };
    const [header, a, b] = cellsOf(compareTsv(grouped, 'score', ['governance'], nameOf));
    expect(header).toEqual([GROUP_FIELD_LABELS.countryGroup, 'Practice', 'Country', 'Gov score']);
    expect(a?.[0]).toBe('Spain');
    expect(b?.[0]).toBe('(not recorded)');
  });

  it('adds the extra columns with their headings and values', () => {
    const [header, first] = cellsOf(compareTsv(table, 'score', [], nameOf, ['shortlisted', 'criteriaMet']));
    expect(header).toEqual(['Practice', 'Country', 'Case-study shortlist', 'Selection criteria met']);
    expect(first?.slice(2)).toEqual(['Yes', '2']);
  });
});
