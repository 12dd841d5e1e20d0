/**
 * The frame of the app at a laptop's 1366×768: the header stays on screen however far a page is
 * scrolled (issue 17, item 2), and the practice table's first screen shows the five scores (item 3).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForFile, LAPTOP_VIEWPORT } from '../support/browser.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const app = appForFile('layout.acmap', { viewport: LAPTOP_VIEWPORT });

/** Scrolls every way a user would (wheel far past the end, End, Page Down) and says where the header is. */
async function scrollToEndAndReadHeader(p: Page): Promise<{ documentScroll: number; headerTop: number }> {
  await p.mouse.move(683, 500);
  for (let i = 0; i < 30; i++) await p.mouse.wheel(0, 2000);
  await p.locator('body').press('End');
  await p.keyboard.press('PageDown');
  await p.waitForTimeout(300);
  // A string expression: the e2e project is typed for Node, without the DOM's globals.
  const documentScroll = (await p.evaluate('document.scrollingElement.scrollTop')) as number;
  const headerTop = (await p.locator('.app-header').boundingBox())?.y ?? -1;
  return { documentScroll, headerTop };
}

describe('the header stays on screen', () => {
  it('on a practice page scrolled to its end', async () => {
    await app.page.goto(`${app.base()}#/practice/${PRACTICE}`);
    const dialog = app.page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('textbox').first().fill('Layout tester');
    await dialog.getByRole('button', { name: /start scoring/i }).click();
    await expect.poll(() => app.page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await scrollToEndAndReadHeader(app.page)).toEqual({ documentScroll: 0, headerTop: 0 });
  });

  it('on the comparison page scrolled to its end', async () => {
    await app.page.goto(`${app.base()}#/compare`);
    await expect.poll(() => app.page.locator('table').count()).toBeGreaterThan(0);
    expect(await scrollToEndAndReadHeader(app.page)).toEqual({ documentScroll: 0, headerTop: 0 });
  });
});

describe('the first screen of the practice table at 1366×768', () => {
  it('shows all five score columns, a heading and how to score', async () => {
    const fresh = await app.browser.newPage({ viewport: LAPTOP_VIEWPORT });
    try {
      await fresh.goto(app.host.url);
      await expect.poll(() => fresh.locator('tr[data-practice-id]').count()).toBeGreaterThan(5);
      for (const dimension of ['Governance', 'Pedagogy', 'Assessment', 'Quality assurance', 'Financial sustainability']) {
        const header = fresh.getByRole('columnheader', { name: new RegExp(`^${dimension}`) });
        const box = await header.boundingBox();
        expect(box, dimension).not.toBeNull();
        expect(box!.x + box!.width, dimension).toBeLessThanOrEqual(1366);
        expect(box!.y + box!.height, dimension).toBeLessThanOrEqual(768);
      }
      expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('Practices');
      expect(await fresh.getByText(/Open a practice .* score it/).isVisible()).toBe(true);
      // Unrated is written out where a sighted user sees it, not only for screen readers.
      expect(await fresh.locator('.practice-table .score--none', { hasText: 'not rated' }).first().isVisible()).toBe(true);
      // Every sortable column shows its sort mark before it is pointed at (issue 17, item 10).
      await fresh.mouse.move(5, 760);
      expect(await fresh.locator('.sort-mark--none').first().isVisible()).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('keeps the case-study badges inside their cells and the practice page’s title line (issue 17, item 10)', async () => {
    // Every column shown, so the Case study column is at its default width.
    await app.host.call('preferences.set', { hiddenColumns: [] });
    const fresh = await app.browser.newPage({ viewport: LAPTOP_VIEWPORT });
    try {
      await fresh.goto(`${app.host.url.split('#')[0]}#/?case=yes`);
      const badges = fresh.locator('.practice-table .badge--case');
      await expect.poll(() => badges.count()).toBeGreaterThan(3);
      const inside = await badges.evaluateAll((els) =>
        els.map((b) => {
          const cell = b.closest('td, [role=cell]')!.getBoundingClientRect();
          const r = b.getBoundingClientRect();
          const whole = r.left >= cell.left - 0.5 && r.right <= cell.right + 0.5 && b.scrollWidth <= b.clientWidth + 1;
          return whole ? null : `${b.textContent}: ${b.scrollWidth} px of text in ${b.clientWidth} px`;
        }),
      );
      // Inside the cell and not cut to an ellipsis.
      expect(inside.filter(Boolean)).toEqual([]);

      await fresh.goto(`${app.host.url.split('#')[0]}#/practice/pt-cs-atec-ev-hv-learning-pathway`);
      const titleBadge = fresh.locator('.badge--case').first();
      await expect.poll(() => titleBadge.count()).toBe(1);
      const fits = await titleBadge.evaluate((b) => b.getBoundingClientRect().right <= b.ownerDocument.documentElement.clientWidth && b.scrollWidth <= b.clientWidth + 1);
      expect(fits).toBe(true);
    } finally {
      await app.host.call('preferences.set', { hiddenColumns: null });
      await fresh.close();
    }
  });

  it('has a "Rated only" switch that filters through the address, on the table and the analysis views', async () => {
    const fresh = await app.browser.newPage({ viewport: LAPTOP_VIEWPORT });
    try {
      await fresh.goto(app.host.url);
      await expect.poll(() => fresh.getByRole('status').first().textContent()).toMatch(/^\d+ practices$/);
      const all = Number((await fresh.getByRole('status').first().textContent())!.split(' ')[0]);
      await fresh.getByRole('checkbox', { name: 'Rated only' }).check();
      await expect.poll(() => fresh.url()).toContain('rated=yes');
      await expect.poll(async () => Number((await fresh.getByRole('status').first().textContent())!.split(' ')[0])).toBeLessThan(all);
      await fresh.goto(`${app.base()}#/gaps?rated=yes`);
      await expect.poll(() => fresh.getByRole('checkbox', { name: 'Rated only' }).isChecked()).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('the skip link', () => {
  it('is the first Tab stop and takes the keyboard to the table', async () => {
    const fresh = await app.browser.newPage({ viewport: LAPTOP_VIEWPORT });
    try {
      await fresh.goto(app.host.url);
      await fresh.locator('tr[data-practice-id]').first().waitFor();
      await fresh.keyboard.press('Tab');
      expect(await fresh.evaluate('document.activeElement.textContent')).toBe('Skip to the table');
      await fresh.keyboard.press('Enter');
      expect(await fresh.evaluate('document.activeElement.classList.contains("practice-table")')).toBe(true);
      expect(fresh.url()).not.toContain('main-content');
    } finally {
      await fresh.close();
    }
  });
});
