/**
 * The practice and long-form score CSV exports are written as their query runs (csvStream.ts) and
 * must stay byte for byte what the app wrote before they were (files captured from the table-based
 * export, test/fixtures/exports/), in both CSV presets, with a filter, and in blind mode, where a
 * rater sees only their own scores and those on pairs they have scored. The practice CSV is also
 * compared with toCsv of the table export, which XLSX, Markdown and HTML still use.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { storeForFile } from '../../test/support/scratchStore.js';
import { generateMap } from '../seed/generateMap.js';
import { CSV_PRESETS, toCsv } from './csv.js';
import { practicesDataTable } from './practiceTables.js';

vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2026-11-23T10:00:00.000Z'));
afterAll(() => vi.useRealTimers());

const { store, api } = storeForFile('exports.acmap');
let raters: { id: string; name: string }[] = [];

beforeAll(() => {
  generateMap(store.db, { practices: 150, raters: 3, seed: 7 });
  raters = api.value('raters.list', {});
  const first = api.value('practices.list', { limit: 3, sort: [{ field: 'name', desc: false }] }).rows;
  // Texts the CSV has to quote or neutralise, narratives, sources and the EU checklist.
  api.value('practices.update', {
    id: first[0]!.id,
    fields: { name: '=SUM(A1) "quoted";, line\nbreak', notes: '+tab\there', narratives: { governance: 'Línea 1\r\nLínea 2' }, sources: [{ document: 'D3.2', section: '§1.2' }, { document: 'Catálogo', section: '' }] },
  });
  api.value('practices.setElements', { id: first[1]!.id, elements: [{ element: 'title', status: 'partly', note: 'on; the "certificate"' }] });
  api.value('scores.set', { practiceId: first[2]!.id, dimension: 'governance', raterId: raters[0]!.id, value: 2, evidence: '-1 and =2', confidence: 'high' });
});

const exported = (view: 'practices' | 'scores', format: 'csv' | 'csv-excel', filter = {}) =>
  (api.value('analysis.export', { view, input: { filter }, format }) as { content: string }).content;

const cases = [
  ['all', {}],
  ['Finland', { countryGroup: ['Finland'] }],
] as const;

for (const view of ['practices', 'scores'] as const) {
  for (const format of ['csv', 'csv-excel'] as const) {
    for (const [name, filter] of cases) {
      it(`writes the ${view} (${format}, ${name}) byte for byte as before`, async () => {
        const content = exported(view, format, filter);
        await expect(content).toMatchFileSnapshot(`../../test/fixtures/exports/${view}-${format}-${name}.csv`);
      });
    }
  }
}

it('writes only what a blind rater may see, byte for byte as before', async () => {
  api.value('preferences.set', { blindMode: true, currentRaterId: raters[1]!.id });
  try {
    await expect(exported('scores', 'csv')).toMatchFileSnapshot('../../test/fixtures/exports/scores-csv-blind.csv');
    await expect(exported('practices', 'csv', { scores: { governance: { min: 2 } } })).toMatchFileSnapshot('../../test/fixtures/exports/practices-csv-blind.csv');
    const others = exported('scores', 'csv')
      .split('\r\n')
      .slice(1)
      .filter((line) => line !== '' && !line.includes(raters[1]!.id));
    expect(others.length).toBeGreaterThan(0); // pairs the rater scored show the others' scores too
  } finally {
    api.value('preferences.set', { blindMode: false, currentRaterId: null });
  }
});

it('writes the practices as toCsv writes the table export', () => {
  for (const format of ['csv', 'csv-excel'] as const) {
    expect(exported('practices', format)).toBe(toCsv(practicesDataTable(store.db, {}), CSV_PRESETS[format === 'csv' ? 'standard' : 'excel-europe']));
  }
});
