/**
 * Claims: recorded, recomputed by hand on a small store (count, share, mean, quartiles, at the
 * printed precision), flagged by checks.run, undone, carried by a merge (and a crafted one
 * refused); and the seed's D3.3 §7.3 figures: which the data supports and which not.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openSeededStore } from '../seed/seed.js';
import { saveStoreAs } from '../store/files.js';
import { openStore, type Store } from '../store/store.js';
import { holdsAt } from './claims.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const opened: Store[] = [];
const open = (path = tmp.file(`claims-${n++}.acmap`)) => {
  const store = openStore(path);
  opened.push(store);
  return store;
};
afterEach(() => {
  for (const s of opened.splice(0)) if (s.db.open) s.close();
});

/** Four Spanish specialities (hours 10, 20, 30, 100; providers 0, 5, 12, 40) and one Finnish practice. */
function smallStore() {
  const store = open();
  const api = client(store);
  api.value('practices.create', { id: 'cat', fields: { name: 'Catálogo', country: 'Spain' } });
  [
    [10, 0],
    [20, 5],
    [30, 12],
    [100, 40],
  ].forEach(([hours, providers], i) =>
    api.value('practices.create', { id: `s${i}`, fields: { name: `Speciality ${i}`, country: 'Spain', parentId: 'cat', hours, registeredProviders: providers } }),
  );
  api.value('practices.create', { id: 'fi', fields: { name: 'Finnish unit', country: 'Finland', hours: 1000 } });
  return { store, api };
}
const specialities = { parentId: 'cat' };

