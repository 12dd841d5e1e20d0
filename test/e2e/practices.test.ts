/**
 * A new user's first session, end to end: the browser host on a fresh dataset, the seeded table
 * in Chromium, a search, a practice opened and scored with evidence, a reload, a restart, and the
 * score read back from the SQLite file itself.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import { startHostProcess, type RunningHost } from '../support/webHostProcess.js';

const seed = JSON.parse(readFileSync(new URL('../../data/seed/practices.json', import.meta.url), 'utf8')) as { id: string; name: string }[];
const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const EVIDENCE = 'Nationally governed optional unit of the Finnish VET qualification (001, Finnish case studies).';

const tmp = tempDir();
const dbPath = tmp.file('e2e.acmap');
let browser: Browser, host: RunningHost, page: Page;

const bodyRows = (p: Page) => p.locator('tr[data-practice-id]');

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', dbPath], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 850 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

async function visibleIds(p: Page): Promise<string[]> {
  return bodyRows(p).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-practice-id') ?? ''));
}

describe('a first session in the browser host', () => {
  it('prints its URL and lists every seeded practice in the table', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    await page.goto(host.url);
    await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${seed.length} practices`);
    // The table is virtualised: scroll it from top to bottom and collect every row it shows.
    const seen = new Set<string>();
    const grid = page.locator('[role=grid]');
    for (let step = 0; step < 60; step++) {
      for (const id of await visibleIds(page)) if (id) seen.add(id);
      const atEnd = await grid.evaluate((el) => {
        const scroller = el.closest('.table-scroll') ?? el.parentElement ?? el;
        const before = scroller.scrollTop;
        scroller.scrollTop += 400;
        return scroller.scrollTop === before;
      });
      await page.waitForTimeout(60);
      if (atEnd) {
        for (const id of await visibleIds(page)) if (id) seen.add(id);
        break;
      }
    }
    expect([...seen].sort()).toEqual(seed.map((p) => p.id).sort());
  });

  it('comes back to where the table was left after a practice was opened', async () => {
    // A page of its own: a new run of the app, whose first practice asks who is scoring.
    const other = await browser.newPage({ viewport: { width: 1360, height: 850 } });
    try {
      await other.goto(host.url);
      await expect.poll(() => bodyRows(other).count()).toBeGreaterThan(5);
      const scroller = other.locator('.table-scroll');
      const firstIds = await visibleIds(other);
      await scroller.evaluate((el) => {
        el.scrollTop = 1200;
      });
      await expect.poll(async () => (await visibleIds(other)).some((id) => !firstIds.includes(id))).toBe(true);
      const offset = await scroller.evaluate((el) => el.scrollTop);
      expect(offset).toBeGreaterThan(600);
      // A row well inside the viewport, so clicking it scrolls nothing.
      const id = await scroller.evaluate((el) => {
        const middle = el.getBoundingClientRect().top + el.clientHeight / 2;
        const rows = [...el.querySelectorAll('tr[data-practice-id]')];
        const row = rows.find((r) => r.getBoundingClientRect().top > middle);
        return row?.getAttribute('data-practice-id') ?? '';
      });
      expect(id).not.toBe('');
      await other.locator(`tr[data-practice-id="${id}"]`).click();
      await expect.poll(() => other.url()).toContain(`#/practice/${id}`);
      await other.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await other.getByRole('link', { name: '← Practices' }).click();
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(offset);
      expect(await visibleIds(other)).toContain(id);
    } finally {
      await other.close();
    }
  });

  it('finds a seeded practice by an accent-free search and opens it', async () => {
    await page.getByLabel('Search practices').fill('sahkoauton huolto');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('2 practices');
    expect(await visibleIds(page)).toContain(PRACTICE); // the unit itself, and P7 whose notes name it
    await page.locator(`tr[data-practice-id="${PRACTICE}"]`).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/practice/${PRACTICE}`);
  });

  it('asks who is scoring, then saves a score with evidence and confidence', async () => {
    await page.getByLabel('Your name').fill('Aino Virtanen');
    await page.getByLabel('Team (optional)').fill('Finland');
    await page.getByRole('button', { name: 'Start scoring' }).click();
    await page.getByLabel('Governance score 3').check();
    await page.getByLabel('Governance evidence').fill(EVIDENCE);
    await page.getByLabel('Governance confidence').selectOption('medium');
    await page.getByLabel('Governance evidence').blur();
    await expect.poll(() => page.getByText('Saved').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Aino Virtanen').count()).toBeGreaterThan(0);
  });

  it('shows the same score after a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByLabel('Governance score 3').isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('Governance evidence').inputValue()).toBe(EVIDENCE);
    expect(await page.getByLabel('Governance confidence').inputValue()).toBe('medium');
  });

  it('keeps the score in the SQLite file and shows it again after a restart', async () => {
    await host.stop();
    const db = new Database(dbPath, { readonly: true });
    const rows = db
      .prepare(`SELECT s.value, s.evidence, s.confidence, r.name FROM scores s JOIN raters r ON r.id = s.rater_id WHERE s.practice_id = ? AND s.dimension_id = 'governance'`)
      .all(PRACTICE);
    db.close();
    expect(rows).toContainEqual({ value: 3, evidence: EVIDENCE, confidence: 'medium', name: 'Aino Virtanen' });

    host = await startHostProcess(['--db', dbPath], { AUTOCREDIFY_DATA_DIR: tmp.dir });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/practice/${PRACTICE}`);
    await expect.poll(() => page.getByLabel('Governance score 3').isChecked()).toBe(true);
    expect(await page.getByLabel('Governance evidence').inputValue()).toBe(EVIDENCE);
  });
});
