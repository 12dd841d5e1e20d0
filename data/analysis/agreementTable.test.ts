import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';
import { krippendorffAlphaOrdinal } from './agreement.js';
import { SEED_RATER_ID } from '../domain/domain.js';

const { store, api } = storeForFile('agreement.acmap');

describe('agreement between two raters', () => {
  const ana = api.value('raters.create', { name: 'Ana' }).id;
  const ben = api.value('raters.create', { name: 'Ben' }).id;
  const a = [0, 1, 2, 3, 4] as const;
  const b = [0, 2, 2, 3, 3] as const;
  for (let i = 0; i < 5; i++) {
    api.value('practices.create', { id: `p${i}`, fields: { name: `P${i}`, country: 'Finland' } });
    api.value('scores.set', { practiceId: `p${i}`, dimension: 'governance', raterId: ana, value: a[i]! });
    api.value('scores.set', { practiceId: `p${i}`, dimension: 'governance', raterId: ben, value: b[i]! });
  }
  // Items only one rater scored must not count.
  api.value('practices.create', { id: 'solo', fields: { name: 'Solo', country: 'Finland' } });
  api.value('scores.set', { practiceId: 'solo', dimension: 'governance', raterId: ana, value: 4 });
  api.value('scores.set', { practiceId: 'p0', dimension: 'pedagogy', raterId: ana, value: 2 });

  it('gives the hand-computed figures, counting only items both scored', () => {
    // Hand computation (quadratic weights on 0-4): observed weighted disagreement (0+1+0+0+1)/5 = 0.4;
    // expected from the margins 3.2; kappa = 1 - 0.4/3.2 = 0.875. Exact 3 of 5; within one 5 of 5.
    const table = api.value('analysis.agreement', {});
    const governance = table.rows.find((r) => r.id === 'governance')!;
    expect(governance).toMatchObject({ items: 5, pairs: 5, exactPercent: 60, withinOnePercent: 100, kappaItems: 5, percentReason: null, kappaReason: null, alphaReason: null });
    expect(governance.kappa).toBeCloseTo(0.875, 12);
    expect(governance.alpha).toBeCloseTo(krippendorffAlphaOrdinal(a.map((v, i) => [v, b[i]!])).alpha!, 12);
    expect(table.rows.find((r) => r.id === 'pedagogy')).toMatchObject({ items: 0, pairs: 0, exactPercent: null, kappa: null, alpha: null, percentReason: 'No item was scored by two of the raters.' });
    expect(table.overall).toMatchObject({ items: 5, pairs: 5 });
  });

  it('follows the filter, and exports the same figures', () => {
    expect(api.value('analysis.agreement', { filter: { countryGroup: ['Spain'] } }).rows[0]).toMatchObject({ items: 0, kappa: null });
    const file = api.value('analysis.export', { view: 'agreement', input: {}, format: 'csv' });
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe("Dimension,Raters compared,Items,Rating pairs,Exact agreement (%),Within one point (%),Weighted kappa (quadratic),Kappa items,Krippendorff's alpha (ordinal),Why a figure is missing");
    expect(lines[1]).toBe('Governance,Ana; Ben,5,5,60,100,0.875,5,' + String(Math.round(krippendorffAlphaOrdinal(a.map((v, i) => [v, b[i]!])).alpha! * 1000) / 1000) + ',');
    expect(api.call('analysis.agreement', { raters: [ana] }).ok).toBe(false);
    expect(api.call('analysis.agreement', { raters: [ana, 'ghost'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a rater named twice, in the schema, saying who', () => {
    for (const operation of ['analysis.agreement', 'analysis.disagreements'] as const) {
      const twice = api.call(operation, { raters: [ana, ana] });
      expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(twice.ok ? null : twice.error.fields?.raters).toBe(`Each rater can be compared once: "${ana}" is named more than once.`);
    }
    expect(api.call('analysis.export', { view: 'agreement', input: { raters: [ben, ana, ben] }, format: 'json' })).toMatchObject({ ok: false });
  });

  it('says who is compared and that the seed’s reading is left out, and takes it in when asked', () => {
    store.db.prepare("INSERT INTO raters (id, name, created_at) VALUES (?, 'Seed reading of the rubric', '2026-01-01')").run(SEED_RATER_ID);
    store.db.prepare("INSERT INTO scores VALUES ('p1', 'governance', ?, 1, NULL, NULL, 1, '2026-01-01', '2026-01-01')").run(SEED_RATER_ID);
    const table = api.value('analysis.agreement', {});
    expect(table.raters.map((r) => r.name)).toEqual(['Ana', 'Ben']);
    expect(table.seedIncluded).toBe(false);
    expect(table.comparison).toMatch(/^Ana and Ben are compared; the seed’s reading of the rubric is left out/);
    const withSeed = api.value('analysis.agreement', { includeSeed: true });
    expect(withSeed.seedIncluded).toBe(true);
    expect(withSeed.raters.some((r) => r.seed)).toBe(true);
    expect(withSeed.comparison).not.toContain('left out');
    expect(withSeed.rows[0]!.kappaReason).toMatch(/exactly two raters; 3 are compared/);
    const md = api.value('analysis.export', { view: 'agreement', input: {}, format: 'md' }).content;
    expect(md).toContain('Ana and Ben are compared');
  });

  it('gives no coefficient from one item, and says why each missing figure is missing', () => {
    api.value('practices.create', { id: 'one', fields: { name: 'One', country: 'Portugal' } });
    api.value('scores.set', { practiceId: 'one', dimension: 'assessment', raterId: ana, value: 1 });
    api.value('scores.set', { practiceId: 'one', dimension: 'assessment', raterId: ben, value: 3 });
    const assessment = api.value('analysis.agreement', {}).rows.find((r) => r.id === 'assessment')!;
    expect(assessment).toMatchObject({ items: 1, kappa: null, alpha: null, kappaItems: 1, exactPercent: 0, withinOnePercent: 0 });
    expect(assessment.kappaReason).toMatch(/one item is not meaningful/);
    expect(assessment.alphaReason).toMatch(/one item is not meaningful/);
    const single = api.value('analysis.agreement', { raters: [ana, ben], filter: { countryGroup: ['Spain'] } }).overall;
    expect(single).toMatchObject({ exactPercent: null, percentReason: 'No item was scored by two of the raters.', kappaReason: 'No item was scored by two of the raters.' });
    // 0/0: both raters gave every item one and the same score.
    api.value('practices.create', { id: 'flat1', fields: { name: 'Flat 1', country: 'Spain' } });
    api.value('practices.create', { id: 'flat2', fields: { name: 'Flat 2', country: 'Spain' } });
    for (const id of ['flat1', 'flat2']) for (const r of [ana, ben]) api.value('scores.set', { practiceId: id, dimension: 'quality_assurance', raterId: r, value: 2 });
    const flat = api.value('analysis.agreement', { filter: { countryGroup: ['Spain'] } }).rows.find((r) => r.id === 'quality_assurance')!;
    expect(flat).toMatchObject({ exactPercent: 100, kappa: null, alpha: null });
    expect(flat.kappaReason).toMatch(/0\/0/);
    expect(flat.alphaReason).toMatch(/0\/0/);
  });
});
