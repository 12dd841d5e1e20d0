/**
 * Undo you can see (issue 17, item 4): Undo and Redo buttons naming the next step, one step for a
 * score with its evidence and confidence, in place (no reload, no jump to the top), a history
 * panel, and a question before an import is undone from a page that does not show it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForFile, LAPTOP_VIEWPORT } from '../support/browser.js';
import { historyRequest } from '../../electron/desktop/historyRequest.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const app = appForFile('undo.acmap', { viewport: LAPTOP_VIEWPORT });
const undoButton = (p: Page) => p.locator('.history-controls').getByRole('button', { name: /^Undo/ });
const redoButton = (p: Page) => p.locator('.history-controls').getByRole('button', { name: /^Redo/ });
const mainScroll = (p: Page) => p.locator('main').evaluate((el) => el.scrollTop);

describe('undo and redo from the header', () => {
  it('takes back a score with its evidence and confidence in one step, in place', async () => {
    await app.page.goto(`${app.base()}#/practice/${PRACTICE}`);
    await app.page.getByLabel('Your name').fill('Aino Virtanen');
    await app.page.getByRole('button', { name: 'Start scoring' }).click();
    await app.page.getByLabel('Governance score 3').check();
    await app.page.getByLabel('Governance evidence').fill('National unit');
    await app.page.getByLabel('Governance confidence').selectOption('medium');
    await app.page.getByLabel('Governance evidence').blur();
    await expect.poll(() => undoButton(app.page).textContent(), { timeout: 8000 }).toMatch(/^Undo: Scored Governance of “Electric/);

    // A mark that a reload would lose, and a scroll position that a jump would lose.
    await app.page.evaluate('window.__sameDocument = true');
    await app.page.locator('main').evaluate((el) => el.scrollTo({ top: 300 }));
    const scrolled = await mainScroll(app.page);
    expect(scrolled).toBeGreaterThan(100);

    await undoButton(app.page).click();
    await expect.poll(() => app.page.locator('.history-notice').textContent()).toMatch(/^Undone: Scored Governance of “Electric/);
    await expect.poll(() => app.page.getByLabel('Governance not rated').isChecked()).toBe(true);
    expect(await app.page.getByLabel('Governance evidence').inputValue()).toBe('');
    expect(await app.page.evaluate('window.__sameDocument')).toBe(true);
    expect(await mainScroll(app.page)).toBe(scrolled);
    // One step: nothing of the score is left to undo.
    await expect.poll(() => undoButton(app.page).textContent()).not.toMatch(/Scored Governance/);

    await expect.poll(() => redoButton(app.page).textContent()).toMatch(/^Redo: Scored/);
    await redoButton(app.page).click();
    await expect.poll(() => app.page.getByLabel('Governance score 3').isChecked()).toBe(true);
    expect(await app.page.getByLabel('Governance evidence').inputValue()).toBe('National unit');
    expect(await app.page.evaluate('window.__sameDocument')).toBe(true);
  });

  it('lists the steps in the history panel', async () => {
    await app.page.locator('.history-controls').getByRole('button', { name: 'History' }).click();
    const panel = app.page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => panel.getByRole('listitem').first().textContent()).toMatch(/Scored Governance of “Electric/);
    await app.page.keyboard.press('Escape');
  });

  it('asks before undoing an import from the Statistics page, and Cancel changes nothing', async () => {
    const csv = 'Name;Country;Hours\nUndo test practice;Finland;12\n';
    await app.host.call('import.run', { file: { name: 'sheet.csv', contentBase64: Buffer.from(csv).toString('base64') }, key: 'nameCountry', dryRun: false });
    await app.page.goto(`${app.base()}#/stats`);
    await expect.poll(() => undoButton(app.page).textContent(), { timeout: 8000 }).toMatch(/^Undo: Imported sheet\.csv/);
    await undoButton(app.page).click();
    const question = app.page.getByRole('dialog', { name: /^Undo “Imported sheet\.csv/ });
    await expect.poll(() => question.isVisible()).toBe(true);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect((await app.host.call('history.status', {})).undo?.label).toMatch(/^Imported sheet\.csv/);
    await undoButton(app.page).click();
    await question.getByRole('button', { name: 'Undo it' }).click();
    await expect.poll(async () => (await app.host.call('history.status', {})).undo?.label ?? '').not.toMatch(/^Imported/);
  });

  it('takes Edit > Undo and Redo of the desktop menu the same way: in place, the text field’s own while typing', async () => {
    const hours = async () => (await app.host.call('practices.get', { id: PRACTICE })).practice.hours;
    const before = await hours();
    await app.host.call('practices.update', { id: PRACTICE, fields: { hours: 321 } });
    await app.page.goto(`${app.base()}#/`);
    await expect.poll(() => undoButton(app.page).textContent(), { timeout: 8000 }).toMatch(/^Undo: /);
    await app.page.evaluate('window.__sameDocument = true');

    // Typing in a field (the table's search): the menu leaves the step to the field, the dataset is untouched.
    const search = app.page.getByRole('searchbox').first();
    await search.focus();
    expect(await app.page.evaluate(historyRequest('undo'))).toBe('text');
    expect(await hours()).toBe(321);

    await search.blur();
    expect(await app.page.evaluate(historyRequest('undo'))).toBe('history');
    await expect.poll(hours).toBe(before);
    await expect.poll(() => app.page.locator('.history-notice').textContent()).toMatch(/^Undone: /);
    expect(await app.page.evaluate(historyRequest('redo'))).toBe('history');
    await expect.poll(hours).toBe(321);
    expect(await app.page.evaluate('window.__sameDocument')).toBe(true);
  });
});
