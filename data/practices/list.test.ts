import { beforeAll, describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';
import type { PracticeFieldsInput } from '../contract/contract.js';

const { api } = storeForFile('list.acmap');

const practices: [string, PracticeFieldsInput][] = [
  ['cat', { name: 'Catálogo de Especialidades Formativas', country: 'Spain', practiceType: 'national_cvet_module', technologyDomains: ['ev_safety', 'connected_vehicle'] }],
  ['c1', { name: 'Electric vehicle technology. Level 1', code: 'TMVG0011', country: 'Spain', parentId: 'cat', hours: 16, deliveryMode: 'online', releaseYear: 2023, registeredProviders: 102 }],
  ['c2', { name: 'Batteries and Storage', code: 'TMVG0044', country: 'Spain', parentId: 'cat', hours: 35, deliveryMode: 'in_person', releaseYear: 2024, registeredProviders: 0 }],
  ['sfs', { name: 'SFS 6002 Electrical Safety Training', country: 'Finland', practiceType: 'industry_certification', technologyDomains: ['ev_safety'], caseStudy: true }],
  ['unit', { name: 'Sähköauton huolto', country: 'Finland', practiceType: 'vet_unit', provider: 'Koulutuskeskus 50% Oy', notes: 'Optional unit' }],
  ['ufcd', { name: 'UFCD 10862 – Diagnosis & Repair in HEV/EV', country: 'Portugal', practiceType: 'vet_unit', hours: 50 }],
  ['cayg', { name: 'Credential As You Go', country: 'United States', practiceType: 'framework', caseStudy: true }],
  ['nzqa', { name: 'NZQA Micro-credentials', country: 'New Zealand', practiceType: 'framework', digitalIssuance: 'digital_badge', scope: 'national' }],
];

beforeAll(() => {
  for (const [id, fields] of practices) api.value('practices.create', { id, fields });
  const ana = api.value('raters.create', { name: 'Ana' }).id;
  const ben = api.value('raters.create', { name: 'Ben' }).id;
  const score = (practiceId: string, raterId: string, value: 0 | 1 | 2 | 3 | 4 | null) =>
    api.value('scores.set', { practiceId, dimension: 'assessment', raterId, value });
  score('sfs', ana, 3);
  score('sfs', ben, 4); // mean 3.5
  score('unit', ana, 0); // a real zero, not "not rated"
  score('cayg', ana, null); // evidence row without a value: still unrated
  score('ufcd', ben, 2);
});

const ids = (input: Parameters<typeof api.value<'practices.list'>>[1]) => api.value('practices.list', input).rows.map((r) => r.id);

describe('listing practices', () => {
  it('sorts by name by default and counts every match across pages', () => {
    const page = api.value('practices.list', { limit: 3 });
    expect(page.total).toBe(8);
    expect(page.rows.map((r) => r.name)).toEqual(['Batteries and Storage', 'Catálogo de Especialidades Formativas', 'Credential As You Go']);
    // Accents fold away for sorting: "Sähköauton" sorts as "sahkoauton", before "SFS".
    expect(ids({ limit: 3, offset: 6 })).toEqual(['sfs', 'ufcd']);
    expect(ids({ limit: 3, offset: 5 })[0]).toBe('unit');
  });

  it('searches accent- and case-insensitively, every word must match', () => {
    expect(ids({ filter: { search: 'catalogo' } })).toEqual(['cat']);
    expect(ids({ filter: { search: 'SAHKOAUTON' } })).toEqual(['unit']);
    expect(ids({ filter: { search: 'optional sähkö' } })).toEqual(['unit']);
    expect(ids({ filter: { search: '50%' } })).toEqual(['unit']);
    expect(ids({ filter: { search: '%' } })).toEqual(['unit']);
    expect(ids({ filter: { search: 'safety nowhere' } })).toEqual([]);
  });

  it('filters by country group, type, domain, hierarchy, case study and column text', () => {
    expect(ids({ filter: { countryGroup: ['International'] } })).toEqual(['cayg', 'nzqa']);
    expect(ids({ filter: { countryGroup: ['Finland', 'Portugal'], practiceType: ['vet_unit'] } })).toEqual(['unit', 'ufcd']);
    expect(ids({ filter: { technologyDomain: ['connected_vehicle'] } })).toEqual(['cat']);
    expect(ids({ filter: { digitalIssuance: ['digital_badge', 'edc'] } })).toEqual(['nzqa']);
    expect(ids({ filter: { scope: ['national'] } })).toEqual(['nzqa']);
    expect(ids({ filter: { hierarchy: 'components' } })).toEqual(['c2', 'c1']);
    expect(ids({ filter: { parentId: 'cat' }, sort: [{ field: 'code', desc: false }] })).toEqual(['c1', 'c2']);
    expect(ids({ filter: { hierarchy: 'top', caseStudy: true } })).toEqual(['cayg', 'sfs']);
    expect(ids({ filter: { text: { code: 'tmvg004' } } })).toEqual(['c2']);
    expect(ids({ filter: { text: { name: 'CATALOGO' } } })).toEqual(['cat']);
    expect(ids({ filter: { text: { parentName: 'catálogo' } } })).toEqual(['c2', 'c1']);
  });

  it('filters numbers by inclusive ranges and leaves empty values out', () => {
    expect(ids({ filter: { numbers: { hours: { min: 16, max: 35 } } } })).toEqual(['c2', 'c1']);
    expect(ids({ filter: { numbers: { registeredProviders: { max: 0 } } } })).toEqual(['c2']);
    const refused = api.call('practices.list', { filter: { numbers: { hours: { min: 5, max: 1 } } } });
    expect(refused.ok).toBe(false);
  });

  it('shows the mean of raters per dimension, keeps 0 apart from not rated, and filters on it', () => {
    const rows = api.value('practices.list', { limit: 100 }).rows;
    const assessment = Object.fromEntries(rows.map((r) => [r.id, r.scores.assessment]));
    expect(assessment).toMatchObject({ sfs: 3.5, unit: 0, ufcd: 2, cayg: null, cat: null });
    expect(ids({ filter: { scores: { assessment: { min: 2 } } } })).toEqual(['sfs', 'ufcd']);
    expect(ids({ filter: { scores: { assessment: { max: 1 } } } })).toEqual(['unit']);
    expect(ids({ filter: { scores: { assessment: { unrated: true } } } })).toHaveLength(5);
    expect(ids({ filter: { scores: { assessment: { min: 3, unrated: true } } }, limit: 100 })).toHaveLength(6);
  });

  it('keeps only rated practices (a score on any dimension; a real 0 counts, an evidence row without a value does not), or only unrated ones', () => {
    expect(ids({ filter: { rated: true } }).sort()).toEqual(['sfs', 'ufcd', 'unit']);
    expect(ids({ filter: { rated: false }, limit: 100 })).toHaveLength(5);
    expect(ids({ filter: { rated: true, country: ['Finland'] } }).sort()).toEqual(['sfs', 'unit']);
  });

  it('sorts by score with unrated practices last in both directions, and by numbers', () => {
    expect(ids({ sort: [{ field: 'score.assessment', desc: true }] }).slice(0, 3)).toEqual(['sfs', 'ufcd', 'unit']);
    expect(ids({ sort: [{ field: 'score.assessment', desc: false }] }).slice(0, 3)).toEqual(['unit', 'ufcd', 'sfs']);
    expect(ids({ sort: [{ field: 'hours', desc: true }] }).slice(0, 3)).toEqual(['ufcd', 'c2', 'c1']);
    const rows = api.value('practices.list', { sort: [{ field: 'childCount', desc: true }], limit: 1 }).rows;
    expect(rows[0]).toMatchObject({ id: 'cat', childCount: 2 });
  });

  it('counts the values behind each filter menu', () => {
    const facets = api.value('practices.facets', {});
    expect(facets.countryGroup).toEqual([
      { value: 'Spain', count: 3 },
      { value: 'Finland', count: 2 },
      { value: 'International', count: 2 },
      { value: 'Portugal', count: 1 },
    ]);
    expect(facets.technologyDomain).toEqual([
      { value: 'ev_safety', count: 2 },
      { value: 'connected_vehicle', count: 1 },
    ]);
    expect(facets.digitalIssuance).toEqual([{ value: 'digital_badge', count: 1 }]);
    expect(facets.scope).toEqual([{ value: 'national', count: 1 }]);
    expect(facets.deliveryMode).toEqual([
      { value: 'in_person', count: 1 },
      { value: 'online', count: 1 },
    ]);
  });
});

describe('paging a filter that matches a practice more than once', () => {
  it('skips exactly the rows before the page (SQLite 3.51 counted an OFFSET per matching domain)', () => {
    // "cat" has both domains: the EXISTS matches two of its rows.
    const filter = { technologyDomain: ['ev_safety', 'connected_vehicle'] as ('ev_safety' | 'connected_vehicle')[] };
    const all = ids({ filter });
    expect(all).toEqual(['cat', 'sfs']);
    expect(all.map((_, offset) => ids({ filter, offset, limit: 1 })[0])).toEqual(all);
    expect(api.value('practices.list', { filter, offset: 1, limit: 1 }).total).toBe(2);
    expect(api.value('practices.list', { filter, offset: 5, limit: 1 })).toMatchObject({ rows: [], total: 2 });
  });
});
