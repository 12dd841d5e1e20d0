/**
 * Creating and editing a practice through the form: refused input shows its message at the field
 * and writes nothing; a decimal comma is read as a European user means it; edits keep other fields.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

const practiceCount = async () => (await host.call('app.info', {})).practiceCount;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('form.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 850 } }));
  await page.goto(host.url);
});
afterAll(() => closeApp({ browser, host }, tmp));

describe('the practice form', () => {
  it('shows what is wrong next to each field and creates nothing', async () => {
    const before = await practiceCount();
    await page.getByRole('link', { name: 'New practice' }).click();
    await page.getByLabel('Name *', { exact: true }).fill('Sähköauton huolto – pilot group');
    await page.getByLabel('EQF level', { exact: true }).fill('9');
    await page.getByRole('button', { name: 'Create practice' }).click();
    const errors = page.locator('.field.has-error');
    await expect.poll(() => errors.count()).toBeGreaterThanOrEqual(2);
    const text = (await errors.allTextContents()).join(' | ');
    expect(text).toMatch(/Country/);
    expect(text).toMatch(/EQF level.*(8|eight)/);
    expect(await practiceCount()).toBe(before);
  });

  it('creates the practice once the fields are right, reading 82,5 hours as 82.5', async () => {
    const before = await practiceCount();
    await page.getByLabel('Country *', { exact: true }).fill('Finland');
    await page.getByLabel('EQF level', { exact: true }).fill('4');
    await page.getByLabel('Hours', { exact: true }).fill('82,5');
    await page.getByRole('button', { name: 'Create practice' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/practice\/[0-9a-f-]{36}$/);
    expect(await practiceCount()).toBe(before + 1);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const created = await host.call('practices.get', { id });
    expect(created.practice).toMatchObject({ name: 'Sähköauton huolto – pilot group', country: 'Finland', eqfLevel: 4, hours: 82.5 });
  });

  it('edits one field and keeps the others', async () => {
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    // Nobody is scoring yet, so the practice page first asks who is; this user only edits.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Hours', { exact: true }).fill('90');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/practice\/[0-9a-f-]{36}$/);
    const edited = await host.call('practices.get', { id });
    expect(edited.practice).toMatchObject({ hours: 90, eqfLevel: 4, country: 'Finland' });
  });

  it('makes it part of another practice with the practice picker, and top-level again', async () => {
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const [parent] = (await host.call('practices.list', { filter: { hierarchy: 'top', countryGroup: ['Spain'] }, sort: [{ field: 'name', desc: false }], limit: 1 })).rows;
    if (!parent) throw new Error('the seed has a Spanish top-level practice');
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const search = page.getByLabel('Part of (parent practice)');
    const results = page.getByRole('list', { name: 'Matching practices' });
    // Before anything is typed it lists the top-level practices; the practice itself is never offered.
    await search.focus();
    await expect.poll(() => results.getByRole('button').count()).toBeGreaterThan(1);
    await search.fill('Sähköauton huolto – pilot group');
    await expect.poll(() => results.textContent()).toMatch(/No practice matches/);
    await search.fill(parent.name);
    await results.getByRole('button').filter({ hasText: parent.name }).first().click();
    await expect.poll(() => page.locator('.practice-picker__current strong').textContent()).toBe(parent.name);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await host.call('practices.get', { id })).parent?.id).toBe(parent.id);

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Remove parent' }).click();
    await expect.poll(() => page.locator('.practice-picker__current').textContent()).toMatch(/None: a top-level practice/);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await host.call('practices.get', { id })).parent).toBeNull();
  });
});
