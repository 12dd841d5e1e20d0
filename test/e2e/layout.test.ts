/**
 * The frame of the app at a laptop's 1366×768: the header stays on screen however far a page is
 * scrolled (issue 17, item 2), and the practice table's first screen shows the five scores (item 3).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import { startHostProcess, type RunningHost } from '../support/webHostProcess.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const tmp = tempDir();
let browser: Browser;
let host: RunningHost;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(['--db', tmp.file('layout.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  tmp.cleanup();
});

const base = () => host.url.split('#')[0];

/** Scrolls every way a user would (wheel far past the end, End, Page Down) and says where the header is. */
async function scrollToEndAndReadHeader(p: Page): Promise<{ documentScroll: number; headerTop: number }> {
  await p.mouse.move(683, 500);
  for (let i = 0; i < 30; i++) await p.mouse.wheel(0, 2000);
  await p.locator('body').press('End');
  await p.keyboard.press('PageDown');
  await p.waitForTimeout(300);
  return p.evaluate(() => ({
    documentScroll: document.scrollingElement?.scrollTop ?? 0,
    headerTop: document.querySelector('.app-header')?.getBoundingClientRect().top ?? -1,
  }));
}

describe('the header stays on screen', () => {
  it('on a practice page scrolled to its end', async () => {
    await page.goto(`${base()}#/practice/${PRACTICE}`);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('textbox').first().fill('Layout tester');
    await dialog.getByRole('button', { name: /start scoring/i }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await scrollToEndAndReadHeader(page)).toEqual({ documentScroll: 0, headerTop: 0 });
  });

  it('on the comparison page scrolled to its end', async () => {
    await page.goto(`${base()}#/compare`);
    await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
    expect(await scrollToEndAndReadHeader(page)).toEqual({ documentScroll: 0, headerTop: 0 });
  });
});
