/**
 * Filters that stay in view and presets that keep them (issue 17, item 5): a gap-map cell opens the
 * table with its country group shown in the filter bar; the report preset keeps the user's filter;
 * a practice's Profile button leaves an old search behind.
 */
import { describe, expect, it } from 'vitest';
import { appForFile, LAPTOP_VIEWPORT } from '../support/browser.js';

const app = appForFile('filters.acmap', { viewport: LAPTOP_VIEWPORT });

describe('filters in view', () => {
  it('a gap-map cell opens the table with its country group as a chip in the filter bar', async () => {
    await app.page.goto(`${app.base()}#/gaps?groupBy=countryGroup`);
    const cell = app.page.locator('a.gap-map__cell[data-group="Portugal"]').first();
    await expect.poll(() => cell.count(), { timeout: 10_000 }).toBe(1);
    await cell.click();
    await expect.poll(() => app.page.url()).toMatch(/#\/\?.*group=Portugal/);
    const chip = app.page.locator('.toolbar .chip', { hasText: 'Country group: Portugal' });
    await expect.poll(() => chip.isVisible()).toBe(true);
    // Removing the chip removes the condition.
    await chip.getByRole('button').click();
    await expect.poll(() => app.page.url()).not.toMatch(/group=Portugal/);
  });

  it('the report table preset keeps the filter the user had', async () => {
    await app.page.goto(`${app.base()}#/compare?group=Finland`);
    await app.page.getByRole('button', { name: 'Report table (D3.2 §1.4)' }).click();
    await expect.poll(() => app.page.url()).toMatch(/narr=yes/);
    expect(app.page.url()).toMatch(/group=Finland/);
  });

  it('the Profile button does not carry an old search into the gaps', async () => {
    await app.page.goto(`${app.base()}#/?q=bosch`);
    await expect.poll(() => app.page.locator('tr[data-practice-id]').count()).toBeGreaterThan(0);
    await app.page.goto(`${app.base()}#/practice/fi-sahkoauton-huolto-electric-car-maintenance`);
    const dialog = app.page.getByRole('dialog', { name: 'Who is scoring?' });
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: 'Cancel' }).click();
    const profile = app.page.getByRole('link', { name: 'Profile' });
    await expect.poll(() => profile.getAttribute('href')).toContain('profile=fi-sahkoauton-huolto-electric-car-maintenance');
    expect(await profile.getAttribute('href')).not.toContain('q=');
  });
});
