/**
 * Analysis views end to end in the browser host: the filter set on the gaps page travels in the
 * hash, a click on a gap map cell lands on the practice table showing exactly that group's rows
 * (checked against practices.list), and charts export as SVG (with their title) and PNG.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeType } from '../../data/domain/domain.js';
import { closeApp, openApp } from '../support/browser.js';
import { tempDir } from '../support/tempFiles.js';
import type { RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
let browser: Browser, host: RunningHost, page: Page;

beforeAll(async () => {
  ({ browser, host, page } = await openApp(['--db', tmp.file('analysis.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir }, { viewport: { width: 1360, height: 900 }, acceptDownloads: true }));
});
afterAll(() => closeApp({ browser, host }, tmp));

const visibleIds = (p: Page) => p.locator('tr[data-practice-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-practice-id') ?? ''));

describe('analysis views share the filter and export charts', () => {
  let chosenType: PracticeType = 'vet_unit';

  it('filters the gaps view to a country group, grouped by practice type, and keeps it over a reload', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.locator('tr[data-practice-id]').count()).toBeGreaterThan(5);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Gaps' }).click();
    await expect.poll(() => page.url()).toContain('#/gaps');

    await page.getByRole('button', { name: 'Filter Country group' }).click();
    await page.getByRole('dialog', { name: 'Filter Country group' }).getByRole('checkbox', { name: /^Spain/ }).check();
    await page.keyboard.press('Escape');
    await page.getByLabel('Group by').selectOption('practiceType');
    await expect.poll(() => page.url()).toMatch(/#\/gaps\?.*group=Spain.*groupBy=practiceType/);

    const gaps = await host.call('analysis.gaps', { filter: { countryGroup: ['Spain'] }, groupBy: 'practiceType' });
    const covered = `${gaps.overall.practices} practices in the charts`;
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in the charts' }).textContent()).toBe(covered);

    await page.reload();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in the charts' }).textContent()).toBe(covered);
    expect(await page.getByRole('button', { name: 'Filter Country group' }).locator('.filter-summary').textContent()).toBe('Spain');
    expect(await page.getByLabel('Group by').inputValue()).toBe('practiceType');

    // The smallest group with at least two practices: all its rows fit on one screen of the table.
    const candidates = gaps.groups.filter((g) => g.value !== null && g.practices >= 2).sort((a, b) => a.practices - b.practices);
    expect(candidates.length).toBeGreaterThan(0);
    chosenType = candidates[0]!.value as PracticeType;
  });

  it('opens the practice table on the rows of a gap map cell', async () => {
    const cell = page.locator(`a.gap-map__cell[data-dimension="assessment"][data-group="${chosenType}"]`);
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.getAttribute('aria-label')).toMatch(/Assessment/);
    await cell.click();

    await expect.poll(() => page.url()).toMatch(/#\/\?/);
    const query = new URLSearchParams(page.url().split('#/?')[1]);
    expect(query.getAll('group')).toEqual(['Spain']);
    expect(query.getAll('type')).toEqual([chosenType]);

    const expected = await host.call('practices.list', { filter: { countryGroup: ['Spain'], practiceType: [chosenType] }, limit: 5000 });
    expect(expected.total).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${expected.total} practices`);
    await expect.poll(() => visibleIds(page)).toEqual(expected.rows.map((r) => r.id));
  });

  it('exports the bar chart as SVG with its title, and as a 300 dpi PNG', async () => {
    await page.goBack();
    await expect.poll(() => page.url()).toContain('#/gaps');
    const title = 'Mean score against target by practice type';
    await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBe(1);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${title} as SVG` }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(title);
    expect(svg).toContain('Mean score (0–4)'); // the axis label came along
    expect(svg).toMatch(/Spain|VET unit|CVET/); // and the legend

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${title} as PNG` }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const physAt = png.indexOf('pHYs', 0, 'latin1');
    expect(physAt).toBeGreaterThan(0);
    expect(png.readUInt32BE(physAt + 4)).toBe(11811); // pixels per metre = 300 dpi
    // Drawn at print resolution: one CSS inch (96 px) of the chart becomes 300 pixels.
    const svgWidth = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    expect(svgWidth).toBeGreaterThan(300);
    expect(png.readUInt32BE(16)).toBe(Math.round((svgWidth * 300) / 96));
  });
  it('opens the table on a "(not recorded)" group too, with the condition shown and removable', async () => {
    await page.goto(`${host.origin}/#/gaps?groupBy=technologyDomain`);
    const cell = page.locator('a.gap-map__cell[data-dimension="governance"][data-group=""]');
    await expect.poll(() => cell.count()).toBe(1);
    await cell.click();
    await expect.poll(() => new URLSearchParams(page.url().split('#/?')[1] ?? '').get('g.technologyDomain')).toBe('~none');
    const expected = await host.call('practices.list', { filter: { groups: [{ field: 'technologyDomain', value: null }] }, limit: 5000 });
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${expected.total} practices`);
    const ids = await visibleIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(expected.rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    await page.getByRole('button', { name: 'Remove the filter Technology domain not recorded' }).click();
    const all = await host.call('practices.list', { limit: 1 });
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${all.total} practices`);
  });


  it('shows the agreement between two raters with the items behind each figure', async () => {
    const ana = await host.call('raters.create', { name: 'Ana García', team: 'Spain' });
    const aino = await host.call('raters.create', { name: 'Aino Virtanen', team: 'Finland' });
    const practices = (await host.call('practices.list', { filter: { withNarratives: true }, limit: 4 })).rows;
    const values = [[0, 0], [1, 2], [2, 2], [4, 3]] as const;
    for (const [i, p] of practices.entries()) {
      await host.call('scores.set', { practiceId: p.id, dimension: 'assessment', raterId: ana.id, value: values[i]![0] });
      await host.call('scores.set', { practiceId: p.id, dimension: 'assessment', raterId: aino.id, value: values[i]![1] });
    }
    const expected = await host.call('analysis.agreement', { raters: [ana.id, aino.id] });
    const assessment = expected.rows.find((r) => r.id === 'assessment')!;
    expect(assessment).toMatchObject({ items: 4, exactPercent: 50, withinOnePercent: 100 });
    await page.goto(`${host.origin}/#/agreement?rater=${ana.id}&rater=${aino.id}`);
    const row = page.getByRole('row', { name: /^Assessment/ });
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['4', '50.0%', '100.0%', assessment.kappa!.toFixed(3), assessment.alpha!.toFixed(3)]);
  });
});

