/**
 * The data checks view in the browser host on the seed: the findings link to their practices, the
 * D3.3 §7.3 figures the data does not give are marked, and switching a rule off needs a reason,
 * after which its findings are gone (checked against checks.run).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('checks.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 900 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

describe('the data checks view', () => {
  it('lists the findings with links to the practices, and the printed figures that do not hold', async () => {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Checks' }).click();
    await expect.poll(() => page.url()).toContain('#/checks');
    await expect.poll(() => page.getByText(/^3 errors, 5 warnings in 87 practices\.$/).count()).toBe(1);
    const link = page.locator('.check-finding a', { hasText: 'Specialisation Course in Maintenance of Hybrid and Electric Vehicles' }).first();
    expect(await link.getAttribute('href')).toBe('#/practice/es-spec-course-maintenance-hev');
    const row = page.locator('tr', { hasText: 'Most accredited providers of a speciality' });
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('102');
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('No');
  });

  it('switches a rule off with a reason, and its findings go', async () => {
    const button = page.getByRole('row', { name: /Workload implausible for its ECTS/ }).getByRole('button', { name: 'Switch off' });
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('Why switch off “Workload implausible for its ECTS”').fill('Contact hours only in this dataset');
    await button.click();
    await expect.poll(() => page.getByText(/^3 errors, 0 warnings in 87 practices\.$/).count()).toBe(1);
    const report = (await host.call('checks.run', {})) as { rules: { id: string; enabled: boolean; disabledReason: string | null }[] };
    expect(report.rules.find((r) => r.id === 'workload.ectsRatio')).toMatchObject({ enabled: false, disabledReason: 'Contact hours only in this dataset' });
  });
});
