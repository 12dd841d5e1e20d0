/** The report's own tables, made again by the analysis operations from the seed. Expected figures are the documents'. */
import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';
import { openSeededStore } from '../seed/seed.js';

const { api } = storeForFile('seed.acmap', openSeededStore);

const catalogue = { parentId: 'es-p02-catalogo-especialidades-formativas', numbers: { registeredProviders: { min: 0 } } };

describe('D3.3 §7.3 (001_d93079c503058265.txt) from the seed', () => {
  it('Table 2: trainings per release year and their mean number of accredited providers', () => {
    const t = api.value('analysis.stats', { filter: catalogue, groupBy: ['releaseYear'], measures: ['registeredProviders'] });
    const byYear = Object.fromEntries(t.rows.map((r) => [r.groups[0]?.value ?? 'n.a.', [r.count, Math.round((r.measures.registeredProviders?.mean ?? NaN) * 10) / 10]]));
    // The document's Table 2: Trainings (n) and Training providers (Avg), with decimal commas.
    expect(byYear).toEqual({ '2018': [1, 102], '2020': [2, 82.5], '2021': [6, 23.8], '2022': [1, 83], '2023': [6, 4.8], '2024': [8, 4], '2025': [1, 0], 'n.a.': [1, 81] });
  });

  it('the hours of the 26 specialities: 8 to 575, mean 99, median 40, half between 25.5 and 90', () => {
    const hours = api.value('analysis.stats', { filter: catalogue, measures: ['hours'] }).overall.measures.hours!;
    expect(hours).toMatchObject({ n: 26, missing: 0, min: 8, max: 575, median: 40, q1: 25.5, q3: 90 });
    expect(Math.round(hours.mean!)).toBe(99);
  });

  it('65.4 % at qualification level 2 and 84.6 % face to face', () => {
    const byLevel = api.value('analysis.stats', { filter: catalogue, groupBy: ['level'], measures: [] });
    expect(Math.round(byLevel.rows.find((r) => r.groups[0]?.value === 'Catalogue qualification level 2')!.share * 1000) / 10).toBe(65.4);
    const byMode = api.value('analysis.stats', { filter: catalogue, groupBy: ['deliveryMode'], measures: [] });
    expect(Math.round(byMode.rows.find((r) => r.groups[0]?.value === 'in_person')!.share * 1000) / 10).toBe(84.6);
  });
});
