import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { krippendorffAlphaOrdinal } from './agreement.js';
import { openStore } from '../store/store.js';

const tmp = tempDir();
const store = openStore(tmp.file('agreement.acmap'));
const api = client(store);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

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
    expect(governance).toMatchObject({ items: 5, pairs: 5, exact: 0.6, withinOne: 1, kappaItems: 5 });
    expect(governance.kappa).toBeCloseTo(0.875, 12);
    expect(governance.alpha).toBeCloseTo(krippendorffAlphaOrdinal(a.map((v, i) => [v, b[i]!])).alpha!, 12);
    expect(table.rows.find((r) => r.id === 'pedagogy')).toMatchObject({ items: 0, pairs: 0, exact: null, kappa: null, alpha: null });
    expect(table.overall).toMatchObject({ items: 5, pairs: 5 });
  });

  it('follows the filter, and exports the same figures', () => {
    expect(api.value('analysis.agreement', { filter: { countryGroup: ['Spain'] } }).rows[0]).toMatchObject({ items: 0, kappa: null });
    const file = api.value('analysis.export', { view: 'agreement', input: {}, format: 'csv' });
    expect(file.content.split('\r\n')[1]).toBe('Governance,5,5,60,100,0.875,5,' + String(Math.round(krippendorffAlphaOrdinal(a.map((v, i) => [v, b[i]!])).alpha! * 1000) / 1000));
    expect(api.call('analysis.agreement', { raters: [ana] }).ok).toBe(false);
    expect(api.call('analysis.agreement', { raters: [ana, 'ghost'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
