/**
 * The CSV import wizard end to end in the browser host: Excel's Spanish "CSV" (Windows-1252, ";",
 * decimal commas) is previewed with its accents, checked and imported by name and country with a
 * rater for its scores; then a small UTF-8 file with a bad row is mapped by hand, its rejected row
 * shown with line and reason and downloadable, and the rest imported. Every figure is read back
 * through `practices.list` and `practices.get` (the host's typed API helper). Screenshots of each step go to /tmp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeRow } from '../../data/practices/model.js';
import type { Rater } from '../../data/scoring/model.js';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const FIXTURE = new URL('../fixtures/csv/windows-1252-semicolon.csv', import.meta.url);
const SHOTS = process.env.IMPORT_SCREENSHOTS ?? '/tmp';

/** A partner's follow-up file: one new row, one update, one unchanged row and one that cannot be read (hours "ocho"). */
const SMALL_CSV = [
  'Nombre;País;Duración h;Comentario interno;Puntuación gobernanza',
  'Taller de baterías de alta tensión;Spain;12,5;nuevo;2',
  'Mecatrónica del vehículo eléctrico;Spain;;añadir puntuación;1',
  'Diagnóstico ADAS;Portugal;ocho;revisar;3',
  'Sähköauton huolto;Finland;40;;4',
  '',
].join('\r\n');

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;
let rater: Rater;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('import.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 1300 }, acceptDownloads: true }));
});
afterAll(() => closeApp({ browser, host }, tmp));

async function allRows(): Promise<PracticeRow[]> {
  return (await host.call('practices.list', { limit: 5000 })).rows;
}

async function rowNamed(name: string): Promise<PracticeRow | undefined> {
  return (await allRows()).find((r) => r.name === name);
}

