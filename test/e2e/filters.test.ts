/**
 * Filters that stay in view and presets that keep them (issue 17, item 5): a gap-map cell opens the
 * table with its country group shown in the filter bar; the report preset keeps the user's filter;
 * a practice's Profile button leaves an old search behind.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('filters.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1366, height: 768 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

const base = () => host.url.split('#')[0];

describe('filters in view', () => {
  it('a gap-map cell opens the table with its country group as a chip in the filter bar', async () => {
    await page.goto(`${base()}#/gaps?groupBy=countryGroup`);
    const cell = page.locator('a.gap-map__cell[data-group="Portugal"]').first();
    await expect.poll(() => cell.count(), { timeout: 10_000 }).toBe(1);
    await cell.click();
    await expect.poll(() => page.url()).toMatch(/#\/\?.*group=Portugal/);
    const chip = page.locator('.toolbar .chip', { hasText: 'Country group: Portugal' });
    await expect.poll(() => chip.isVisible()).toBe(true);
    // Removing the chip removes the condition.
    await chip.getByRole('button').click();
    await expect.poll(() => page.url()).not.toMatch(/group=Portugal/);
  });

  it('the report table preset keeps the filter the user had', async () => {
    await page.goto(`${base()}#/compare?group=Finland`);
    await page.getByRole('button', { name: 'Report table (D3.2 §1.4)' }).click();
    await expect.poll(() => page.url()).toMatch(/narr=yes/);
    expect(page.url()).toMatch(/group=Finland/);
  });

  it('the Profile button does not carry an old search into the gaps', async () => {
    await page.goto(`${base()}#/?q=bosch`);
    await expect.poll(() => page.locator('tr[data-practice-id]').count()).toBeGreaterThan(0);
    await page.goto(`${base()}#/practice/fi-sahkoauton-huolto-electric-car-maintenance`);
    const dialog = page.getByRole('dialog', { name: 'Who is scoring?' });
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: 'Cancel' }).click();
    const profile = page.getByRole('link', { name: 'Profile' });
    await expect.poll(() => profile.getAttribute('href')).toContain('profile=fi-sahkoauton-huolto-electric-car-maintenance');
    expect(await profile.getAttribute('href')).not.toContain('q=');
  });
});