describe('a claim', () => {
  it('is recomputed from the data and holds when the data rounds to the printed figure', () => {
    const { api } = smallStore();
    const mean = api.value('claims.set', { id: 'mean', label: 'Mean hours', statistic: 'mean', measure: 'hours', filter: specialities, stated: 40, decimals: 0 });
    expect(mean).toMatchObject({ computed: 40, practices: 4, holds: true, problem: null });
    // Quartiles by linear interpolation: q1 of 10, 20, 30, 100 is 17.5.
    expect(api.value('claims.set', { id: 'q1', label: 'Q1', statistic: 'q1', measure: 'hours', filter: specialities, stated: 17.5, decimals: 1 }).holds).toBe(true);
    // 2 of 4 have at most 10 providers: 50 %, so "53.8 %" does not hold.
    const share = api.value('claims.set', {
      id: 'share',
      label: 'Share with at most 10 providers',
      statistic: 'share',
      filter: specialities,
      subset: { numbers: { registeredProviders: { max: 10 } } },
      stated: 53.8,
      decimals: 1,
    });
    expect(share).toMatchObject({ computed: 50, holds: false });
    expect(api.value('claims.set', { id: 'count', label: 'Specialities', statistic: 'count', filter: specialities, stated: 4, decimals: 0 }).holds).toBe(true);
    expect(api.value('claims.set', { id: 'none', label: 'Portuguese', statistic: 'mean', measure: 'hours', filter: { country: ['Portugal'] }, stated: 1, decimals: 0 })).toMatchObject({
      computed: null,
      holds: false,
      problem: 'No practice matches its filter.',
    });

    const findings = api.value('checks.run', {}).findings.filter((f) => f.rule === 'claim.doesNotHold');
    expect(findings.map((f) => f.claimId).sort()).toEqual(['none', 'share']);
    expect(findings.find((f) => f.claimId === 'share')?.message).toBe('“Share with at most 10 providers” states 53.8 %; the data gives 50.0 % (share (%) of 4 practices).');

    // A change to the data is seen at once: the speciality of 100 hours becomes 60, and the mean 30.
    api.value('practices.update', { id: 's3', fields: { hours: 60 } });
    expect(api.value('claims.list', {}).find((c) => c.id === 'mean')).toMatchObject({ computed: 30, holds: false });
  });

  it('is refused when its statistic and its fields do not go together', () => {
    const { api } = smallStore();
    expect(api.call('claims.set', { label: 'x', statistic: 'mean', filter: {}, stated: 1, decimals: 0 }).ok).toBe(false);
    expect(api.call('claims.set', { label: 'x', statistic: 'share', filter: {}, stated: 1, decimals: 0 }).ok).toBe(false);
    expect(api.call('claims.set', { label: 'x', statistic: 'count', measure: 'hours', filter: {}, stated: 1, decimals: 0 }).ok).toBe(false);
    expect(api.call('claims.set', { label: 'x', statistic: 'count', filter: { nonsense: 1 } as never, stated: 1, decimals: 0 }).ok).toBe(false);
  });

  it('is recorded in the history: undo removes a new one, and brings a deleted one back', () => {
    const { api } = smallStore();
    api.value('claims.set', { id: 'c', label: 'Specialities', statistic: 'count', filter: specialities, stated: 4, decimals: 0 });
    expect(api.value('history.status', {}).undo?.label).toBe('Set the claim “Specialities”');
    api.value('claims.delete', { id: 'c' });
    expect(api.value('claims.list', {})).toEqual([]);
    api.value('history.undo', {});
    expect(api.value('claims.list', {}).map((c) => c.id)).toEqual(['c']);
    api.value('history.undo', {});
    expect(api.value('claims.list', {})).toEqual([]);
  });

  it('travels in a merge, and a partner’s claim with a filter the app cannot read is refused', async () => {
    const { store, api } = smallStore();
    const partnerPath = tmp.file(`partner-${n++}.acmap`);
    await saveStoreAs(store, partnerPath);
    const partner = open(partnerPath);
    client(partner).value('claims.set', { id: 'p', label: 'Mean hours', statistic: 'mean', measure: 'hours', filter: specialities, stated: 40, decimals: 0 });
    const sent = tmp.file(`sent-${n++}.acmap`);
    await saveStoreAs(partner, sent);
    const file = { name: 'partner.acmap', contentBase64: readFileSync(sent).toString('base64') };
    expect(api.value('merge.run', { file }).counts.claim).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(api.value('claims.list', {})).toMatchObject([{ id: 'p', computed: 40, holds: true }]);

    client(partner).value('claims.set', { id: 'q', label: 'Crafted', statistic: 'count', filter: specialities, stated: 1, decimals: 0 });
    partner.db.prepare("UPDATE claims SET filter = '{\"nonsense\":1}' WHERE id = 'q'").run();
    const crafted = tmp.file(`crafted-${n++}.acmap`);
    await saveStoreAs(partner, crafted);
    const refused = api.call('merge.check', { file: { name: 'crafted.acmap', contentBase64: readFileSync(crafted).toString('base64') } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/A claim in “crafted.acmap” \(id q\) is not valid \(filter: not a valid practice filter\)/);
  });
});

describe('the printed precision', () => {
  it('takes a figure as printed: 99.04 is "99", 69.2 is not "53.8", 0.05 rounds either way at one decimal', () => {
    expect(holdsAt(99.0385, 99, 0)).toBe(true);
    expect(holdsAt(69.23, 53.8, 1)).toBe(false);
    expect(holdsAt(24.42, 24, 0)).toBe(true);
    expect(holdsAt(99.05, 99.1, 1)).toBe(true);
    expect(holdsAt(99.16, 99.1, 1)).toBe(false);
  });
});

describe('the seed dataset', () => {
  it('carries D3.3 §7.3’s figures as printed; checks.run flags those the Catálogo data does not give', () => {
    const store = openSeededStore(tmp.file('seed.acmap'));
    opened.push(store);
    const api = client(store);
    const claims = api.value('claims.list', {});
    expect(claims.length).toBeGreaterThanOrEqual(15);
    expect(claims.filter((c) => !c.holds).map((c) => [c.id, c.stated, Number(c.computed?.toFixed(1))])).toEqual([
      ['d33-7.3-recent', 56.7, 57.7],
      ['d33-7.3-providers-max', 106, 102],
      ['d33-7.3-providers-10', 53.8, 69.2],
    ]);
    expect(claims.find((c) => c.id === 'd33-7.3-hours-mean')).toMatchObject({ practices: 26, holds: true });
    const flagged = api.value('checks.run', {}).findings.filter((f) => f.rule === 'claim.doesNotHold');
    expect(flagged.map((f) => f.claimId).sort()).toEqual(['d33-7.3-providers-10', 'd33-7.3-providers-max', 'd33-7.3-recent']);
    expect(flagged.every((f) => f.severity === 'error')).toBe(true);
  });
});
