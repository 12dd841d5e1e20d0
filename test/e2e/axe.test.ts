/**
 * Zero axe-core violations on every page of the app (issue 17, item 6), at 1366×768 in Chromium:
 * each list view, a practice page (with and without a rater), its edit form, a new practice, the
 * import wizard, the merge screen, the rubric and the data-quality checks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.js';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('axe.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1366, height: 768 }, bypassCSP: true }));
  // A rater and a score, so the scoring controls, history and score chips are on the pages too.
  const rater = await host.call('raters.create', { name: 'Axe Tester' });
  await host.call('preferences.set', { currentRaterId: rater.id });
  await host.call('scores.set', { practiceId: PRACTICE, dimension: 'governance', raterId: rater.id, value: 3, evidence: 'National unit' });
  // The app's CSP allows no inline script; axe is injected as one, so this page bypasses it (the test's, not the app's, script).
});
afterAll(() => closeApp({ browser, host }, tmp));

const base = () => host.url.split('#')[0];

/** Opens a page, waits until it has drawn what it loads, and lets animations settle. */
async function open(p: Page, hash: string, ready: string): Promise<void> {
  await p.goto(`${base()}${hash}`);
  await p.locator(ready).first().waitFor({ timeout: 15_000 });
  await p.waitForTimeout(400);
}

const PAGES: [string, string, string][] = [
  ['the practice table', '#/', 'tr[data-practice-id]'],
  ['a practice page', `#/practice/${PRACTICE}`, 'h1'],
  ['a practice edit form', `#/practice/${PRACTICE}/edit`, 'form'],
  ['a new practice form', '#/new', 'form'],
  ['the comparison', '#/compare', 'table'],
  ['the gaps', '#/gaps', '.gap-map__cell'],
  ['the statistics', '#/stats', 'table'],
  ['the coverage', '#/coverage', 'svg'],
  ['the EU elements', '#/elements', 'table'],
  ['the agreement', '#/agreement', 'h1'],
  ['the disagreements', '#/disagreements', 'h1'],
  ['the import wizard', '#/import', 'h1'],
  ['the merge screen', '#/merge', 'h1'],
  ['the rubric', '#/rubric', 'h1'],
  ['the data-quality checks', '#/checks', 'h1'],
  ['an unknown address', '#/nowhere', 'h1'],
];

describe('axe-core finds no violation', () => {
  for (const [name, hash, ready] of PAGES) {
    it(`on ${name}`, async () => {
      await open(page, hash, ready);
      // As one text, so a failure lists every violation (a diff of arrays is cut short).
      expect(describeViolations(await axeViolations(page)).join('\n')).toBe('');
    });
  }

  it('with the history panel open after an undo, and with the "Who is scoring?" dialog', async () => {
    await open(page, `#/practice/${PRACTICE}`, 'h1');
    await page.locator('.history-controls').getByRole('button', { name: /^Undo/ }).click();
    await page.locator('.history-notice').waitFor();
    await page.locator('.history-controls').getByRole('button', { name: 'History' }).click();
    await page.getByRole('dialog', { name: 'History' }).getByRole('listitem').first().waitFor();
    expect(describeViolations(await axeViolations(page)).join('\n')).toBe('');
    await page.keyboard.press('Escape');
    await host.call('preferences.set', { currentRaterId: null });
    const fresh = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await open(fresh, `#/practice/${PRACTICE}`, 'dialog[open]');
      expect(describeViolations(await axeViolations(fresh)).join('\n')).toBe('');
    } finally {
      await fresh.close();
    }
  });
});
