/**
 * Issue #5's case end to end at the data level: two researchers score the same practices
 * independently on copies of one dataset; one copy is merged into the other, and the agreement
 * figures match a hand computation. Also: the merge is undone after the app is closed and opened again.
 *
 * By hand, for governance, Ana 1, 2, 3, 3 and Bo 1, 3, 3, 2 on four practices:
 * - exact agreement 2/4; within one point 4/4.
 * - Quadratic-weighted kappa (weights (i - j)^2; the scale factor cancels): observed weighted
 *   disagreement (0 + 1 + 0 + 1) / 4 = 0.5; expected, from the margins (1: 1/4, 2: 1/4, 3: 2/4 for
 *   both raters), 22/16 = 1.375; kappa = 1 - 0.5 / 1.375 = 7/11 = 0.6364.
 * - Krippendorff's alpha, ordinal metric (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 *   section C): pairable values n = 8 with n1 = 2, n2 = 2, n3 = 4; delta^2(1,2) = (4 - 2)^2 = 4,
 *   delta^2(2,3) = (6 - 3)^2 = 9, delta^2(1,3) = (8 - 3)^2 = 25. Observed coincidences o11 = 2, o33 = 2,
 *   o23 = o32 = 2, so D_o = (2 * 9 + 2 * 9) / 8 = 4.5; D_e = 2 * (2*2*4 + 2*4*25 + 2*4*9) / (8 * 7) = 576 / 56;
 *   alpha = 1 - 4.5 * 56 / 576 = 9/16 = 0.5625.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore } from '../store/store.js';
import { saveStoreAs } from '../store/files.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('two raters’ copies merged into one', () => {
  it('give the agreement computed by hand, and the merge can be undone after a restart', async () => {
    const shared = openStore(tmp.file('shared.acmap'));
    const ids = ['p1', 'p2', 'p3', 'p4'];
    for (const id of ids) client(shared).value('practices.create', { id, fields: { name: `Finnish practice ${id}`, country: 'Finland' } });
    await saveStoreAs(shared, tmp.file('ana.acmap'));
    await saveStoreAs(shared, tmp.file('bo.acmap'));
    shared.close();

    const score = (path: string, name: string, values: (1 | 2 | 3)[]) => {
      const store = openStore(path);
      const api = client(store);
      const rater = api.value('raters.create', { name }).id;
      values.forEach((value, i) => api.value('scores.set', { practiceId: ids[i]!, dimension: 'governance', raterId: rater, value, evidence: null }));
      store.close();
      return rater;
    };
    const ana = score(tmp.file('ana.acmap'), 'Ana', [1, 2, 3, 3]);
    const bo = score(tmp.file('bo.acmap'), 'Bo', [1, 3, 3, 2]);

    let store = openStore(tmp.file('ana.acmap'));
    let api = client(store);
    const file = { name: 'bo.acmap', contentBase64: readFileSync(tmp.file('bo.acmap')).toString('base64') };
    expect(api.value('merge.run', { file }).counts.score.added).toBe(4);

    const agreement = api.value('analysis.agreement', { raters: [ana, bo] });
    const governance = agreement.rows.find((r) => r.id === 'governance')!;
    expect(governance.items).toBe(4);
    expect(governance.exactPercent).toBe(50);
    expect(governance.withinOnePercent).toBe(100);
    expect(governance.kappa).toBeCloseTo(7 / 11, 10);
    expect(governance.alpha).toBeCloseTo(9 / 16, 10);
    // Only items both scored count: the other dimensions have none.
    expect(agreement.rows.find((r) => r.id === 'pedagogy')!.items).toBe(0);

    // The app is closed and opened again: the merge is still the last step, and undoes whole.
    store.close();
    store = openStore(tmp.file('ana.acmap'));
    api = client(store);
    expect(api.value('history.undo', {}).label).toBe('Merged bo.acmap (5 added, 0 updated, 0 removed)');
    expect(store.db.prepare('SELECT count(*) FROM scores WHERE rater_id = ?').pluck().get(bo)).toBe(0);
    expect(api.value('raters.list', {}).map((r) => r.name)).toEqual(['Ana']);
    store.close();
  });
});