const step = (p: Page, heading: string) => p.locator('section.import-step', { has: p.getByRole('heading', { name: heading }) });
const counts = (p: Page) => p.locator('.import-counts');

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/import-${name}.png`, fullPage: false });
}

describe('importing CSV files from Excel in a European locale', () => {
  let seeded = 0;

  it('opens the wizard from the header', async () => {
    rater = await host.call('raters.create', { name: 'Lucía Fernández', team: 'Spain' });
    seeded = (await allRows()).length;
    await page.goto(host.url);
    await expect.poll(() => page.locator('tr[data-practice-id]').count()).toBeGreaterThan(5);
    await page.getByRole('banner').getByRole('link', { name: 'Import CSV' }).click();
    await expect.poll(() => page.url()).toContain('#/import');
    await expect.poll(() => page.getByRole('heading', { name: 'Import CSV', level: 1 }).count()).toBe(1);
  });

  it('previews the Windows-1252 file: encoding, delimiter, rows and accents', async () => {
    await page.getByLabel('CSV file').setInputFiles(FIXTURE.pathname);
    await expect.poll(() => page.getByLabel('Encoding').inputValue()).toBe('windows-1252');
    expect(await page.getByLabel('Delimiter').inputValue()).toBe(';');
    await expect.poll(() => page.getByText('4 rows below the header').count()).toBe(1);
    const preview = page.getByRole('region', { name: 'First rows of the file' });
    for (const name of ['Catálogo Nacional de Cualificaciones', 'Mecatrónica del vehículo eléctrico', 'Formação em veículos elétricos', 'Sähköauton huolto']) {
      expect(await preview.getByRole('cell', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await preview.getByRole('cell', { name: '1.234,5', exact: true }).count()).toBe(1);
    // The line number column: the header is line 1.
    expect(await preview.getByRole('rowheader').allTextContents()).toEqual(['2', '3', '4', '5']);
    await step(page, '1. Choose a file').screenshot({ path: `${SHOTS}/import-1-preview.png` });
  });

  it('matches every column by its Spanish header, with decimal commas for the numbers', async () => {
    const expected: Record<string, string> = {
      Nombre: 'name',
      País: 'country',
      Horas: 'hours',
      ECTS: 'ects',
      Modalidad: 'deliveryMode',
      Tecnología: 'technologyDomains',
      'Caso de estudio': 'caseStudy',
      'Nivel EQF': 'eqfLevel',
      Gobernanza: 'narrative:governance',
      'Puntuación gobernanza': 'score:governance',
      Notas: 'notes',
    };
    for (const [header, target] of Object.entries(expected)) {
      expect(await page.getByLabel(`Field for column “${header}”`).inputValue(), header).toBe(target);
    }
    expect(await page.getByLabel('Decimal mark for column “Horas”').inputValue()).toBe('comma');
    expect(await page.getByLabel('Decimal mark for column “Nombre”').count()).toBe(0);
    await step(page, '2. Match the columns to fields').screenshot({ path: `${SHOTS}/import-2-mapping.png` });
  });

  it('asks for a rater because a score column is mapped, then checks: 4 new', async () => {
    await page.getByRole('radio', { name: 'Name and country' }).check();
    const checkButton = page.getByRole('button', { name: 'Check import' });
    expect(await checkButton.isDisabled()).toBe(true);
    expect(await page.getByText('Score columns are mapped: choose whose scores they are').count()).toBe(1);
    await page.getByLabel('Rater of the scores').selectOption(rater.id);
    await checkButton.click();
    await expect.poll(() => counts(page).textContent()).toBe('4 new0 updated0 unchanged0 rejected');
    expect(await page.getByText('4 new').count()).toBe(1);
    await step(page, '3. Options').screenshot({ path: `${SHOTS}/import-3-options.png` });
    await step(page, '4. Check and import').screenshot({ path: `${SHOTS}/import-4-check.png` });
    // A dry run writes nothing.
    expect((await allRows()).length).toBe(seeded);
  });

  it('imports the four practices with their accents, decimals and scores intact', async () => {
    await page.getByRole('button', { name: 'Import 4 practices' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).count()).toBe(1);
    expect(await page.getByText('4 practices were written from “windows-1252-semicolon.csv”: 4 new, 0 updated.').count()).toBe(1);
    await shot('5-done');

    const rows = await allRows();
    expect(rows.length).toBe(seeded + 4);
    const catalogo = rows.find((r) => r.name === 'Catálogo Nacional de Cualificaciones');
    const mecatronica = rows.find((r) => r.name === 'Mecatrónica del vehículo eléctrico');
    expect(catalogo).toMatchObject({ country: 'Spain', hours: 82.5, ects: 3, eqfLevel: 4, deliveryMode: 'in_person', caseStudy: true });
    expect(catalogo?.technologyDomains.sort()).toEqual(['adas_calibration', 'ev_safety']);
    expect(mecatronica).toMatchObject({ country: 'Spain', hours: 1234.5, deliveryMode: 'hybrid', caseStudy: false });
    expect(rows.find((r) => r.name === 'Formação em veículos elétricos')).toMatchObject({ country: 'Portugal', hours: 50, ects: 2 });
    expect(rows.find((r) => r.name === 'Sähköauton huolto' && r.country === 'Finland')).toMatchObject({ hours: 40, deliveryMode: 'in_person' });

    const detail = await host.call('practices.get', { id: catalogo?.id ?? '' });
    expect(detail.practice.notes).toBe('Coste 1.200 € – según convocatoria');
    expect(detail.practice.narratives.governance).toBe('Anclado en el catálogo “nacional”');
    expect(detail.scores).toContainEqual(expect.objectContaining({ dimension: 'governance', raterId: rater.id, value: 3 }));
  });

  it('shows the rejected row of a second file with its line and reason, and a CSV of it', async () => {
    const small = tmp.file('seguimiento.csv');
    writeFileSync(small, SMALL_CSV, 'utf8');
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('CSV file').setInputFiles(small);
    await expect.poll(() => page.getByLabel('Encoding').inputValue()).toBe('utf-8');
    expect(await page.getByLabel('Delimiter').inputValue()).toBe(';');

    // "Duración h" is not a header the import knows: map it by hand; leave the internal comment out.
    await page.getByLabel('Field for column “Duración h”').selectOption('hours');
    expect(await page.getByLabel('Decimal mark for column “Duración h”').inputValue()).toBe('comma');
    await page.getByLabel('Field for column “Comentario interno”').selectOption('');
    expect(await page.getByLabel('Field for column “Puntuación gobernanza”').inputValue()).toBe('score:governance');
    await page.getByRole('radio', { name: 'Name and country' }).check();
    await page.getByLabel('Rater of the scores').selectOption(rater.id);
    await page.getByRole('button', { name: 'Check import' }).click();
    await expect.poll(() => counts(page).textContent()).toBe('1 new1 updated1 unchanged1 rejected');

    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    const row = rejected.getByRole('row', { name: /Diagnóstico ADAS/ });
    expect(await row.getByRole('rowheader').textContent()).toBe('4');
    expect(await row.locator('.csv-rows__reason').textContent()).toMatch(/"ocho" is not a number/);
    await step(page, '4. Check and import').screenshot({ path: `${SHOTS}/import-6-rejected.png` });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('rejected-rows.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('Diagnóstico ADAS');
    expect(text).toContain('ocho');
    expect(text).not.toContain('Taller de baterías');
  });

  it('imports the rest and leaves the rejected row out', async () => {
    await page.getByRole('button', { name: 'Import 2 practices' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).count()).toBe(1);
    expect(await page.getByText('1 row was rejected and not imported.').count()).toBe(1);
    await shot('7-done-with-rejected');

    const rows = await allRows();
    expect(rows.length).toBe(seeded + 5);
    expect(rows.find((r) => r.name === 'Taller de baterías de alta tensión')).toMatchObject({ country: 'Spain', hours: 12.5, scores: expect.objectContaining({ governance: 2 }) });
    expect(await rowNamed('Diagnóstico ADAS')).toBeUndefined();
    // The update added a score and kept the hours an empty cell said nothing about.
    expect(await rowNamed('Mecatrónica del vehículo eléctrico')).toMatchObject({ hours: 1234.5, scores: expect.objectContaining({ governance: 1 }) });

    await page.getByRole('link', { name: 'Open the practice table' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${seeded + 5} practices`);
  });

  it('undoes the whole import with Ctrl+Z, as one step, and redoes it', async () => {
    const before = (await allRows()).length;
    // Ctrl+Z in a text field is the field's own: take the focus out of any field first.
    const leaveFields = () => page.evaluate('document.activeElement && document.activeElement.blur(); document.body.focus()');
    const notice = () => page.evaluate("document.querySelector('.history-notice')?.textContent ?? ''") as Promise<string>;
    await leaveFields();
    await page.keyboard.press('Control+z');
    // The table does not show what an import did as a whole: the app asks before undoing it there.
    await page.getByRole('dialog').getByRole('button', { name: 'Undo it' }).click();
    await expect.poll(notice, { timeout: 15_000 }).toMatch(/^Undone: Imported .* \(1 new, 1 updated\)/);
    expect((await allRows()).length).toBe(before - 1);
    expect(await rowNamed('Taller de baterías de alta tensión')).toBeUndefined();
    expect((await rowNamed('Mecatrónica del vehículo eléctrico'))?.scores.governance).not.toBe(1);
    await leaveFields();
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('dialog').getByRole('button', { name: 'Redo it' }).click();
    await expect.poll(notice, { timeout: 15_000 }).toMatch(/^Redone: Imported /);
    expect((await allRows()).length).toBe(before);
  });

  it('reads a list without a header row by position, with a value for every row', async () => {
    const before = (await allRows()).length;
    await page.getByRole('banner').getByRole('link', { name: 'Import CSV' }).click();
    await page.goto(`${host.url.split('#')[0]}#/import`);
    await page.getByLabel('CSV file').setInputFiles(new URL('../fixtures/real/fi-tutkinnot-ilman-otsikkoa.csv', import.meta.url).pathname);
    await expect.poll(() => page.getByText('44 rows (no header row)').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'The first row holds column headers' }).isChecked()).toBe(false);
    await page.getByLabel('Field for column “Column 1”').selectOption('name');
    await page.getByLabel('Field for column “Column 2”').selectOption('code');
    await page.getByLabel('Field for every row').selectOption('country');
    await page.getByLabel('Value for every row').fill('Suomi');
    await page.getByRole('button', { name: 'Set for every row' }).click();
    expect(await page.getByText('Country = “Suomi”').count()).toBe(1);
    await page.getByRole('button', { name: 'Check import' }).click();
    await expect.poll(() => counts(page).textContent()).toBe('44 new0 updated0 unchanged0 rejected');
    await page.getByRole('button', { name: 'Import 44 practices' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).count()).toBe(1);
    const rows = await allRows();
    expect(rows.length).toBe(before + 44);
    expect(rows.find((r) => r.name === 'Automaalarin ammattitutkinto ' || r.name === 'Automaalarin ammattitutkinto')).toMatchObject({ country: 'Finland', countryGroup: 'Finland' });
  });
});
