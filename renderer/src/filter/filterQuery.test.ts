import { describe, expect, it } from 'vitest';
import type { PracticeFilter } from '../../../data/contract/contract';
import {
  cloneFilter,
  countActiveFilters,
  filterToString,
  getEnumFilter,
  parseNumber,
  parseTableQuery,
  setEnumFilter,
  setNumberFilter,
  setScoreFilter,
  setTextFilter,
  tableQueryToString,
  type TableQuery,
} from './filterQuery';

const parse = (query: string) => parseTableQuery(new URLSearchParams(query));

describe('parseNumber', () => {
  it('reads a decimal comma as a European user means it, and a point too', () => {
    expect(parseNumber('82,5')).toBe(82.5);
    expect(parseNumber('82.5')).toBe(82.5);
    expect(parseNumber(' 1 200 ')).toBe(1200);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('.5')).toBe(0.5);
  });

  it('says "no number" for empty or non-numeric text instead of guessing', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('1.234,5')).toBeUndefined();
    expect(parseNumber('1e3')).toBeUndefined();
    expect(parseNumber('12h')).toBeUndefined();
  });
});

describe('the filter in the location', () => {
  const full: TableQuery = {
    filter: {
      search: 'sähkö & "EV"',
      countryGroup: ['Spain', 'Finland'],
      country: ['Spain', 'Côte d’Ivoire'],
      practiceType: ['vet_unit'],
      caseStudy: false,
      shortlisted: true,
      withNarratives: true,
      hierarchy: 'components',
      parentId: 'es-parent/1',
      text: { provider: 'Centro & Co', name: 'a=b' },
      numbers: { hours: { min: 10, max: 50.5 }, ects: { min: 3 }, eqfLevel: { max: 4 } },
      scores: { assessment: { min: 1, max: 3 }, governance: { unrated: true } },
      groups: [
        { field: 'countryGroup', value: 'Portugal' },
        { field: 'practiceType', value: null },
      ],
    },
    sort: [
      { field: 'hours', desc: true },
      { field: 'name', desc: false },
    ],
  };

  it('writes readable parameters', () => {
    const params = new URLSearchParams(tableQueryToString(full));
    expect(params.get('q')).toBe('sähkö & "EV"');
    expect(params.getAll('group')).toEqual(['Spain', 'Finland']);
    expect(params.get('case')).toBe('no');
    expect(params.get('short')).toBe('yes');
    expect(params.get('narr')).toBe('yes');
    expect(params.get('hier')).toBe('components');
    expect(params.get('n.hours')).toBe('10..50.5');
    expect(params.get('n.ects')).toBe('3..');
    expect(params.get('n.eqfLevel')).toBe('..4');
    expect(params.get('s.assessment')).toBe('1..3');
    expect(params.get('su.governance')).toBe('1');
    expect(params.get('g.practiceType')).toBe('~none');
    expect(params.get('sort')).toBe('-hours,name');
  });

  it('reads back exactly what it wrote, special characters included', () => {
    const text = tableQueryToString(full);
    expect(parseTableQuery(new URLSearchParams(text))).toEqual(full);
    // And writing it again gives the same text, so links and the location agree.
    expect(tableQueryToString(parse(text))).toBe(text);
  });

  it('writes nothing for an empty filter, and the filter alone without the sort', () => {
    expect(tableQueryToString({ filter: {}, sort: [] })).toBe('');
    expect(parse('')).toEqual({ filter: {}, sort: [] });
    expect(filterToString(full.filter)).not.toContain('sort=');
    expect(parse(filterToString(full.filter))).toEqual({ filter: full.filter, sort: [] });
  });

  it('does not write the default hierarchy (all)', () => {
    expect(tableQueryToString({ filter: { hierarchy: 'all' }, sort: [] })).toBe('');
  });
});

