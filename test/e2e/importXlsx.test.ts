/**
 * An .xlsx workbook through the import wizard in the browser host (issue 12, item 10): the sheet
 * picker shows the sheet read by default (the first that holds anything) and the others, another
 * sheet is previewed when chosen, the preview shows the sheet's own row numbers and dates as ISO
 * dates, and the chosen sheet is checked and imported with a value for every row. The workbook is
 * written part by part as Excel writes one (data/import/handMadeWorkbook.ts), not by exceljs.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handMadeWorkbook } from '../../data/import/handMadeWorkbook.js';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('xlsx.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 1300 } }));
});
afterAll(() => closeApp({ browser, host }, tmp));

const preview = (p: Page) => p.getByRole('region', { name: 'First rows of the file' });
const names = async () => (await host.call('practices.list', { limit: 5000 })).rows.map((r) => r.name);

describe('importing an Excel workbook', () => {
  it('previews the first sheet that holds anything, with the sheets to choose from', async () => {
    const workbook = tmp.file('cursos.xlsx');
    writeFileSync(workbook, handMadeWorkbook());
    await page.goto(`${host.url}#/import`);
    await page.getByLabel('CSV file').setInputFiles(workbook);
    const sheet = page.getByLabel('Sheet', { exact: true });
    await expect.poll(() => sheet.inputValue()).toBe('Cursos');
    expect(await sheet.locator('option').allTextContents()).toEqual(['Portada (sheet 1 of 3)', 'Cursos (sheet 2 of 3)', 'Otros (sheet 3 of 3)']);
    // A workbook has no encoding or delimiter to choose.
    expect(await page.getByLabel('Encoding').count()).toBe(0);
    await expect.poll(() => preview(page).getByRole('cell', { name: 'Mecánica básica', exact: true }).count()).toBe(1);
    expect(await preview(page).getByRole('cell', { name: '2024-03-05T14:30', exact: true }).count()).toBe(1);
    // The sheet's own row numbers: row 5 is blank.
    expect(await preview(page).getByRole('rowheader').allTextContents()).toEqual(['2', '3', '4', '6']);
  });

  it('previews another sheet when chosen, and back', async () => {
    const sheet = page.getByLabel('Sheet', { exact: true });
    await sheet.selectOption('Otros');
    await expect.poll(() => preview(page).getByRole('cell', { name: 'Other table', exact: true }).count()).toBe(2);
    await sheet.selectOption('Cursos');
    await expect.poll(() => preview(page).getByRole('cell', { name: 'Soldadura', exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Field for column “Curso”').inputValue()).toBe('name');
  });

  it('checks and imports the chosen sheet with a country for every row', async () => {
    await page.getByLabel('Field for every row').selectOption('country');
    await page.getByLabel('Value for every row').fill('España');
    await page.getByRole('button', { name: 'Set for every row' }).click();
    await page.getByRole('button', { name: 'Check import' }).click();
    await expect.poll(() => page.locator('.import-counts').textContent()).toBe('4 new0 updated0 unchanged0 rejected');
    expect(await page.getByText('The header “Horas” is a merged cell across columns B to C (B1)', { exact: false }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Import 4 practices' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).count()).toBe(1);
    expect((await names()).filter((n) => ['Mecánica básica', 'Electromovilidad', 'Diagnosis', 'Soldadura'].includes(n)).sort()).toEqual(['Diagnosis', 'Electromovilidad', 'Mecánica básica', 'Soldadura']);
  });
});
