// Screenshots of the table, a practice page and the gap chart at 1366×768 in headless Chromium.
// Usage: node docs/screens/shoot.mjs <repo dir with dist/> <prefix>   (e.g. /tmp/before before)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [root, prefix] = process.argv.slice(2);
const out = new URL('.', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'shots-'));
const child = spawn(process.execPath, [join(root, 'dist/electron/web.mjs'), '--no-open', '--port', '0', '--db', join(dir, 'x.acmap')], {
  env: { ...process.env, AUTOCREDIFY_DATA_DIR: dir },
});
const url = await new Promise((resolve) => {
  let buf = '';
  child.stdout.on('data', (c) => {
    buf += c;
    const line = buf.split('\n').find((l) => l.startsWith('http://'));
    if (line) resolve(line.trim());
  });
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(url);
await page.waitForSelector('tr[data-practice-id]');
await page.waitForTimeout(500);
await page.screenshot({ path: join(out, `${prefix}-table.png`) });
const base = url.split('#')[0];
await page.goto(`${base}#/practice/fi-sahkoauton-huolto-electric-car-maintenance`);
await page.waitForTimeout(1500);
// The first practice of a run asks who is scoring: name a rater so the page itself shows.
const dialog = page.getByRole('dialog');
if (await dialog.count()) {
  await dialog.getByRole('textbox').first().fill('Ana');
  await dialog.getByRole('button', { name: /start scoring/i }).click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: join(out, `${prefix}-practice.png`) });
await page.goto(`${base}#/gaps`);
await page.waitForSelector('svg.recharts-surface, .chart-frame svg', { timeout: 10000 }).catch(() => {});
await page.waitForTimeout(1500);
await page.screenshot({ path: join(out, `${prefix}-gaps.png`) });
// The gap map sits below the two charts: scroll the page area to it.
await page.locator('a.gap-map__cell').first().scrollIntoViewIfNeeded().catch(() => {});
await page.locator('main').evaluate((el) => el.scrollBy(0, 120));
await page.waitForTimeout(500);
await page.screenshot({ path: join(out, `${prefix}-gapmap.png`) });
await browser.close();
child.kill('SIGTERM');