describe('malformed or hand-edited locations', () => {
  it('ignores unknown parameters, fields and values instead of failing', () => {
    expect(parse('foo=bar&t.password=x&n.weight=1..2&s.charisma=1..2&g.colour=red&sort=shoeSize').filter).toEqual({});
    expect(parse('group=Atlantis&type=Nonsense&case=maybe&hier=sideways&short=1').filter).toEqual({});
  });

  it('keeps the valid values of a list and drops the rest, without duplicates', () => {
    expect(parse('group=Spain&group=Atlantis&group=Spain').filter).toEqual({ countryGroup: ['Spain'] });
    // A country is free text: any the dataset holds.
    expect(parse('country=Atlantis').filter).toEqual({ country: ['Atlantis'] });
  });

  it('drops a range that is not numbers, or whose minimum is above its maximum', () => {
    expect(parse('n.hours=a..b').filter).toEqual({});
    expect(parse('n.hours=50..10').filter).toEqual({});
    expect(parse('n.hours=..').filter).toEqual({});
    expect(parse('n.hours=10,5..').filter).toEqual({ numbers: { hours: { min: 10.5 } } });
  });

  it('keeps scores within the 0-4 scale', () => {
    expect(parse('s.pedagogy=-2..9').filter).toEqual({ scores: { pedagogy: { min: 0, max: 4 } } });
    expect(parse('su.pedagogy=1&s.pedagogy=2..').filter).toEqual({ scores: { pedagogy: { unrated: true, min: 2 } } });
  });

  it('ignores an empty search and cuts an overlong one', () => {
    expect(parse('q=%20%20').filter).toEqual({});
    expect(parse(`q=${'x'.repeat(500)}`).filter.search).toHaveLength(200);
    expect(parse(`t.name=${'y'.repeat(500)}`).filter.text?.name).toHaveLength(200);
  });

  it('keeps at most five sort fields, each once, in order', () => {
    const { sort } = parse('sort=name,-hours,name,ects,,-code,eqfLevel,releaseYear,bogus');
    expect(sort.map((s) => `${s.desc ? '-' : ''}${s.field}`)).toEqual(['name', '-hours', 'ects', '-code', 'eqfLevel']);
  });

  it('keeps one condition per group field, the last one given', () => {
    expect(parse('g.countryGroup=Spain&g.countryGroup=Finland').filter.groups).toEqual([{ field: 'countryGroup', value: 'Finland' }]);
  });
});

describe('changing the filter', () => {
  const base: PracticeFilter = { countryGroup: ['Spain'], text: { name: 'x' }, numbers: { hours: { min: 1 } } };

  it('returns a new filter and leaves the one given as it was', () => {
    const before = cloneFilter(base);
    const next = setEnumFilter(base, 'countryGroup', ['Finland', 'Atlantis']);
    expect(next.countryGroup).toEqual(['Finland']);
    expect(base).toEqual(before);
    expect(setTextFilter(base, 'provider', 'Centro').text).toEqual({ name: 'x', provider: 'Centro' });
    expect(base).toEqual(before);
  });

  it('removes a condition when it is emptied, and the group of conditions when none is left', () => {
    expect(setEnumFilter(base, 'countryGroup', [])).not.toHaveProperty('countryGroup');
    expect(setTextFilter(base, 'name', '')).not.toHaveProperty('text');
    expect(setNumberFilter(base, 'hours', {})).not.toHaveProperty('numbers');
    expect(setScoreFilter({ scores: { pedagogy: { min: 1 } } }, 'pedagogy', {})).not.toHaveProperty('scores');
    expect(setScoreFilter({}, 'pedagogy', { unrated: true }).scores).toEqual({ pedagogy: { unrated: true } });
  });

  it('reads a list condition, empty when absent', () => {
    expect(getEnumFilter(base, 'countryGroup')).toEqual(['Spain']);
    expect(getEnumFilter(base, 'scope')).toEqual([]);
  });

  it('counts each narrowing condition once (the search box is not one)', () => {
    expect(countActiveFilters({})).toBe(0);
    expect(countActiveFilters({ search: 'x', hierarchy: 'all' })).toBe(0);
    expect(
      countActiveFilters({
        countryGroup: ['Spain', 'Finland'],
        caseStudy: true,
        hierarchy: 'top',
        text: { name: 'a', code: 'b' },
        numbers: { hours: { min: 1 } },
        scores: { pedagogy: { min: 1 } },
        groups: [{ field: 'scope', value: null }],
      }),
    ).toBe(8);
  });
});
