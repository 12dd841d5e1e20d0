/**
 * Blind mode as a rater meets it in the browser host (issue 17, item 1): ticking Blind on an open
 * practice page drops a colleague's scores, evidence and mean at once (no reload); then, scoring as
 * a blind rater, no other rater's number is in the table, the comparison, the gaps, the statistics
 * or any export, until the rater has scored the pair.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;
let practice = '';
let ana = '';
const NAME = 'Blindtest kurssi';
const EVIDENCE = 'Bo: BLIND-SECRET-EVIDENCE';
/** Bo's score (4) standing alone as a cell: between separators of a text, a CSV, Markdown, HTML or JSON. */
const BOS_SCORE = /(^|[\s;,|>:])4([.,]0+)?($|[\s;,|<\r\n])/m;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('blind.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1366, height: 900 } }));
  practice = (await host.call('practices.create', { fields: { name: NAME, country: 'Portugal' } })).practice.id;
  ana = (await host.call('raters.create', { name: 'Ana García' })).id;
  const bo = (await host.call('raters.create', { name: 'Bo Virtanen' })).id;
  await host.call('scores.set', { practiceId: practice, dimension: 'governance', raterId: bo, value: 4, evidence: EVIDENCE });
  await host.call('scores.set', { practiceId: practice, dimension: 'pedagogy', raterId: bo, value: 4, evidence: EVIDENCE });
  await host.call('preferences.set', { currentRaterId: ana, blindMode: false });
});
afterAll(() => closeApp({ browser, host }, tmp));

describe('blind mode in the browser', () => {
  it('drops a colleague’s scores and evidence from an open practice page as soon as Blind is ticked', async () => {
    await page.goto(`${host.url}#/practice/${encodeURIComponent(practice)}`);
    const governance = page.locator('article.dimension', { has: page.getByRole('heading', { name: 'Governance', exact: true }) });
    await expect.poll(() => governance.innerText()).toContain(EVIDENCE);
    // A reload would forget this.
    await page.evaluate(() => ((globalThis as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByRole('banner').getByLabel('Blind').check();
    await expect.poll(() => governance.innerText()).not.toContain(EVIDENCE);
    expect(await governance.innerText()).toContain('Blind mode');
    expect(await page.locator('main').innerText()).not.toContain(EVIDENCE);
    expect(await page.evaluate(() => (globalThis as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });

  it('shows no other rater’s number in the table, the comparison, the gaps or the statistics', async () => {
    const search = `?q=${encodeURIComponent(NAME)}`;
    for (const view of ['', 'compare', 'gaps', 'stats']) {
      await page.goto(`${host.origin}/#/${view}${search}`);
      await expect.poll(() => page.locator('main').innerText()).toContain(view === 'gaps' || view === 'stats' ? '1' : NAME);
      await page.waitForLoadState('networkidle');
      // The distribution's legend names the levels ("Score 4"): not anyone's score.
      const text = (await page.locator('main').innerText()).replace(/Score [0-4]\b/g, '');
      expect(text.match(BOS_SCORE)?.index === undefined ? '' : text.slice(Math.max(0, text.search(BOS_SCORE) - 80), text.search(BOS_SCORE) + 20), view || 'table').toBe('');
    }
  });

  it('writes no other rater’s number into any export, until Ana has scored the pair', async () => {
    const filter = { search: NAME };
    const requests = [
      { view: 'compare', input: { filter }, cells: 'score' },
      { view: 'gaps', input: { filter } },
      { view: 'stats', input: { filter, measures: ['score.governance', 'score.pedagogy'] } },
      { view: 'scores', input: { filter } },
    ];
    for (const request of requests) {
      for (const format of ['csv', 'csv-excel', 'md', 'html', 'json']) {
        const file = await host.call('analysis.export', { ...request, format } as never);
        expect(file.content, `${request.view} ${format}`).not.toMatch(/BLIND-SECRET/);
        expect(file.content, `${request.view} ${format}`).not.toMatch(BOS_SCORE);
      }
    }
    await host.call('scores.set', { practiceId: practice, dimension: 'governance', raterId: ana, value: 2, evidence: 'Ana reads it' });
    const compare = await host.call('analysis.compare', { filter });
    expect(compare.rows[0]?.cells.governance.score).toBe(3);
    expect(compare.rows[0]?.cells.pedagogy.score).toBeNull();
    const scores = await host.call('analysis.export', { view: 'scores', input: { filter }, format: 'csv' });
    expect(scores.content.match(/BLIND-SECRET/g)).toHaveLength(1);
  });
});
