/**
 * Lenses (issue 15, item 1): the EU elements' and criteria's answers of a version-9 dataset survive
 * the move to lenses (test/fixtures/datasets/version-9-checklists.acmap, written by the code before
 * migration 0010), history included; the D3.2 lenses' view on the seed counts per country what this
 * test counts by hand; a user's lens is versioned, answered, undone, and meets the table's filter.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openSeededStore } from '../seed/seed.js';
import { openStore } from '../store/store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('migration 0010 on a version-9 dataset', () => {
  it('keeps every EU element and criterion answer, and undo of earlier changes still works', () => {
    const path = tmp.file('v9.acmap');
    copyFileSync(new URL('../../test/fixtures/datasets/version-9-checklists.acmap', import.meta.url), path);
    const store = openStore(path);
    try {
      const api = client(store);
      expect(store.migratedFrom?.version).toBe(9);
      const upc = api.value('practices.get', { id: 'upc' });
      expect(upc.elements.filter((e) => e.status !== 'unknown' || e.note !== null)).toEqual([
        { element: 'title', status: 'yes', note: 'On the certificate, “as printed”' },
        { element: 'notional_workload', status: 'partly', note: 'Hours, no ECTS' },
        { element: 'level', status: 'yes', note: null },
        { element: 'grade', status: 'no', note: null },
      ]);
      expect(Object.entries(upc.criteria).filter(([, met]) => met).map(([id]) => id)).toEqual(['occupational_relevance', 'quality_assurance']);
      const sfs = api.value('practices.get', { id: 'sfs' });
      expect(sfs.elements.find((e) => e.element === 'learner_identification')).toEqual({ element: 'learner_identification', status: 'unknown', note: 'Asked the provider' });
      expect(sfs.criteria.provider_credibility).toBe(true);
      // The same answers through the lens operations.
      const lenses = api.value('lenses.ofPractice', { id: 'upc' });
      expect(lenses.find((l) => l.lens.id === 'selection_criteria')?.answers.filter((a) => a.status === 'yes').map((a) => a.item)).toEqual(['occupational_relevance', 'quality_assurance']);
      // The last change set deleted a practice with answers: undo brings them back, from a state recorded before the move.
      expect(api.value('history.undo', {}).label).toMatch(/Deleted/);
      const back = api.value('practices.get', { id: 'gone' });
      expect(back.elements.find((e) => e.element === 'awarding_body')?.status).toBe('yes');
      expect(back.criteria.assessment_evidence).toBe(true);
      // And further back, through recorded states of the old shape.
      api.value('history.undo', {});
      api.value('history.undo', {});
      api.value('history.undo', {});
      const note = () => api.value('practices.get', { id: 'sfs' }).elements.find((e) => e.element === 'learner_identification')?.note;
      expect(note()).toBeNull();
      api.value('history.undo', {});
      expect(api.value('practices.get', { id: 'sfs' }).criteria.provider_credibility).toBe(false);
      api.value('history.redo', {});
      api.value('history.redo', {});
      expect(api.value('practices.get', { id: 'sfs' }).criteria.provider_credibility).toBe(true);
      expect(note()).toBe('Asked the provider');
    } finally {
      store.close();
    }
  });
});

describe('the D3.2 lenses on the seed', () => {
  it('count per country the practices meeting every item, as counted by hand', () => {
    const store = openSeededStore(tmp.file('seed-lens.acmap'));
    try {
      const api = client(store);
      const rows = api.value('practices.list', { limit: 5000 }).rows;
      const spain = rows.filter((r) => r.country === 'Spain').slice(0, 3);
      const portugal = rows.filter((r) => r.country === 'Portugal').slice(0, 2);
      expect(spain).toHaveLength(3);
      expect(portugal).toHaveLength(2);
      const all = (status: 'yes' | 'partly' | 'no') =>
        ['validated_assessment', 'published_descriptors', 'stackability_rules'].map((item) => ({ item, status }));
      // Conditionality: Spain 0 and 1 meet it, Spain 2 only partly; Portugal 0 meets it.
      api.value('lenses.setAnswers', { practiceId: spain[0]!.id, lens: 'pathway_conditionality', answers: all('yes') });
      api.value('lenses.setAnswers', { practiceId: spain[1]!.id, lens: 'pathway_conditionality', answers: all('yes') });
      api.value('lenses.setAnswers', { practiceId: spain[2]!.id, lens: 'pathway_conditionality', answers: [...all('yes').slice(0, 2), { item: 'stackability_rules', status: 'partly', note: 'Stated, not published' }] });
      api.value('lenses.setAnswers', { practiceId: portugal[0]!.id, lens: 'pathway_conditionality', answers: all('yes') });
      const view = api.value('analysis.lens', { lens: 'pathway_conditionality', groupBy: 'country' });
      const byCountry = Object.fromEntries(view.groups.map((g) => [g.label, g.meeting]));
      expect(byCountry.Spain).toBe(2);
      expect(byCountry.Portugal).toBe(1);
      expect(view.groups.find((g) => g.label === 'Spain')?.practices).toBe(rows.filter((r) => r.country === 'Spain').length);
      expect(view.meeting).toBe(3);
      expect(new Set(view.meetingIds)).toEqual(new Set([spain[0]!.id, spain[1]!.id, portugal[0]!.id]));
      // The item most often missing: stackability (one "partly" more than the others).
      expect(view.items[0]?.item).toBe('stackability_rules');
      expect(view.items[0]?.partly).toBe(1);
      // The table filtered by the lens shows the same practices; the filter narrows the view.
      const meets = api.value('practices.list', { filter: { lens: { id: 'pathway_conditionality' } }, limit: 5000 }).rows.map((r) => r.id);
      expect(new Set(meets)).toEqual(new Set(view.meetingIds));
      expect(api.value('analysis.lens', { lens: 'pathway_conditionality', filter: { country: ['Portugal'] } }).meeting).toBe(1);

      // QA package: six items; one Finnish-free case: Portugal 1 meets all six, Portugal 0 five of six.
      const qa = api.value('lenses.get', { id: 'qa_package' });
      expect(qa.items).toHaveLength(6);
      const six = qa.items.map((i) => ({ item: i.id, status: 'yes' as const }));
      api.value('lenses.setAnswers', { practiceId: portugal[1]!.id, lens: 'qa_package', answers: six });
      api.value('lenses.setAnswers', { practiceId: portugal[0]!.id, lens: 'qa_package', answers: [...six.slice(0, 5), { item: six[5]!.item, status: 'no' }] });
      const qaView = api.value('analysis.lens', { lens: 'qa_package', groupBy: 'country' });
      expect(Object.fromEntries(qaView.groups.map((g) => [g.label, g.meeting]))).toMatchObject({ Portugal: 1, Spain: 0 });
      expect(qaView.items[0]?.item).toBe(six[5]!.item);
      const csv = api.value('analysis.export', { view: 'lens', input: { lens: 'qa_package', groupBy: 'country' }, format: 'csv' }).content;
      expect(csv).toContain('Meeting all items');
      // A status off the lens's scale, or an item it does not have, is refused.
      expect(api.raw('lenses.setAnswers', { practiceId: spain[0]!.id, lens: 'selection_criteria', answers: [{ item: 'quality_assurance', status: 'partly' }] }).ok).toBe(false);
      expect(api.raw('lenses.setAnswers', { practiceId: spain[0]!.id, lens: 'qa_package', answers: [{ item: 'colour', status: 'yes' }] }).ok).toBe(false);
    } finally {
      store.close();
    }
  });
});

describe('a user-defined lens', () => {
  it('is versioned on every change, keeps its answers with its items, and undoes', () => {
    const store = openStore(tmp.file('user-lens.acmap'));
    try {
      const api = client(store);
      api.value('practices.create', { id: 'a', fields: { name: 'A', country: 'Spain' } });
      const lens = api.value('lenses.create', { name: 'Employer involvement', scale: 'yes_no', items: [{ text: 'Employers co-design outcomes' }, { text: 'Employers assess', required: false }] });
      expect(lens).toMatchObject({ version: 1, builtIn: false, items: [{ id: 'item_1' }, { id: 'item_2', required: false }] });
      api.value('lenses.setAnswers', { practiceId: 'a', lens: lens.id, answers: [{ item: 'item_1', status: 'yes', sources: 'Provider site' }] });
      expect(api.value('analysis.lens', { lens: lens.id }).meeting).toBe(1);
      const v2 = api.value('lenses.update', { id: lens.id, name: 'Employer involvement', scale: 'yes_no', items: [{ id: 'item_1', text: 'Employers co-design the outcomes' }, { text: 'Employers fund places' }] });
      expect(v2.version).toBe(2);
      expect(v2.items.map((i) => i.id)).toEqual(['item_1', 'item_3']);
      const answers = api.value('lenses.ofPractice', { id: 'a' }).find((l) => l.lens.id === lens.id)!;
      expect(answers.answers[0]).toMatchObject({ item: 'item_1', status: 'yes', sources: 'Provider site' });
      expect(answers.meets).toBe(false);
      expect(api.raw('lenses.update', { id: lens.id, name: 'Employer involvement', scale: 'yes_no', items: v2.items }).ok).toBe(false);
      expect(api.raw('lenses.update', { id: 'qa_package', name: 'Mine', items: [{ text: 'x' }] }).ok).toBe(false);
      api.value('history.undo', {});
      expect(api.value('lenses.get', { id: lens.id }).version).toBe(1);
      expect(api.value('lenses.list', {}).map((l) => l.id)).toEqual(['eu_elements', 'selection_criteria', 'qa_package', 'pathway_conditionality', lens.id]);
    } finally {
      store.close();
    }
  });
});

describe('the check "fields a lens needs that are empty"', () => {
  it('flags a yes or partly answer whose practice field is empty, and nothing else', () => {
    const store = openStore(tmp.file('lens-check.acmap'));
    try {
      const api = client(store);
      api.value('practices.create', { id: 'a', fields: { name: 'A', country: 'Spain', stackability: 'Stacks into the EV diploma' } });
      api.value('practices.create', { id: 'b', fields: { name: 'B', country: 'Spain' } });
      const conditionality = (id: string, status: 'yes' | 'partly' | 'no') =>
        api.value('lenses.setAnswers', { practiceId: id, lens: 'pathway_conditionality', answers: [{ item: 'stackability_rules', status }] });
      conditionality('a', 'yes');
      conditionality('b', 'partly');
      const flagged = () => api.value('checks.run', {}).findings.filter((f) => f.rule === 'lens.neededFieldEmpty');
      expect(flagged().map((f) => [f.practiceId, f.severity, f.message])).toEqual([
        ['b', 'warning', 'Pathway conditionality: “clear stackability rules” is answered partly, but Stackability is empty.'],
      ]);
      conditionality('b', 'no');
      expect(flagged()).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('a user-defined lens in a partner’s dataset file', () => {
  it('comes in with its answers through a merge, and the merge undoes', () => {
    const theirsPath = tmp.file('partner-lens.acmap');
    const partner = openStore(theirsPath);
    const lensId = (() => {
      const api = client(partner);
      api.value('practices.create', { id: 'p', fields: { name: 'Partner practice', country: 'Finland', stackability: 'Units stack' } });
      const lens = api.value('lenses.create', { name: 'Partner lens', items: [{ text: 'Has a named QA owner', fields: ['qaType'] }] });
      api.value('lenses.update', { id: lens.id, name: 'Partner lens', scale: 'yes_partly_no', items: [{ id: 'item_1', text: 'Has a named QA owner' }] });
      api.value('lenses.setAnswers', { practiceId: 'p', lens: lens.id, answers: [{ item: 'item_1', status: 'partly', note: 'Named on the site' }] });
      return lens.id;
    })();
    partner.close();
    const ours = openStore(tmp.file('ours-lens.acmap'));
    try {
      const api = client(ours);
      const file = { name: 'partner-lens.acmap', contentBase64: readFileSync(theirsPath).toString('base64') };
      expect(api.value('merge.check', { file }).conflicts).toEqual([]);
      api.value('merge.run', { file });
      expect(api.value('lenses.get', { id: lensId })).toMatchObject({ version: 2, name: 'Partner lens', items: [{ id: 'item_1', text: 'Has a named QA owner', fields: [] }] });
      expect(api.value('lenses.versions', { id: lensId }).map((v) => v.version)).toEqual([2, 1]);
      const answered = api.value('lenses.ofPractice', { id: 'p' }).find((l) => l.lens.id === lensId)!;
      expect(answered.answers).toEqual([{ item: 'item_1', status: 'partly', note: 'Named on the site', sources: null }]);
      api.value('history.undo', {});
      expect(api.raw('lenses.get', { id: lensId }).ok).toBe(false);
    } finally {
      ours.close();
    }
  });
});
