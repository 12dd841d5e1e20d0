/**
 * Pathways (issue 15, item 4): the tree below a practice with hours and ECTS per node, level and in
 * total, entry and exit points and shared components; the seed's catalogue itinerary, TÜV levels
 * and ATEC courses as the documents state them; cycles and missing practices refused in words.
 */
import { describe, expect, it } from 'vitest';
import { storeForFile, storePerTest } from '../../test/support/scratchStore.js';
import { openSeededStore } from '../seed/seed.js';
import { setPathwayStructure } from './index.js';

const ITINERARY = 'es-cef-antrv-itinerary-electromechanical-vehicle-maintenance';
const CATALOGUE = 'es-p02-catalogo-especialidades-formativas';
const NAVARRE = 'es-cs-navarra-vet-teacher-hv-safety';
const ATEC = 'pt-cs-atec-ev-hv-learning-pathway';

describe('the seed’s pathways', () => {
  const { api } = storeForFile('seed.acmap', openSeededStore);

  it('the catalogue itinerary: its seven elements with their hours, TMVG08 shared with the Catálogo, 271 hours in all', () => {
    const p = api.value('analysis.pathway', { id: ITINERARY });
    // D3.3 §7.3 lists the elements: 60 + 16 + 40 + 70 + 10 + 60 + 15 hours.
    const byHand = 60 + 16 + 40 + 70 + 10 + 60 + 15;
    expect(byHand).toBe(271);
    const elements = p.nodes.filter((n) => n.depth === 1);
    // Its own six elements in the seed's order, then TMVG08, recorded under the Catálogo and linked in.
    expect(elements.map((n) => [n.code, n.hours])).toEqual([
      ['TMVG13', 60],
      ['TMVG005PO', 16],
      ['TMVG0004', 40],
      [null, 10],
      ['MOD07080', 60],
      ['MOD06708', 15],
      ['TMVG08', 70],
    ]);
    expect(p.total).toEqual({ hours: byHand, ects: null, statedHours: 271, statedEcts: null });
    expect(p.nodes[0]).toMatchObject({ id: ITINERARY, depth: 0, totalHours: 271, hoursMismatch: false });
    expect(p.levels.map((l) => [l.depth, l.practices, l.hours])).toEqual([
      [0, 1, 271],
      [1, 7, byHand],
    ]);
    expect(p.shared).toEqual([{ id: 'es-cef-tmvg08', name: 'Advanced Driver Assistance Systems (ADAS)', pathways: [{ id: CATALOGUE, name: 'National Catalogue of Training Specialties' }] }]);
    expect(p.nodes.find((n) => n.id === 'es-cef-tmvg08')?.via).toBe('link');
    // Nothing says one element must come before another: a learner may start at any of them; no credential is stated.
    expect(p.entries).toHaveLength(7);
    expect(p.exits).toEqual([]);
    expect(p.ancestors).toEqual([{ id: CATALOGUE, name: 'National Catalogue of Training Specialties' }]);
  });

  it('the Catálogo shows the itinerary below it and TMVG08 as shared with the itinerary', () => {
    const p = api.value('analysis.pathway', { id: CATALOGUE });
    expect(p.nodes.filter((n) => n.id === 'es-cef-tmvg08')).toHaveLength(2);
    expect(p.shared.find((s) => s.id === 'es-cef-tmvg08')?.pathways.map((x) => x.id)).toEqual([ITINERARY]);
    expect(p.levels.map((l) => l.depth)).toEqual([0, 1, 2]);
  });

  it('the three TÜV levels: Level 1 is the entry, Levels 2 and 3 follow the level before and award their certifications', () => {
    const p = api.value('analysis.pathway', { id: 'es-nav-tuv-level3-hv-expert-technician', top: true });
    expect(p.root.id).toBe(NAVARRE);
    const tuv = p.nodes.filter((n) => n.id.startsWith('es-nav-tuv-'));
    expect(tuv.map((n) => [n.hours, n.entry, n.requires, n.credential])).toEqual([
      [16, true, [], null],
      [18, false, ['es-nav-tuv-level1-basic-hv-safety'], 'High Voltage Electric Vehicle Safety Technician'],
      [18, false, ['es-nav-tuv-level2-hv-safety-technician'], 'Expert technician in the installation and handling of High Voltage Electric Vehicles'],
    ]);
    expect(p.exits).toEqual(['es-nav-tuv-level2-hv-safety-technician', 'es-nav-tuv-level3-hv-expert-technician']);
  });

  it('the ATEC courses: 2 + 7 + 14 + 7 = 30 hours, each with its certificate, Course 4 after Course 3', () => {
    const p = api.value('analysis.pathway', { id: ATEC });
    expect(p.nodes.slice(1).map((n) => n.hours)).toEqual([2, 7, 14, 7]);
    expect(p.total.hours).toBe(2 + 7 + 14 + 7);
    expect(p.exits).toHaveLength(4);
    expect(p.entries).toEqual(['pt-atec-course1-intro-ev-hv', 'pt-atec-course2-ev-hv', 'pt-atec-course3-safe-intervention']);
  });

  it('exports as a table (Markdown) with the level totals and the total, and as SVG and PNG', () => {
    const md = api.value('analysis.export', { view: 'pathway', input: { id: ITINERARY }, format: 'md' });
    expect(md.content).toContain('Advanced Driver Assistance Systems (ADAS)');
    expect(md.content).toMatch(/\| Total \|[^\n]*\| 271 \|/);
    const svg = api.value('analysis.export', { view: 'pathway', input: { id: ITINERARY }, format: 'svg' });
    expect(svg.mimeType).toBe('image/svg+xml');
    expect(svg.content).toContain('TMVG08 Advanced Driver Assistance Systems (ADAS)');
    expect(svg.content).toContain('Total 271 h');
    const png = api.value('analysis.export', { view: 'pathway', input: { id: ITINERARY }, format: 'png' });
    expect([...Buffer.from(png.content, 'base64').subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const refused = api.call('analysis.export', { view: 'gaps', input: {}, format: 'svg' } as never);
    expect(refused.ok).toBe(false);
  });
});

describe('totals, cycles and missing practices', () => {
  const { api, store } = storePerTest('pathway');
  const make = (id: string, fields: Record<string, unknown>) => api.value('practices.create', { id, fields: { name: `P ${id}`, country: 'Spain', ...fields } as never });

  it('adds the components up where all are known, else keeps the stated figure, and says when they differ', () => {
    make('root', { hours: 100 });
    make('a', { parentId: 'root', hours: 30, ects: 1 });
    make('b', { parentId: 'root', ects: 2 });
    make('b1', { parentId: 'b', hours: 20 });
    make('b2', { parentId: 'b', hours: 25 });
    const p = api.value('analysis.pathway', { id: 'root' });
    const node = (id: string) => p.nodes.find((n) => n.id === id)!;
    expect(node('b').totalHours).toBe(45);
    expect(p.total).toEqual({ hours: 75, ects: 3, statedHours: 100, statedEcts: null });
    expect(node('root').hoursMismatch).toBe(true);
    expect(p.levels.map((l) => [l.hours, l.withoutHours])).toEqual([
      [100, 0],
      [30, 1],
      [45, 0],
    ]);
  });

  it('refuses a pathway that goes round in a circle, naming its practices, and a missing practice', () => {
    make('x', {});
    make('y', { parentId: 'x' });
    setPathwayStructure(store().db, { links: [{ pathwayId: 'y', componentId: 'x', source: null }], prerequisites: [], credentials: [] });
    const refused = api.call('analysis.pathway', { id: 'x' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.message).toContain('P x → P y → P x');
    }
    const missing = api.call('analysis.pathway', { id: 'nobody' });
    expect(missing.ok ? null : missing.error.message).toBe('No practice has the id “nobody”.');
  });

  it('a parent chain that closes on itself is refused when asked for the top, not followed for ever', () => {
    make('m', {});
    make('n', { parentId: 'm' });
    store().db.pragma('foreign_keys = OFF');
    store().db.prepare("UPDATE practices SET parent_id = 'n' WHERE id = 'm'").run();
    const refused = api.call('analysis.pathway', { id: 'n', top: true });
    expect(refused.ok ? null : refused.error.message).toMatch(/circle \(P n → P m → P n\)/);
  });

  it('a link to a practice that no longer exists is left out and said', () => {
    make('r', {});
    make('c', { parentId: 'r' });
    setPathwayStructure(store().db, { links: [{ pathwayId: 'r', componentId: 'gone', source: null }], prerequisites: [], credentials: [] });
    const p = api.value('analysis.pathway', { id: 'r' });
    expect(p.nodes.map((n) => n.id)).toEqual(['r', 'c']);
    expect(p.problems).toEqual(['A shared-component link names “gone”, which is no practice of this dataset; the link is left out.']);
  });
});
