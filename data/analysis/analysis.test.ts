import { beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { storeForFile } from '../../test/support/scratchStore.js';
import type { PracticeFieldsInput } from '../contract/contract.js';
import { GROUP_FIELDS } from '../domain/fields.js';
import { openSeededStore } from '../seed/seed.js';
import { openStore } from '../store/store.js';

const { tmp, store, api } = storeForFile('analysis.acmap');

// A small map whose numbers are easy to check by hand.
const practices: [string, PracticeFieldsInput][] = [
  ['es1', { name: 'ES one', country: 'Spain', practiceType: 'university_mc', hours: 24, technologyDomains: ['ev_safety', 'battery_repair'], narratives: { governance: 'Public HE/VET framework', assessment: 'Summative' } }],
  ['es2', { name: 'ES two', country: 'Spain', practiceType: 'national_cvet_module', hours: 40 }],
  ['es3', { name: 'ES three', country: 'Spain', practiceType: 'national_cvet_module', hours: null }],
  ['fi1', { name: 'FI one', country: 'Finland', practiceType: 'vet_unit', hours: 60, technologyDomains: ['ev_safety'], narratives: { governance: 'National standard' } }],
  ['pt1', { name: 'PT one', country: 'Portugal', practiceType: 'vet_unit', hours: 50 }],
  ['pt-c', { name: 'PT component', country: 'Portugal', parentId: 'pt1', hours: 25 }],
];

beforeAll(() => {
  for (const [id, fields] of practices) api.value('practices.create', { id, fields });
  const a = api.value('raters.create', { name: 'A' }).id;
  const b = api.value('raters.create', { name: 'B' }).id;
  const set = (practiceId: string, raterId: string, dimension: 'governance' | 'assessment', value: 0 | 1 | 2 | 3 | 4 | null) =>
    api.value('scores.set', { practiceId, dimension, raterId, value });
  // governance: es1 = (2+3)/2 = 2.5, es2 = 4, fi1 = 3, pt1 = 1; es3 and pt-c not rated (es3 has an empty value)
  set('es1', a, 'governance', 2);
  set('es1', b, 'governance', 3);
  set('es2', a, 'governance', 4);
  set('es3', a, 'governance', null);
  set('fi1', a, 'governance', 3);
  set('pt1', b, 'governance', 1);
  // assessment: es1 = 0 (a real zero)
  set('es1', a, 'assessment', 0);
});

describe('gaps', () => {
  it('give the mean, rated n and gap to target per group, empty groups apart', () => {
    const table = api.value('analysis.gaps', { groupBy: 'countryGroup' });
    const spain = table.groups.find((g) => g.value === 'Spain')!;
    expect(spain.practices).toBe(3);
    expect(spain.cells.governance).toEqual({ rated: 2, mean: 3.25, gap: -0.25 }); // (2.5 + 4) / 2
    expect(spain.cells.assessment).toEqual({ rated: 1, mean: 0, gap: 3 });
    expect(spain.cells.pedagogy).toEqual({ rated: 0, mean: null, gap: null });
    expect(table.groups.map((g) => g.label)).toEqual(['Finland', 'Portugal', 'Spain']);
    expect(table.overall.cells.governance.mean).toBeCloseTo((2.5 + 4 + 3 + 1) / 4, 12);
  });

  it('follow the targets, which are settings', () => {
    api.value('dimensions.setTarget', { id: 'governance', target: 4 });
    const table = api.value('analysis.gaps', { filter: { countryGroup: ['Portugal'] } });
    expect(table.groups[0]?.cells.governance).toEqual({ rated: 1, mean: 1, gap: 3 });
    api.value('dimensions.setTarget', { id: 'governance', target: 3 });
    expect(api.call('dimensions.setTarget', { id: 'governance', target: 5 }).ok).toBe(false);
  });

  it('count a practice in each of its technology domains, and unknown domains apart', () => {
    const table = api.value('analysis.gaps', { groupBy: 'technologyDomain' });
    expect(table.groups.map((g) => [g.value, g.practices])).toEqual([
      ['battery_repair', 1],
      ['ev_safety', 2],
      [null, 4],
    ]);
    expect(table.groups.at(-1)?.label).toBe('(not recorded)');
  });
});

describe('the score distribution', () => {
  it('buckets each practice by its rounded score and counts unrated practices apart', () => {
    const d = api.value('analysis.distribution', {});
    const governance = d.rows.find((r) => r.dimension === 'governance')!;
    // 2.5 -> 3, 4, 3, 1
    expect(governance.counts).toEqual([0, 1, 0, 2, 1]);
    expect(governance.unrated).toBe(2);
    expect(d.rows.find((r) => r.dimension === 'assessment')?.counts).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('a practice profile', () => {
  it('sets the practice against the target and its group’s mean', () => {
    const p = api.value('analysis.profile', { id: 'es1', groupBy: 'countryGroup' });
    expect(p.group).toMatchObject({ value: 'Spain', practices: 3 });
    expect(p.rows.find((r) => r.id === 'governance')).toMatchObject({ score: 2.5, groupMean: 3.25, groupRated: 2, target: 3 });
    expect(api.call('analysis.profile', { id: 'nope' }).ok).toBe(false);
  });
});

describe('summary statistics', () => {
  it('group by two fields with count, share and quartiles; missing values counted apart', () => {
    const t = api.value('analysis.stats', { groupBy: ['countryGroup', 'practiceType'], measures: ['hours', 'score.governance'] });
    expect(t.total).toBe(6);
    const row = (group: string, type: string | null) => t.rows.find((r) => r.groups[0]?.value === group && r.groups[1]?.value === type)!;
    expect(row('Spain', 'national_cvet_module')).toMatchObject({ count: 2, share: 2 / 6 });
    expect(row('Spain', 'national_cvet_module').measures.hours).toEqual({ n: 1, missing: 1, mean: 40, median: 40, min: 40, max: 40, q1: 40, q3: 40 });
    expect(row('Portugal', null).groups[1]?.label).toBe('(not recorded)');
    expect(t.overall.measures.hours).toEqual({ n: 5, missing: 1, mean: 39.8, median: 40, min: 24, max: 60, q1: 25, q3: 50 });
    expect(t.overall.measures['score.governance']).toMatchObject({ n: 4, missing: 2, median: 2.75 });
  });

  it('refuses a third grouping field and unknown measures', () => {
    expect(api.call('analysis.stats', { groupBy: ['country', 'scope', 'level'] }).ok).toBe(false);
    expect(api.call('analysis.stats', { measures: ['colour' as 'hours'] }).ok).toBe(false);
  });
});

describe('the comparison table', () => {
  it('shows narrative and score per cell for the filtered practices, sorted and grouped', () => {
    const t = api.value('analysis.compare', { filter: { withNarratives: true }, sort: { field: 'score.governance', desc: true } });
    expect(t.rows.map((r) => r.id)).toEqual(['fi1', 'es1']);
    expect(t.rows[1]?.cells.governance).toEqual({ narrative: 'Public HE/VET framework', score: 2.5, raters: 2 });
    expect(t.rows[1]?.cells.pedagogy).toEqual({ narrative: null, score: null, raters: 0 });
    const grouped = api.value('analysis.compare', { groupBy: 'countryGroup', filter: { hierarchy: 'top' } });
    expect(grouped.rows.map((r) => [r.group?.label, r.id])).toEqual([
      ['Finland', 'fi1'],
      ['Portugal', 'pt1'],
      ['Spain', 'es1'],
      ['Spain', 'es3'],
      ['Spain', 'es2'],
    ]);
  });

  it('keeps hand-picked practices in the order they were picked', () => {
    const picked = ['pt1', 'es2', 'missing', 'fi1'];
    expect(api.value('analysis.compare', { ids: picked, sort: { field: 'picked', desc: false } }).rows.map((r) => r.id)).toEqual(['pt1', 'es2', 'fi1']);
    expect(api.value('analysis.compare', { ids: picked, sort: { field: 'name', desc: false } }).rows.map((r) => r.id)).toEqual(['es2', 'fi1', 'pt1']);
  });
});

describe('coverage', () => {
  it('counts top-level practices against the targets and scoring per dimension and rater', () => {
    const c = api.value('analysis.coverage', {});
    expect(c.countries).toEqual([
      { group: 'Spain', mapped: 3, target: 60 },
      { group: 'Finland', mapped: 1, target: 20 },
      { group: 'Portugal', mapped: 1, target: 12 },
      { group: 'International', mapped: 0, target: 20 },
    ]);
    expect(c.dimensions.find((d) => d.id === 'governance')).toMatchObject({ scored: 4, unscored: 2 });
    expect(c.raters.map((r) => [r.name, r.total, r.scored.governance])).toEqual([
      ['A', 3, 3],
      ['B', 2, 2],
    ]);
    expect(api.value('coverage.setTargets', { Spain: 65, Finland: 20, Portugal: 12, International: 20 }).Spain).toBe(65);
    expect(api.value('analysis.coverage', {}).countries[0]).toEqual({ group: 'Spain', mapped: 3, target: 65 });
    expect(api.call('coverage.setTargets', { Spain: -1, Finland: 20, Portugal: 12, International: 20 }).ok).toBe(false);
  });
});

describe('group conditions in the filter', () => {
  it('select exactly the practices each analysis group holds, for every grouping field, "not recorded" included', () => {
    const seeded = openSeededStore(tmp.file('groups.acmap'));
    const seededApi = client(seeded);
    try {
      for (const field of GROUP_FIELDS) {
        const groups = seededApi.value('analysis.compare', { groupBy: field });
        const expected = new Map<string | null, string[]>();
        for (const row of groups.rows) expected.set(row.group!.value, [...(expected.get(row.group!.value) ?? []), row.id]);
        expect(expected.size, field).toBeGreaterThan(0);
        for (const [value, ids] of expected) {
          const listed = seededApi.value('practices.list', { filter: { groups: [{ field, value }] }, limit: 5000 }).rows.map((r) => r.id);
          expect(listed.sort(), `${field} = ${value}`).toEqual([...ids].sort());
        }
      }
    } finally {
      seeded.close();
    }
  });
});

describe('repeated analyses', () => {
  it('see every change: ours through the API, and another program’s through the file', () => {
    const before = api.value('analysis.gaps', { filter: { countryGroup: ['Portugal'] } }).overall.cells.assessment;
    expect(before.rated).toBe(0);
    const rater = api.value('raters.list', {})[0]!.id;
    api.value('scores.set', { practiceId: 'pt1', dimension: 'assessment', raterId: rater, value: 2 });
    expect(api.value('analysis.gaps', { filter: { countryGroup: ['Portugal'] } }).overall.cells.assessment).toEqual({ rated: 1, mean: 2, gap: 1 });

    const other = openStore(store.path);
    other.db.prepare("UPDATE scores SET value = 4 WHERE practice_id = 'pt1' AND dimension_id = 'assessment'").run();
    other.close();
    expect(api.value('analysis.gaps', { filter: { countryGroup: ['Portugal'] } }).overall.cells.assessment).toEqual({ rated: 1, mean: 4, gap: -1 });
    api.value('scores.clear', { practiceId: 'pt1', dimension: 'assessment', raterId: rater });
  });
});
