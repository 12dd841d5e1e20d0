/**
 * The analysis views, the import wizard, the merge screen and the data checks in Spanish,
 * Portuguese and Finnish (issue 17, item 8): each page's heading is the catalog's, no message key
 * shows where a message is missing, and the statistics write shares with the decimal comma.
 */
import { describe, expect, it } from 'vitest';
import { appForFile, LAPTOP_VIEWPORT } from '../support/browser.js';
import analysisEs from '../../renderer/src/analysis/messages/es.json' with { type: 'json' };
import analysisPt from '../../renderer/src/analysis/messages/pt.json' with { type: 'json' };
import analysisFi from '../../renderer/src/analysis/messages/fi.json' with { type: 'json' };
import importEs from '../../renderer/src/import/messages/es.json' with { type: 'json' };
import importPt from '../../renderer/src/import/messages/pt.json' with { type: 'json' };
import importFi from '../../renderer/src/import/messages/fi.json' with { type: 'json' };
import mergeEs from '../../renderer/src/merge/messages/es.json' with { type: 'json' };
import mergePt from '../../renderer/src/merge/messages/pt.json' with { type: 'json' };
import mergeFi from '../../renderer/src/merge/messages/fi.json' with { type: 'json' };
import qualityEs from '../../renderer/src/quality/messages/es.json' with { type: 'json' };
import qualityPt from '../../renderer/src/quality/messages/pt.json' with { type: 'json' };
import qualityFi from '../../renderer/src/quality/messages/fi.json' with { type: 'json' };

const app = appForFile('languagesViews.acmap', { viewport: LAPTOP_VIEWPORT });

const HEADINGS = {
  es: { analysis: analysisEs, import: importEs, merge: mergeEs, quality: qualityEs },
  pt: { analysis: analysisPt, import: importPt, merge: mergePt, quality: qualityPt },
  fi: { analysis: analysisFi, import: importFi, merge: mergeFi, quality: qualityFi },
};

/** Each page and the heading its catalog gives it. */
function pages(c: (typeof HEADINGS)['es']): [string, string][] {
  return [
    ['#/compare', c.analysis.compare.title],
    ['#/gaps', c.analysis.gaps.title],
    ['#/stats', c.analysis.stats.title],
    ['#/coverage', c.analysis.coverage.title],
    ['#/agreement', c.analysis.agreement.title],
    ['#/import', c.import.page.title],
    ['#/merge', c.merge.page.title],
    ['#/checks', c.quality.title],
  ];
}

/** What i18next shows for a message it lacks: the key itself ("gaps.title", "mapping.heading"). */
const MESSAGE_KEY = /\b(?:layout|copy|export|extraColumns|measures|reportPack|agreement|compare|coverage|gaps|stats|euElements|group|page|rows|file|reading|mapping|options|everyRow|check|counts|duplicates|rejected|done|summary|conflicts|log|severities|statistics)\.[a-z][A-Za-z]+\b/;

describe('the views in the team’s languages', () => {
  for (const language of ['es', 'pt', 'fi'] as const) {
    it(`speaks ${language} on the analysis views, the import, the merge and the checks`, async () => {
      const { page } = app;
      await page.goto(`${app.base()}#/`);
      await page.locator('.app-header__language').selectOption(language);
      for (const [hash, heading] of pages(HEADINGS[language])) {
        await page.goto(`${app.base()}${hash}`);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { message: hash }).toBe(heading);
        await expect.poll(() => page.locator('main, .page, .analysis-page').first().innerText(), { message: hash }).not.toBe('');
        expect(MESSAGE_KEY.exec(await page.locator('body').innerText())?.[0] ?? null, hash).toBeNull();
      }
      await page.goto(`${app.base()}#/stats`);
      await expect.poll(() => page.locator('.stats-table tbody td.num').nth(1).textContent()).toMatch(/^\d+,\d\s?%$/);
      await page.locator('.app-header__language').selectOption('en');
    });
  }
});
