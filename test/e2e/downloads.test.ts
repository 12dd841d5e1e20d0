/**
 * Save As and exports in the browser host's UI (issue 17, item 9): the dataset file downloads as a
 * SQLite file that opens with the same practices; the practices and long-form scores download too.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('mapping.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1366, height: 768 }, acceptDownloads: true }));
  await page.goto(host.url);
  await page.locator('tr[data-practice-id]').first().waitFor();
});
afterAll(() => closeApp({ browser, host }, tmp));

async function download(p: Page, label: string): Promise<{ name: string; path: string }> {
  await p.getByRole('button', { name: 'Save or export' }).click();
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: label }).click()]);
  const path = tmp.file(`dl-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await p.keyboard.press('Escape');
  return { name: file.suggestedFilename(), path };
}

describe('downloads from the practice table', () => {
  it('saves the dataset file, which opens with every practice', async () => {
    const { name, path } = await download(page, 'Dataset file (.acmap)');
    expect(name).toBe('mapping.acmap');
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
    const db = new Database(path, { readonly: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM practices').get() as { n: number };
      expect(n).toBe((await host.call('app.info', {})).practiceCount);
    } finally {
      db.close();
    }
  });

  it('exports the practices and the long-form scores', async () => {
    const practices = await download(page, 'Practices, CSV (Excel Europe)');
    expect(readFileSync(practices.path, 'utf8')).toMatch(/^\uFEFF.*;/);
    const scores = await download(page, 'Scores, long form, XLSX');
    expect(scores.name).toMatch(/\.xlsx$/);
    expect(readFileSync(scores.path).subarray(0, 2).toString()).toBe('PK');
  });
});
