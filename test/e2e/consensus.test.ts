/**
 * The rater workflow in the browser host: the disagreements view shows two raters' scores and
 * evidence side by side, the team records a consensus that then drives the gaps; the views can be
 * switched to the raters' mean; blind mode hides a colleague's score until Ana has scored; and the
 * rubric is edited into a new version.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;
let first = { id: '', name: '' };
let second = { id: '', name: '' };
let ana = '';
let bo = '';

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('consensus.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 1100 } }));
  // Practices of their own: the seeded ones carry the seed's reading too.
  for (const [target, name] of [
    [0, 'Akkutekniikan osaamismerkki'],
    [1, 'Latausinfran asentajan kurssi'],
  ] as const) {
    const created = await host.call('practices.create', { fields: { name, country: 'Finland' } });
    if (target === 0) first = { id: created.practice.id, name };
    else second = { id: created.practice.id, name };
  }
  ana = (await host.call('raters.create', { name: 'Ana García' })).id;
  bo = (await host.call('raters.create', { name: 'Bo Virtanen' })).id;
  await host.call('scores.set', { practiceId: first.id, dimension: 'financial_sustainability', raterId: ana, value: 4, evidence: 'Ana: funded by the state budget' });
  await host.call('scores.set', { practiceId: first.id, dimension: 'financial_sustainability', raterId: bo, value: 1, evidence: 'Bo: project funding ends in 2025' });
  await host.call('scores.set', { practiceId: second.id, dimension: 'pedagogy', raterId: bo, value: 2, evidence: 'Bo: workshop tasks, no workload stated' });
  await host.call('preferences.set', { currentRaterId: ana });
});
afterAll(() => closeApp({ browser, host }, tmp));

const financialGap = async () => (await host.call('analysis.gaps', { filter: { search: first.name } })).overall.cells.financial_sustainability.mean;

describe('disagreements and consensus', () => {
  it('shows both raters’ scores and evidence side by side, largest difference first', async () => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Disagreements' }).click();
    await expect.poll(() => page.url()).toContain('#/disagreements');
    const card = page.locator('.disagreement').first();
    await expect.poll(() => card.innerText()).toContain('differ by 3');
    const text = await card.innerText();
    expect(text).toContain(first.name);
    expect(text).toContain('Ana: funded by the state budget');
    expect(text).toContain('Bo: project funding ends in 2025');
    expect(await financialGap()).toBe(2.5);
  });

  it('records the team’s consensus, which then drives the gaps', async () => {
    const card = page.locator('.disagreement').first();
    await card.getByRole('radio', { name: '3' }).check();
    await card.getByLabel('Rationale').fill('State funding confirmed for 2026; project part ends');
    await card.getByRole('button', { name: 'Record consensus' }).click();
    // Recorded, it leaves the queue of pairs without consensus.
    await expect.poll(() => page.locator('.disagreement-summary').innerText()).toContain('1 pair where raters differ; 1 with a consensus');
    expect(await financialGap()).toBe(3);
    await page.getByLabel('Show').selectOption('settled');
    await expect.poll(() => page.locator('.disagreement').first().innerText()).toContain('Consensus: 3');
  });

  it('lets the team choose which number the views use', async () => {
    await page.getByLabel('Scores in the views and charts').selectOption('mean');
    await expect.poll(async () => (await host.call('scoreSource.get', {})).kind).toBe('mean');
    expect(await financialGap()).toBe(2.5);
    await page.getByLabel('Scores in the views and charts').selectOption('consensus');
    await expect.poll(financialGap).toBe(3);
  });
});

describe('blind mode', () => {
  it('hides a colleague’s score until Ana has scored the dimension herself', async () => {
    await page.getByRole('banner').getByLabel('Blind').check();
    await expect.poll(async () => (await host.call('preferences.get', {})).blindMode).toBe(true);
    await page.goto(`${host.origin}/#/practice/${encodeURIComponent(second.id)}`);
    const pedagogy = page.locator('article.dimension', { has: page.getByRole('heading', { name: 'Pedagogy', exact: true }) });
    await expect.poll(() => pedagogy.innerText()).toContain('Blind mode: 1 other rater’s score is hidden until you score this dimension.');
    expect(await pedagogy.innerText()).not.toContain('Bo: workshop tasks');
    await pedagogy.getByLabel('Pedagogy score 3').check();
    await expect.poll(() => pedagogy.innerText()).toContain('Bo: workshop tasks, no workload stated');
  });
});

describe('the rubric', () => {
  it('is edited into a new version; earlier scores keep theirs', async () => {
    await page.goto(`${host.origin}/#/rubric`);
    await page.getByRole('button', { name: 'Edit the descriptors' }).click();
    await page.getByLabel('Assessment, level 2').fill('Written or oral test of knowledge, no practical task');
    await page.getByLabel('What this version changes').fill('Level 2 of assessment made precise');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Saved as version 2');
    const rubric = await host.call('rubric.get', {});
    expect([rubric.version, rubric.descriptors.assessment[2]]).toEqual([2, 'Written or oral test of knowledge, no practical task']);
    const versions = await host.call('rubric.versions', {});
    expect(versions[0]).toMatchObject({ version: 2, label: 'Level 2 of assessment made precise', scores: 0 });
    expect(versions[1]!.version).toBe(1);
    expect((await host.call('practices.get', { id: second.id })).scores.map((s) => s.rubricVersion)).toEqual([1, 1]);
  });
});
