/**
 * Undo you can see (issue 17, item 4): Undo and Redo buttons naming the next step, one step for a
 * score with its evidence and confidence, in place (no reload, no jump to the top), a history
 * panel, and a question before an import is undone from a page that does not show it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('undo.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1366, height: 768 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

const base = () => host.url.split('#')[0];
const undoButton = (p: Page) => p.locator('.history-controls').getByRole('button', { name: /^Undo/ });
const redoButton = (p: Page) => p.locator('.history-controls').getByRole('button', { name: /^Redo/ });
const mainScroll = (p: Page) => p.locator('main').evaluate((el) => el.scrollTop);

describe('undo and redo from the header', () => {
  it('takes back a score with its evidence and confidence in one step, in place', async () => {
    await page.goto(`${base()}#/practice/${PRACTICE}`);
    await page.getByLabel('Your name').fill('Aino Virtanen');
    await page.getByRole('button', { name: 'Start scoring' }).click();
    await page.getByLabel('Governance score 3').check();
    await page.getByLabel('Governance evidence').fill('National unit');
    await page.getByLabel('Governance confidence').selectOption('medium');
    await page.getByLabel('Governance evidence').blur();
    await expect.poll(() => undoButton(page).textContent(), { timeout: 8000 }).toMatch(/^Undo: Scored Governance of “Electric/);

    // A mark that a reload would lose, and a scroll position that a jump would lose.
    await page.evaluate('window.__sameDocument = true');
    await page.locator('main').evaluate((el) => el.scrollTo({ top: 300 }));
    const scrolled = await mainScroll(page);
    expect(scrolled).toBeGreaterThan(100);

    await undoButton(page).click();
    await expect.poll(() => page.locator('.history-notice').textContent()).toMatch(/^Undone: Scored Governance of “Electric/);
    await expect.poll(() => page.getByLabel('Governance not rated').isChecked()).toBe(true);
    expect(await page.getByLabel('Governance evidence').inputValue()).toBe('');
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(await mainScroll(page)).toBe(scrolled);
    // One step: nothing of the score is left to undo.
    await expect.poll(() => undoButton(page).textContent()).not.toMatch(/Scored Governance/);

    await expect.poll(() => redoButton(page).textContent()).toMatch(/^Redo: Scored/);
    await redoButton(page).click();
    await expect.poll(() => page.getByLabel('Governance score 3').isChecked()).toBe(true);
    expect(await page.getByLabel('Governance evidence').inputValue()).toBe('National unit');
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
  });

  it('lists the steps in the history panel', async () => {
    await page.locator('.history-controls').getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => panel.getByRole('listitem').first().textContent()).toMatch(/Scored Governance of “Electric/);
    await page.keyboard.press('Escape');
  });

  it('asks before undoing an import from the Statistics page, and Cancel changes nothing', async () => {
    const csv = 'Name;Country;Hours\nUndo test practice;Finland;12\n';
    await host.call('import.run', { file: { name: 'sheet.csv', contentBase64: Buffer.from(csv).toString('base64') }, key: 'nameCountry', dryRun: false });
    await page.goto(`${base()}#/stats`);
    await expect.poll(() => undoButton(page).textContent(), { timeout: 8000 }).toMatch(/^Undo: Imported sheet\.csv/);
    await undoButton(page).click();
    const question = page.getByRole('dialog', { name: /^Undo “Imported sheet\.csv/ });
    await expect.poll(() => question.isVisible()).toBe(true);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect((await host.call('history.status', {})).undo?.label).toMatch(/^Imported sheet\.csv/);
    await undoButton(page).click();
    await question.getByRole('button', { name: 'Undo it' }).click();
    await expect.poll(async () => (await host.call('history.status', {})).undo?.label ?? '').not.toMatch(/^Imported/);
  });
});
