/**
 * A dataset file's round trip to a partner and back, in the browser host: Ana scores on her copy,
 * the file goes to Bo, who adds his own rater and scores and edits a field Ana also edited; back
 * home, the merge screen shows what his file brings and the conflict side by side, merges with
 * the value chosen, and the practice then holds both raters' scores. Undo takes the whole merge
 * back; merging again and then once more finds nothing new.
 */
import { copyFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { client } from '../support/apiClient.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';
import { openSeededStore } from '../../data/seed/seed.js';
import { openStore } from '../../data/store/store.js';

const tmp = tempDir();
const ours = tmp.file('ana.acmap');
const partner = tmp.file('bo-returned.acmap');
let browser: Browser, host: RunningHost, page: Page;
let practiceId = '';
let practiceName = '';
let ana = '';
let bo = '';

beforeAll(async () => {
  // Ana's laptop: the seeded map, her rater and a score.
  const mine = openSeededStore(ours);
  const api = client(mine);
  ({ id: practiceId, name: practiceName } = api.value('practices.list', { filter: { search: 'sahkoauton huolto' } }).rows[0]!);
  ana = api.value('raters.create', { name: 'Ana García', team: 'Madrid' }).id;
  api.value('scores.set', { practiceId, dimension: 'assessment', raterId: ana, value: 3, evidence: 'Practical test in the workshop' });
  mine.close();
  // The file goes to Bo by e-mail; he scores the same practice and corrects its provider.
  copyFileSync(ours, partner);
  const his = openStore(partner);
  const them = client(his);
  bo = them.value('raters.create', { name: 'Bo Virtanen', team: 'Tampere' }).id;
  them.value('scores.set', { practiceId, dimension: 'assessment', raterId: bo, value: 2, evidence: 'Only a written test is documented' });
  them.value('scores.set', { practiceId, dimension: 'governance', raterId: bo, value: 1, evidence: null });
  them.value('practices.update', { id: practiceId, fields: { provider: 'Koulutuskeskus Salpaus' } });
  his.close();
  // Meanwhile Ana corrected the provider too, differently.
  const again = openStore(ours);
  client(again).value('practices.update', { id: practiceId, fields: { provider: 'Salpaus' } });
  again.close();

  ({ browser, host, page } = await openApp(['--db', ours], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 1100 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

const assessmentScores = async () =>
  (await host.call('practices.get', { id: practiceId })).scores
    .filter((s) => s.dimension === 'assessment')
    .map((s) => [s.raterId, s.value])
    .sort();

describe('merging a partner’s dataset file', () => {
  it('shows what the file brings and the field both changed, side by side, before writing anything', async () => {
    await page.goto(host.url);
    await page.getByRole('banner').getByRole('link', { name: 'Merge' }).click();
    await expect.poll(() => page.url()).toContain('#/merge');
    await page.getByLabel('Dataset file to merge').setInputFiles(partner);

    await expect.poll(() => page.getByRole('heading', { name: 'What merging would do' }).count()).toBe(1);
    await expect.poll(() => page.locator('.merge-raters').innerText()).toContain('Scores by Bo Virtanen (Tampere): 2');
    const conflict = page.locator('.merge-conflict-table tbody tr');
    await expect.poll(() => conflict.count()).toBe(1);
    const cells = await conflict.locator('th, td').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([`“${practiceName}”`, 'Provider or awarding body', expect.any(String), 'Salpaus', 'Koulutuskeskus Salpaus']);
    // Nothing is guessed: the merge waits for a choice, and nothing was written yet.
    expect(await page.getByRole('button', { name: 'Merge', exact: true }).isDisabled()).toBe(true);
    expect(await assessmentScores()).toEqual([[ana, 3]]);
  });

  it('merges with the value chosen: the practice holds both raters’ scores', async () => {
    await page.getByLabel(`Take theirs for “${practiceName}”, Provider or awarding body`).check();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Merged “bo-returned.acmap”' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await assessmentScores()).toEqual([[ana, 3], [bo, 2]].sort());
    expect((await host.call('practices.get', { id: practiceId })).practice.provider).toBe('Koulutuskeskus Salpaus');
    await expect.poll(() => page.locator('.merge-log').innerText()).toContain('Merged bo-returned.acmap (3 added, 1 updated, 0 removed)');

    // Bo's scores show on the practice page next to Ana's.
    await page.goto(`${host.origin}/#/practice/${encodeURIComponent(practiceId)}`);
    await expect.poll(() => page.locator('main').innerText()).toContain('Bo Virtanen');
  });

  it('undoes the whole merge as one step, and a second merge of the same file changes nothing', async () => {
    await page.goto(`${host.origin}/#/merge`);
    await page.getByRole('banner').waitFor();
    const undone = await host.call('history.undo', {});
    expect(undone.label).toBe('Merged bo-returned.acmap (3 added, 1 updated, 0 removed)');
    expect(await assessmentScores()).toEqual([[ana, 3]]);
    expect((await host.call('practices.get', { id: practiceId })).practice.provider).toBe('Salpaus');

    // Undone, the file's changes are new again: merge them, keeping Ana's provider this time.
    await page.reload();
    await page.getByLabel('Dataset file to merge').setInputFiles(partner);
    await page.getByRole('button', { name: 'Keep all of mine' }).click();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Merged “bo-returned.acmap”' }).count(), { timeout: 15_000 }).toBe(1);
    expect((await host.call('practices.get', { id: practiceId })).practice.provider).toBe('Salpaus');
    const log = await host.call('merge.log', {});
    expect(log.map((m) => m.undone)).toEqual([false, true]);

    await page.getByRole('button', { name: 'Merge another file' }).click();
    await page.getByLabel('Dataset file to merge').setInputFiles(partner);
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing to merge' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Merge', exact: true }).count()).toBe(0);
    expect((await host.call('merge.log', {})).length).toBe(2);
  });

  it('refuses a file that is not a dataset with a clear message', async () => {
    await page.getByLabel('Dataset file to merge').setInputFiles({ name: 'notes.acmap', mimeType: 'application/octet-stream', buffer: Buffer.from('just some notes') });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('“notes.acmap” is not an AutoCredify Mapper dataset');
  });
});
