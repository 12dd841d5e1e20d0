/**
 * EU information elements, selection criteria and the shortlist: the operations that set them
 * (validation, history), the table's filter and sort on them, the counts of the EU elements view
 * (checked by hand on a small store), and the exports.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { client } from '../../test/support/apiClient.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { openStore } from '../store/store.js';
import { MANDATORY_ELEMENT_IDS, EU_ELEMENT_IDS } from '../domain/euElements.js';
import { MIGRATIONS, migrate } from '../store/migrations.js';
import { registerSearchFunctions } from '../store/search.js';
import { checklistStateSchema } from './checklist.js';
import { TRACKED } from '../history/entities.js';

const { tmp, store, api } = storePerTest('eu');

const allMandatory = (status: 'yes' | 'partly') => MANDATORY_ELEMENT_IDS.map((element) => ({ element, status }));

beforeEach(() => {
  // Spain: a, b (university MC); Finland: c (VET unit), d (no type); Ireland: e (university MC).
  const make = (id: string, country: string, practiceType: 'university_mc' | 'vet_unit' | null) =>
    api.value('practices.create', { id, fields: { name: `Practice ${id}`, country, practiceType } });
  make('a', 'Spain', 'university_mc');
  make('b', 'Spain', 'university_mc');
  make('c', 'Finland', 'vet_unit');
  make('d', 'Finland', null);
  make('e', 'Ireland', 'university_mc');
});

describe('practices.setElements', () => {
  it('starts every element unknown, sets some with notes, and leaves the others', () => {
    const fresh = api.value('practices.get', { id: 'a' });
    expect(fresh.elements).toHaveLength(16);
    expect(fresh.elements.every((e) => e.status === 'unknown' && e.note === null)).toBe(true);
    expect(fresh.criteria.occupational_relevance).toBe(false);

    const detail = api.value('practices.setElements', { id: 'a', elements: [{ element: 'title', status: 'yes', note: 'On the certificate' }, { element: 'grade', status: 'no' }] });
    expect(detail.elements.map((e) => e.element)).toEqual([...EU_ELEMENT_IDS]);
    expect(detail.elements.find((e) => e.element === 'title')).toEqual({ element: 'title', status: 'yes', note: 'On the certificate' });
    expect(detail.elements.find((e) => e.element === 'grade')).toEqual({ element: 'grade', status: 'no', note: null });
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'grade', status: 'partly', note: '  ' }] });
    const again = api.value('practices.get', { id: 'a' });
    expect(again.elements.find((e) => e.element === 'title')?.status).toBe('yes');
    expect(again.elements.find((e) => e.element === 'grade')).toEqual({ element: 'grade', status: 'partly', note: null });
    // Back to unknown without a note: no row left, the same state as never judged.
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'grade', status: 'unknown' }, { element: 'title', status: 'unknown' }] });
    expect(store().db.prepare('SELECT count(*) AS n FROM lens_answers').get()).toEqual({ n: 0 });
  });

  it('refuses unknown elements, statuses, duplicates and practices, changing nothing', () => {
    for (const [input, code] of [
      [{ id: 'a', elements: [{ element: 'colour', status: 'yes' }] }, 'invalid_input'],
      [{ id: 'a', elements: [{ element: 'title', status: 'maybe' }] }, 'invalid_input'],
      [{ id: 'a', elements: [{ element: 'title', status: 'yes' }, { element: 'title', status: 'no' }] }, 'invalid_input'],
      [{ id: 'a', elements: [] }, 'invalid_input'],
      [{ id: 'a', elements: [{ element: 'title', status: 'yes', note: 'x'.repeat(2001) }] }, 'invalid_input'],
      [{ id: 'nobody', elements: [{ element: 'title', status: 'yes' }] }, 'not_found'],
      [{ id: 'a', criteria: { occupational_relevance: true } }, 'invalid_input'],
    ] as const) {
      const before = snapshot(store().db);
      const result = api.raw('practices.setElements', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
      expect(snapshot(store().db)).toEqual(before);
    }
  });

  it('is one undoable step, and saving the same again records nothing', () => {
    const before = snapshot(store().db).lens_answers;
    const updatedAt = api.value('practices.get', { id: 'a' }).practice.updatedAt;
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'title', status: 'yes', note: 'Printed' }, { element: 'level', status: 'partly' }] });
    const changes = api.value('history.status', {}).undo;
    expect(changes?.label).toBe('Set EU information elements of “Practice a”');
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'title', status: 'yes', note: 'Printed' }] });
    expect(api.value('history.status', {}).undo?.id).toBe(changes?.id);

    api.value('history.undo', {});
    expect(snapshot(store().db).lens_answers).toEqual(before);
    expect(api.value('practices.get', { id: 'a' }).practice.updatedAt).toBe(updatedAt);
    api.value('history.redo', {});
    expect(api.value('practices.get', { id: 'a' }).elements.find((e) => e.element === 'title')).toEqual({ element: 'title', status: 'yes', note: 'Printed' });
  });

  it('undo of a practice deletion brings its elements and criteria back', () => {
    api.value('practices.setElements', { id: 'b', elements: [{ element: 'title', status: 'yes' }] });
    api.value('practices.setCriteria', { id: 'b', criteria: { assessment_evidence: true } });
    api.value('practices.delete', { id: 'b' });
    expect(store().db.prepare("SELECT count(*) AS n FROM lens_answers WHERE practice_id = 'b'").get()).toEqual({ n: 0 });
    api.value('history.undo', {});
    const back = api.value('practices.get', { id: 'b' });
    expect(back.elements.find((e) => e.element === 'title')?.status).toBe('yes');
    expect(back.criteria.assessment_evidence).toBe(true);
  });
});

describe('selection criteria and the shortlist', () => {
  it('ticks and unticks criteria, undoably; the shortlist is a practice field', () => {
    const detail = api.value('practices.setCriteria', { id: 'c', criteria: { occupational_relevance: true, quality_assurance: true } });
    expect(Object.values(detail.criteria).filter(Boolean)).toHaveLength(2);
    expect(api.value('history.status', {}).undo?.label).toBe('Set selection criteria of “Practice c”');
    api.value('practices.setCriteria', { id: 'c', criteria: { quality_assurance: false } });
    expect(api.value('practices.get', { id: 'c' }).criteria).toMatchObject({ occupational_relevance: true, quality_assurance: false });
    api.value('history.undo', {});
    expect(api.value('practices.get', { id: 'c' }).criteria.quality_assurance).toBe(true);
    expect(api.raw('practices.setCriteria', { id: 'c', criteria: {} }).ok).toBe(false);
    expect(api.raw('practices.setCriteria', { id: 'c', criteria: { relevance: true } }).ok).toBe(false);

    expect(api.value('practices.update', { id: 'c', fields: { shortlisted: true } }).practice.shortlisted).toBe(true);
    expect(api.value('practices.get', { id: 'd' }).practice.shortlisted).toBe(false);
  });

  it('the table filters and sorts on the shortlist, each criterion and the number met', () => {
    api.value('practices.update', { id: 'b', fields: { shortlisted: true } });
    api.value('practices.update', { id: 'e', fields: { shortlisted: true } });
    api.value('practices.setCriteria', { id: 'a', criteria: { occupational_relevance: true } });
    api.value('practices.setCriteria', { id: 'e', criteria: { occupational_relevance: true, provider_credibility: true, quality_assurance: true } });
    const ids = (filter: object, sort?: { field: 'shortlisted' | 'criteriaMet' | 'name'; desc: boolean }[]) =>
      api.value('practices.list', { filter, ...(sort ? { sort } : {}) }).rows.map((r) => r.id);

    expect(ids({ shortlisted: true })).toEqual(['b', 'e']);
    expect(ids({ shortlisted: false })).toEqual(['a', 'c', 'd']);
    expect(ids({ criteria: ['occupational_relevance'] })).toEqual(['a', 'e']);
    expect(ids({ criteria: ['occupational_relevance', 'quality_assurance'] })).toEqual(['e']);
    expect(ids({ numbers: { criteriaMet: { min: 1 } } })).toEqual(['a', 'e']);
    expect(ids({ numbers: { criteriaMet: { max: 0 } } })).toEqual(['b', 'c', 'd']);
    expect(ids({}, [{ field: 'criteriaMet', desc: true }])).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(ids({}, [{ field: 'shortlisted', desc: true }, { field: 'name', desc: true }])).toEqual(['e', 'b', 'd', 'c', 'a']);
    const rows = api.value('practices.list', { filter: { text: { name: 'Practice e' } } }).rows;
    expect(rows[0]).toMatchObject({ id: 'e', shortlisted: true, criteriaMet: 3 });
    expect(api.value('practices.facets', {}).criteria).toEqual([
      { value: 'occupational_relevance', count: 2 },
      { value: 'provider_credibility', count: 1 },
      { value: 'quality_assurance', count: 1 },
    ]);
    expect(api.raw('practices.list', { filter: { criteria: ['nonsense'] } }).ok).toBe(false);
  });
});

describe('analysis.euElements', () => {
  it('counts the practices documenting every mandatory element, by country group and type, and ranks the missing elements', () => {
    // a: all eleven yes (meets the definition). b: all yes but one partly. e: all yes but one "no".
    api.value('practices.setElements', { id: 'a', elements: allMandatory('yes') });
    api.value('practices.setElements', { id: 'b', elements: [...allMandatory('yes').slice(1), { element: 'learner_identification', status: 'partly' }] });
    api.value('practices.setElements', { id: 'e', elements: [...allMandatory('yes').filter((e) => e.element !== 'quality_assurance'), { element: 'quality_assurance', status: 'no' }] });
    // c: a few; optional elements never count towards the definition.
    api.value('practices.setElements', { id: 'c', elements: [{ element: 'title', status: 'yes' }, { element: 'grade', status: 'yes' }] });

    const summary = api.value('analysis.euElements', {});
    expect(summary.practices).toBe(5);
    expect(summary.allMandatory).toBe(1);
    expect(summary.allMandatoryAtLeastPartly).toBe(2);
    expect(summary.byCountryGroup).toEqual([
      { value: 'Spain', label: 'Spain', practices: 2, allMandatory: 1, allMandatoryAtLeastPartly: 2 },
      { value: 'Finland', label: 'Finland', practices: 2, allMandatory: 0, allMandatoryAtLeastPartly: 0 },
      { value: 'International', label: 'International', practices: 1, allMandatory: 0, allMandatoryAtLeastPartly: 0 },
    ]);
    expect(summary.byPracticeType).toEqual([
      { value: 'university_mc', label: 'University micro-credential', practices: 3, allMandatory: 1, allMandatoryAtLeastPartly: 2 },
      { value: 'vet_unit', label: 'VET unit', practices: 1, allMandatory: 0, allMandatoryAtLeastPartly: 0 },
      { value: null, label: '(not recorded)', practices: 1, allMandatory: 0, allMandatoryAtLeastPartly: 0 },
    ]);
    const byElement = new Map(summary.elements.map((e) => [e.element, e]));
    // Optional elements: nobody but c said anything, so 5 (or 4) missing: they rank first.
    expect(summary.elements.slice(0, 4).map((e) => e.element)).toEqual(['prerequisites', 'supervision_identity', 'integration_stackability', 'further_information']);
    expect(byElement.get('grade')).toMatchObject({ mandatory: false, yes: 1, partly: 0, no: 0, unknown: 4, missing: 4 });
    expect(byElement.get('quality_assurance')).toMatchObject({ mandatory: true, yes: 2, partly: 0, no: 1, unknown: 2, missing: 3 });
    expect(byElement.get('learner_identification')).toMatchObject({ yes: 2, partly: 1, no: 0, unknown: 2, missing: 2 });
    expect(byElement.get('title')).toMatchObject({ yes: 4, unknown: 1, missing: 1 });
    // Sorted by missing, then partly: among the mandatory ones quality assurance (3 missing) comes first.
    const mandatoryOrder = summary.elements.filter((e) => e.mandatory).map((e) => e.element);
    expect(mandatoryOrder[0]).toBe('quality_assurance');
    expect(mandatoryOrder.at(-1)).toBe('title');
    for (let i = 1; i < summary.elements.length; i++) expect(summary.elements[i - 1]!.missing).toBeGreaterThanOrEqual(summary.elements[i]!.missing);

    // The shared filter applies.
    const spain = api.value('analysis.euElements', { filter: { countryGroup: ['Spain'] } });
    expect([spain.practices, spain.allMandatory, spain.allMandatoryAtLeastPartly]).toEqual([2, 1, 2]);
    expect(api.raw('analysis.euElements', { filter: { colour: 'red' } }).ok).toBe(false);
  });

  it('exports the view, and the comparison and practice exports carry the elements and criteria', () => {
    api.value('practices.setElements', { id: 'a', elements: allMandatory('yes') });
    api.value('practices.setCriteria', { id: 'a', criteria: { occupational_relevance: true, assessment_evidence: true } });
    api.value('practices.update', { id: 'a', fields: { shortlisted: true } });
    const view = api.value('analysis.export', { view: 'euElements', input: {}, format: 'md' }).content;
    expect(view).toContain('| Practices documenting all mandatory elements | All filtered practices | 5 | 1 | 1 |');
    expect(view).toContain('| Mandatory element | Type of quality assurance | 5 |');

    const compare = JSON.parse(
      api.value('analysis.export', { view: 'compare', input: { filter: { text: { name: 'Practice a' } } }, cells: 'score', dimensions: ['governance'], extras: ['euMandatory', 'eu.title', 'eu.grade', 'criteriaMet', 'criterion.assessment_evidence', 'shortlisted'], format: 'json' }).content,
    ) as { rows: { elements: object; criteria: string[]; shortlisted: boolean }[] };
    expect(compare.rows[0]).toMatchObject({ criteria: ['assessment_evidence', 'occupational_relevance'], shortlisted: true });
    const csv = api.value('analysis.export', { view: 'compare', input: { filter: { text: { name: 'Practice a' } } }, cells: 'score', dimensions: ['governance'], extras: ['euMandatory', 'eu.title', 'eu.grade', 'criteriaMet', 'criterion.assessment_evidence', 'shortlisted'], format: 'csv' }).content;
    expect(csv.split('\r\n')[0]).toBe('Practice,Country,Governance score,All mandatory EU elements,EU: Title,EU: Grade,Selection criteria met,Criterion: Assessment evidence,Case-study shortlist');
    expect(csv.split('\r\n')[1]).toBe('Practice a,Spain,,Yes,Yes,Unknown,2,Yes,Yes');
    expect(api.raw('analysis.export', { view: 'compare', input: {}, extras: ['eu.colour'], format: 'csv' }).ok).toBe(false);

    const practices = api.value('analysis.export', { view: 'practices', input: { filter: { text: { name: 'Practice a' } } }, format: 'json' }).content;
    expect(JSON.parse(practices)).toEqual([
      expect.objectContaining({
        'Case-study shortlist': 'yes',
        'EU: Title': 'Yes',
        'EU note: Title': null,
        'EU: Grade': 'Unknown',
        'Criterion: Occupational relevance': 'yes',
        'Criterion: Quality assurance': 'no',
      }),
    ]);
  });
});

describe('checklistStateSchema', () => {
  it('accepts the history states this app writes and refuses unknown ids', () => {
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'title', status: 'yes', note: 'x' }] });
    api.value('practices.setCriteria', { id: 'a', criteria: { quality_assurance: true } });
    const state = TRACKED.practice.read(store().db, { id: 'a' });
    expect(checklistStateSchema.safeParse(state).success).toBe(true);
    const answer = { lens_id: 'eu_elements', item_id: 'title', status: 'yes', note: null, sources: null };
    expect(checklistStateSchema.safeParse({ answers: [answer] }).success).toBe(true);
    expect(checklistStateSchema.safeParse({ answers: [{ ...answer, item_id: 'colour' }] }).success).toBe(false);
    expect(checklistStateSchema.safeParse({ answers: [{ ...answer, lens_id: 'selection_criteria', status: 'met' }] }).success).toBe(false);
    expect(checklistStateSchema.safeParse({ answers: [{ ...answer, lens_id: 'Not an id' }] }).success).toBe(false);
  });
});

describe('migration 0005', () => {
  it('upgrades a version-4 store so that changes recorded before it can still be undone', () => {
    const path = tmp.file('eu-old.acmap');
    const old = new Database(path);
    registerSearchFunctions(old);
    old.pragma(`application_id = ${store().db.pragma('application_id', { simple: true }) as number}`);
    migrate(old, MIGRATIONS.filter((m) => m.version <= 4));
    old.close();
    // Create and edit a practice on the old schema through a version-4 copy of the record shape.
    const v4 = openStoreAtVersion4(path);
    v4.close();
    const upgraded = openStore(path);
    try {
      const c = client(upgraded);
      expect(c.value('app.info', {}).schemaVersion).toBe(MIGRATIONS.length);
      expect(c.value('history.undo', {}).label).toBe('Edited “Old”');
      expect(c.value('practices.get', { id: 'old' }).practice).toMatchObject({ hours: 8, shortlisted: false });
    } finally {
      upgraded.close();
    }
  });
});

/** Writes, on a version-4 store, a practice and one recorded edit in the shape version 4 recorded them. */
function openStoreAtVersion4(path: string) {
  const db = new Database(path);
  const now = '2025-01-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO practices (id, name, country, hours, technology_domains, search_text, sort_name, created_at, updated_at) VALUES ('old', 'Old', 'Spain', 16, '[]', 'old', 'old', ?, ?)`,
  ).run(now, now);
  const row = db.prepare("SELECT * FROM practices WHERE id = 'old'").get() as Record<string, unknown>;
  const state = (hours: number) => JSON.stringify({ row: { ...row, hours }, narratives: [], sources: [] });
  const set = db.prepare("INSERT INTO change_sets (uid, operation, label, created_at) VALUES ('u1', 'practices.update', 'Edited “Old”', ?)").run(now).lastInsertRowid;
  db.prepare("INSERT INTO changes (change_set_id, seq, entity, entity_key, before, after) VALUES (?, 1, 'practice', '{\"id\":\"old\"}', ?, ?)").run(set, state(8), state(16));
  return db;
}
