import { describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { createRater } from '../scoring/raters.js';
import { SEED_RATER_ID } from '../domain/domain.js';
import { LATEST_SCHEMA_VERSION } from '../store/migrations.js';

const { store, reopen, api } = storePerTest('api');

function createCatalogue() {
  const parent = api.value('practices.create', { id: 'es-catalogo', fields: { name: 'Catálogo de Especialidades Formativas', country: 'Spain', practiceType: 'national_cvet_module' } });
  const child = api.value('practices.create', {
    id: 'es-tmvg0040',
    fields: { name: 'Handling of Hybrid or Electric Vehicle Batteries', country: 'Spain', code: 'TMVG0040', parentId: 'es-catalogo', hours: 40, deliveryMode: 'hybrid', registeredProviders: 8, releaseYear: 2024 },
  });
  return { parent, child };
}

/** Runs a call that must be refused, and checks that the store did not change at all. */
function expectRefusal(operation: string, input: unknown, code: string) {
  const before = snapshot(store().db);
  const result = api.raw(operation, input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.message).not.toMatch(/\[object|undefined|SqliteError/);
  expect(snapshot(store().db)).toEqual(before);
  return result.error;
}

describe('practices', () => {
  it('are created with defaults, read back with narratives, sources, parent and components', () => {
    const { parent, child } = createCatalogue();
    expect(parent.practice).toMatchObject({ id: 'es-catalogo', countryGroup: 'Spain', caseStudy: false, technologyDomains: [], hours: null });
    expect(child.parent).toEqual({ id: 'es-catalogo', name: 'Catálogo de Especialidades Formativas', code: null });
    expect(api.value('practices.get', { id: 'es-catalogo' }).children).toEqual([
      { id: 'es-tmvg0040', name: 'Handling of Hybrid or Electric Vehicle Batteries', code: 'TMVG0040' },
    ]);
    const withText = api.value('practices.create', {
      fields: {
        name: 'SFS 6002',
        country: 'Finland',
        technologyDomains: ['ev_safety', 'ev_safety'],
        narratives: { governance: 'National standard', assessment: '' },
        sources: [{ document: '000_a9eeb1283eec39d1.txt', section: 'Practice 5' }],
      },
    });
    expect(withText.practice.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(withText.practice.technologyDomains).toEqual(['ev_safety']);
    expect(withText.practice.narratives).toEqual({ governance: 'National standard' });
    expect(withText.practice.sources).toEqual([{ document: '000_a9eeb1283eec39d1.txt', section: 'Practice 5' }]);
  });

  it('are updated field by field: fields not given stay as they were', () => {
    createCatalogue();
    const updated = api.value('practices.update', { id: 'es-tmvg0040', fields: { hours: 45.5, notes: 'Checked' } });
    expect(updated.practice).toMatchObject({ hours: 45.5, notes: 'Checked', code: 'TMVG0040', registeredProviders: 8, parentId: 'es-catalogo', deliveryMode: 'hybrid' });
    const cleared = api.value('practices.update', { id: 'es-tmvg0040', fields: { notes: '   ' } });
    expect(cleared.practice.notes).toBeNull();
  });

  it('refuse invalid fields with a message per field and change nothing', () => {
    createCatalogue();
    const missing = expectRefusal('practices.create', { fields: { country: 'Spain' } }, 'invalid_input');
    expect(missing.fields?.['fields.name']).toBe('A practice needs a name');
    const wrong = expectRefusal('practices.update', { id: 'es-tmvg0040', fields: { hours: 'forty', eqfLevel: 9, deliveryMode: 'by post' } }, 'invalid_input');
    expect(wrong.fields).toMatchObject({
      'fields.hours': 'Hours must be a number',
      'fields.eqfLevel': 'EQF level must be at most 8',
      'fields.deliveryMode': 'Choose in person, hybrid or online',
    });
    expectRefusal('practices.update', { id: 'es-tmvg0040', fields: { colour: 'blue' } }, 'invalid_input');
    expectRefusal('practices.update', { id: 'nope', fields: { hours: 1 } }, 'not_found');
    expectRefusal('practices.create', { id: 'es-catalogo', fields: { name: 'Again', country: 'Spain' } }, 'conflict');
    expectRefusal('practices.create', { fields: { name: 'Orphan', country: 'Spain', parentId: 'missing' } }, 'invalid_input');
  });

  it('cannot be put inside themselves or their own components', () => {
    createCatalogue();
    expect(expectRefusal('practices.update', { id: 'es-catalogo', fields: { parentId: 'es-tmvg0040' } }, 'invalid_input').fields).toHaveProperty('fields.parentId');
    expectRefusal('practices.update', { id: 'es-catalogo', fields: { parentId: 'es-catalogo' } }, 'invalid_input');
  });

  it('are deleted with their scores, but not while they contain components', () => {
    createCatalogue();
    const error = expectRefusal('practices.delete', { id: 'es-catalogo' }, 'conflict');
    expect(error.message).toMatch(/contains 1 component .*Handling of Hybrid/);
    const rater = api.value('raters.create', { name: 'Ana' });
    api.value('scores.set', { practiceId: 'es-tmvg0040', dimension: 'assessment', raterId: rater.id, value: 2 });
    expect(api.value('practices.delete', { id: 'es-tmvg0040' })).toEqual({ id: 'es-tmvg0040' });
    expect(store().db.prepare('SELECT count(*) AS n FROM scores').get()).toEqual({ n: 0 });
    expect(api.value('practices.delete', { id: 'es-catalogo' })).toEqual({ id: 'es-catalogo' });
    expectRefusal('practices.get', { id: 'es-catalogo' }, 'not_found');
  });
});

describe('scores', () => {
  it('are set per rater and dimension under the current rubric version, kept apart from other raters', () => {
    createCatalogue();
    const ana = api.value('raters.create', { name: 'Ana', team: 'Spain' });
    const mikko = api.value('raters.create', { name: 'Mikko' });
    const first = api.value('scores.set', { practiceId: 'es-tmvg0040', dimension: 'governance', raterId: ana.id, value: 3, evidence: 'Catalogue speciality', confidence: 'high' });
    expect(first).toMatchObject({ value: 3, evidence: 'Catalogue speciality', confidence: 'high', rubricVersion: 1 });
    api.value('scores.set', { practiceId: 'es-tmvg0040', dimension: 'governance', raterId: mikko.id, value: 0 });
    const changed = api.value('scores.set', { practiceId: 'es-tmvg0040', dimension: 'governance', raterId: ana.id, value: null, evidence: 'Unsure now' });
    expect(changed).toMatchObject({ value: null, evidence: 'Unsure now', createdAt: first.createdAt });
    const scores = api.value('practices.get', { id: 'es-tmvg0040' }).scores;
    expect(scores.map((s) => [s.raterId, s.value])).toEqual(
      [
        [ana.id, null],
        [mikko.id, 0],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(api.value('scores.clear', { practiceId: 'es-tmvg0040', dimension: 'governance', raterId: mikko.id })).toEqual({ cleared: true });
    expect(api.value('scores.clear', { practiceId: 'es-tmvg0040', dimension: 'governance', raterId: mikko.id })).toEqual({ cleared: false });
  });

  it('refuse values outside 0-4, unknown dimensions, raters and practices, changing nothing', () => {
    createCatalogue();
    const ana = api.value('raters.create', { name: 'Ana' });
    const key = { practiceId: 'es-tmvg0040', dimension: 'assessment', raterId: ana.id };
    expect(expectRefusal('scores.set', { ...key, value: 5 }, 'invalid_input').fields?.value).toBe('A score is a whole number from 0 to 4');
    expectRefusal('scores.set', { ...key, value: 2.5 }, 'invalid_input');
    expectRefusal('scores.set', { ...key, value: '3' }, 'invalid_input');
    expectRefusal('scores.set', { ...key, dimension: 'marketing', value: 1 }, 'invalid_input');
    expectRefusal('scores.set', { ...key, raterId: 'ghost', value: 1 }, 'not_found');
    expectRefusal('scores.set', { ...key, practiceId: 'ghost', value: 1 }, 'not_found');
    expectRefusal('scores.set', { ...key, value: 1, confidence: 'certain' }, 'invalid_input');
  });
});

describe('the dispatcher', () => {
  it('refuses unknown operations and non-object input', () => {
    expectRefusal('practices.drop', {}, 'unknown_operation');
    expectRefusal('__proto__', {}, 'unknown_operation');
    // IPC can deliver any value as the name, even one whose toString cannot be called.
    expect(api.raw({ toString: 'x' } as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expectRefusal('practices.list', [1, 2], 'invalid_input');
    expectRefusal('practices.list', { limit: 100000 }, 'invalid_input');
    expectRefusal('practices.list', { sort: [{ field: 'p.name; DROP TABLE practices' }] }, 'invalid_input');
  });

  it('refuses every write on a read-only store and still answers reads', () => {
    createCatalogue();
    reopen({ readOnly: true });
    expectRefusal('practices.update', { id: 'es-tmvg0040', fields: { hours: 1 } }, 'read_only');
    expectRefusal('raters.create', { name: 'Ana' }, 'read_only');
    expect(api.value('app.info', {})).toMatchObject({ readOnly: true, practiceCount: 2, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(api.value('practices.list', {}).total).toBe(2);
  });

  it('serves dimensions, the rubric, raters and preferences', () => {
    expect(api.value('dimensions.list', {}).map((d) => d.id)).toEqual(['governance', 'pedagogy', 'assessment', 'quality_assurance', 'financial_sustainability']);
    const rubric = api.value('rubric.get', {});
    expect(rubric.version).toBe(1);
    expect(rubric.descriptors.assessment[0]).toBe('None, or attendance only');
    expect(rubric.descriptors.assessment[3]).toBe('Supervised practical competence demonstration against performance criteria');
    expectRefusal('rubric.get', { version: 7 }, 'not_found');
    const ana = api.value('raters.create', { name: '  Ana  ', team: '' });
    expect(ana).toMatchObject({ name: 'Ana', team: null, seed: false });
    expect(api.value('preferences.get', {})).toEqual({ currentRaterId: null, hiddenColumns: null, blindMode: false });
    expect(api.value('preferences.set', { currentRaterId: ana.id })).toEqual({ currentRaterId: ana.id, hiddenColumns: null, blindMode: false });
    expect(api.value('preferences.set', { hiddenColumns: ['provider'] })).toEqual({ currentRaterId: ana.id, hiddenColumns: ['provider'], blindMode: false });
    expect(api.value('preferences.set', { hiddenColumns: [], blindMode: true })).toEqual({ currentRaterId: ana.id, hiddenColumns: [], blindMode: true });
    expectRefusal('preferences.set', { currentRaterId: 'ghost' }, 'not_found');
    createRater(store().db, { id: SEED_RATER_ID, name: 'Seed reading of the rubric', team: null });
    expect(api.value('raters.list', {}).map((r) => [r.name, r.seed])).toEqual([
      ['Ana', false],
      ['Seed reading of the rubric', true],
    ]);
    expectRefusal('preferences.set', { currentRaterId: SEED_RATER_ID }, 'invalid_input');
  });

  it('ignores settings a foreign or damaged dataset stored in the wrong shape, using the defaults', () => {
    store().db.prepare("INSERT INTO settings (key, value) VALUES ('preferences', '{\"hiddenColumns\": 5}'), ('coverageTargets', '{\"Spain\": \"sixty\"}')").run();
    expect(api.value('preferences.get', {})).toEqual({ currentRaterId: null, hiddenColumns: null, blindMode: false });
    expect(api.value('analysis.coverage', {}).countries[0]).toMatchObject({ group: 'Spain', target: 60 });
  });
});
