/**
 * The interface in Spanish, Portuguese and Finnish (issue 17, item 8): the header's selector switches
 * the table, a practice page and a chart page, numbers take the language's decimal comma, and the
 * choice survives a reload. Expected words are read from the catalogs the app bundles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForFile, LAPTOP_VIEWPORT } from '../support/browser.js';

const PRACTICE = 'fi-sahkoauton-huolto-electric-car-maintenance';
const app = appForFile('languages.acmap', { viewport: LAPTOP_VIEWPORT });

type Catalog = { [key: string]: string | Catalog };
function message(feature: string, language: string, path: string): string {
  const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/src', feature, 'messages', `${language}.json`), 'utf8')) as Catalog;
  const value = path.split('.').reduce<string | Catalog | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), catalog);
  if (typeof value !== 'string') throw new Error(`${feature}/${language}: no message ${path}`);
  return value;
}

async function h1(): Promise<string> {
  await expect.poll(() => app.page.getByRole('heading', { level: 1 }).count()).toBe(1);
  return (await app.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** The first mean score written in the practice table. */
async function firstScore(): Promise<string> {
  const cell = app.page.locator('.practice-table .score:not(.score--none)').first();
  await expect.poll(() => cell.count()).toBe(1);
  return (await cell.textContent()) ?? '';
}

describe('the interface language', () => {
  it('starts in English, with a decimal point', async () => {
    await app.page.goto(`${app.base()}#/`);
    expect(await h1()).toBe(message('practices', 'en', 'table.heading'));
    expect(await firstScore()).toMatch(/^\d\.\d$/);
    expect(await app.page.locator('.app-header__language').inputValue()).toBe('en');
  });

  for (const language of ['es', 'pt', 'fi']) {
    it(`switches to ${language}: table, practice page and chart page, with a decimal comma`, async () => {
      await app.page.goto(`${app.base()}#/`);
      await app.page.locator('.app-header__language').selectOption(language);
      await expect.poll(() => h1()).toBe(message('practices', language, 'table.heading'));
      expect(await app.page.getByRole('link', { name: message('app', language, 'views.compare') }).count()).toBe(1);
      expect(await firstScore()).toMatch(/^\d,\d$/);
      expect(await app.page.evaluate('document.documentElement.lang')).toBe(language);

      await app.page.goto(`${app.base()}#/practice/${PRACTICE}`);
      await expect.poll(() => app.page.getByRole('heading', { level: 2, name: message('scoring', language, 'panel.title') }).count()).toBe(1);
      expect(await app.page.getByRole('heading', { level: 2, name: message('practices', language, 'details.identity') }).count()).toBe(1);
      expect(await app.page.getByText('Dimensions and scores').count()).toBe(0);
      // "Who is scoring?" opens on a first practice page; it speaks the language too.
      const dialog = app.page.getByRole('dialog');
      if ((await dialog.count()) > 0) {
        expect(await dialog.getByRole('heading').first().textContent()).toBe(message('app', language, 'rater.dialogTitle'));
        await dialog.getByRole('button', { name: message('app', language, 'cancel') }).click();
      }

      await app.page.goto(`${app.base()}#/gaps`);
      await expect.poll(() => h1()).toBe(message('analysis', language, 'gaps.title'));
      expect(await app.page.getByRole('link', { name: message('app', language, 'views.gaps') }).count()).toBe(1);
    });
  }

  it('keeps the choice after a reload', async () => {
    await app.page.goto(`${app.base()}#/`);
    await app.page.locator('.app-header__language').selectOption('fi');
    await expect.poll(() => h1()).toBe(message('practices', 'fi', 'table.heading'));
    await app.page.reload();
    expect(await h1()).toBe(message('practices', 'fi', 'table.heading'));
    expect(await app.page.locator('.app-header__language').inputValue()).toBe('fi');
    await app.page.locator('.app-header__language').selectOption('en');
    await expect.poll(() => h1()).toBe(message('practices', 'en', 'table.heading'));
  });
});
