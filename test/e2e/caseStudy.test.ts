/**
 * Case studies end to end in the browser host (issue 14): a researcher writes a section of a
 * shortlisted practice's case study on its page, sees which sections are still empty, undoes the
 * edit with Ctrl+Z, writes it again and exports the case study as Word; an analysis view makes a
 * report pack. Both downloads are read back with mammoth (test/support/docxReader.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp } from '../support/browser.js';
import { readDocx } from '../support/docxReader.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';
import { REPORT_PACK_REQUEST } from '../../electron/desktop/reportPackRequest.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;
const ID = 'e2e-case';

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('cases.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 900 }, acceptDownloads: true }));
  const rater = await host.call('raters.create', { name: 'Marta Puig', team: 'Spain' });
  await host.call('preferences.set', { currentRaterId: rater.id });
  await host.call('practices.create', { id: ID, fields: { name: 'Taller de alta tensión', country: 'Spain', shortlisted: true } });
});
afterAll(() => closeApp({ browser, host }, tmp));

const missing = () => page.getByTestId('case-study-missing').textContent();
const context = async () => (await host.call('practices.get', { id: ID })).caseStudy[1]!;

describe('a case study on the practice page', () => {
  it('writes a section, says which are still empty, and undoes the edit as one step', async () => {
    // The printed link carries the token; the page keeps it for the session.
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/practice/${ID}`);
    await expect.poll(missing).toMatch(/^Still empty: 1 General information; 2 Context and objectives;/);
    await page.getByRole('button', { name: 'Edit 2 Context and objectives' }).click();
    await page.getByLabel(/^Text of “2 Context and objectives”/).fill('Workshops need HV-safe technicians.\n\n- Safety first\n- Diagnosis');
    await page.getByLabel(/^Sources, one per line/).fill('001_d93079c503058265.txt | 5.2 Context and objectives');
    await page.getByRole('button', { name: 'Save section' }).click();
    await expect.poll(() => page.locator('.case-study__text li').allTextContents()).toEqual(['Safety first', 'Diagnosis']);
    await expect.poll(missing).not.toContain('2 Context and objectives');
    expect(await context()).toEqual({
      section: 'context',
      blocks: [
        { kind: 'paragraph', text: 'Workshops need HV-safe technicians.' },
        { kind: 'list', items: ['Safety first', 'Diagnosis'] },
      ],
      sources: [{ document: '001_d93079c503058265.txt', section: '5.2 Context and objectives' }],
    });

    await page.evaluate('document.activeElement && document.activeElement.blur(); document.body.focus()');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await context()).blocks, { timeout: 15_000 }).toEqual([]);
    await page.reload();
    await expect.poll(missing).toContain('2 Context and objectives');
  });

  it('exports the case study as Word, in the template’s order', async () => {
    await page.getByRole('button', { name: 'Edit 1 General information' }).click();
    await page.getByLabel(/^Text of “1 General information”/).fill('Country / Region: Spain');
    await page.getByRole('button', { name: 'Save section' }).click();
    await expect.poll(missing).not.toContain('1 General information');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^autocredify-caseStudies-.*\.docx$/);
    const doc = await readDocx(readFileSync(await download.path()));
    expect(doc.headings[0]).toBe('h1 Taller de alta tensión');
    expect(doc.headings.filter((h) => h.startsWith('h2 ')).slice(0, 2)).toEqual(['h2 1 General information', 'h2 2 Context and objectives']);
    expect(doc.paragraphs).toContain('Country / Region: Spain');
  });
});

describe('a case-study file out and back in', () => {
  it('downloads the write-up as a file, imports an edited copy on the Import page, and undoes it in one step', async () => {
    await page.goto(`${host.origin}/#/practice/${ID}`);
    await expect.poll(missing).not.toContain('1 General information');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^autocredify-caseStudies-.*\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { practices: { id: string; sections: { section: string; blocks: unknown[] }[] }[] };
    expect(file.practices.map((p) => p.id)).toEqual([ID]);
    // A partner edits the general information and adds the context, then sends the file back.
    file.practices[0]!.sections = [
      { section: 'general', blocks: [{ kind: 'paragraph', text: 'Country / Region: Spain (Catalonia)' }], sources: [] },
      { section: 'context', blocks: [{ kind: 'list', items: ['EV growth', 'Safety'] }], sources: [] },
    ] as never;
    const back = tmp.file('from-partner.json');
    writeFileSync(back, JSON.stringify(file));

    await page.goto(`${host.origin}/#/import`);
    await page.getByLabel('Case-study file').setInputFiles(back);
    await expect.poll(() => page.getByText(/2 sections written in 1 practice/).count()).toBe(1);
    expect((await host.call('practices.get', { id: ID })).caseStudy[0]!.blocks).toEqual([{ kind: 'paragraph', text: 'Country / Region: Spain (Catalonia)' }]);

    // One step back: both sections as they were.
    await page.evaluate('document.activeElement && document.activeElement.blur(); document.body.focus()');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await host.call('practices.get', { id: ID })).caseStudy[0]!.blocks, { timeout: 15_000 }).toEqual([{ kind: 'paragraph', text: 'Country / Region: Spain' }]);
    expect((await context()).blocks).toEqual([]);
  });

  it('refuses a file that is not a case-study file, and changes nothing', async () => {
    const wrong = tmp.file('not-a-case-study.json');
    writeFileSync(wrong, JSON.stringify({ format: 'something-else' }));
    await page.getByLabel('Case-study file').setInputFiles(wrong);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/This case-study file cannot be imported/);
  });
});

describe('a report pack from an analysis view', () => {
  it('opens from the desktop menu’s request, also from a practice page', async () => {
    await page.goto(`${host.origin}/#/practice/${ID}`);
    await page.evaluate(REPORT_PACK_REQUEST);
    await expect.poll(() => page.getByRole('dialog', { name: 'Report pack (Word)' }).count()).toBe(1);
    expect(page.url()).toContain('#/compare');
    await page.getByRole('dialog', { name: 'Report pack (Word)' }).getByRole('button', { name: 'Close' }).click();
  });

  it('runs as a job and downloads one Word document with the chosen parts', async () => {
    await page.goto(`${host.origin}/#/gaps`);
    await page.getByRole('button', { name: 'Report pack (Word)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report pack (Word)' });
    await dialog.getByLabel('Title').fill('Pack from the app');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make the pack' }).click()]);
    const doc = await readDocx(readFileSync(await download.path()));
    expect(doc.paragraphs[0]).toBe('Pack from the app');
    expect(doc.headings).toContain('h1 Gap charts');
    expect(doc.images).toEqual(['image/png']);
    expect(doc.headings.filter((h) => h.startsWith('h2 Case study') || h === `h2 Taller de alta tensión`)).toContain('h2 Taller de alta tensión');
  });
});
