import { beforeEach, describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/support/scratchStore.js';

const { api } = storePerTest('rubric');
let ana = '';

const ASSESSMENT = ['No assessment', 'Attendance only', 'Written test', 'Observed practical task against criteria', 'Moderated, standardised rubrics'] as [
  string,
  string,
  string,
  string,
  string,
];

beforeEach(() => {
  ana = api.value('raters.create', { name: 'Ana' }).id;
  api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
});

describe('editing the rubric', () => {
  it('makes a new version with the edited descriptors and the others copied; scores keep the version they were given under', () => {
    const v1 = api.value('rubric.get', {});
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ana, value: 2, evidence: null });
    const v2 = api.value('rubric.update', { label: 'Assessment levels made observable', descriptors: { assessment: ASSESSMENT } });
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.descriptors.assessment).toEqual(ASSESSMENT);
    expect(v2.descriptors.governance).toEqual(v1.descriptors.governance);
    expect(api.value('rubric.get', {}).version).toBe(v2.version);
    expect(api.value('rubric.get', { version: v1.version }).descriptors.assessment).toEqual(v1.descriptors.assessment);

    api.value('scores.set', { practiceId: 'sfs', dimension: 'assessment', raterId: ana, value: 3, evidence: null });
    const scores = api.value('practices.get', { id: 'sfs' }).scores;
    expect(scores.map((s) => [s.dimension, s.rubricVersion]).sort()).toEqual([
      ['assessment', v2.version],
      ['governance', v1.version],
    ]);
    expect(api.value('rubric.versions', {}).map((v) => [v.version, v.label, v.scores])).toEqual([
      [v2.version, 'Assessment levels made observable', 1],
      [v1.version, v1.label, 1],
    ]);
  });

  it('is recorded in the history and undone like any edit', () => {
    api.value('rubric.update', { label: 'Clearer assessment', descriptors: { assessment: ASSESSMENT } });
    expect(api.value('history.status', {}).undo?.label).toBe('Made rubric version 2: Clearer assessment');
    api.value('history.undo', {});
    expect(api.value('rubric.get', {}).version).toBe(1);
    api.value('history.redo', {});
    expect(api.value('rubric.get', {}).descriptors.assessment).toEqual(ASSESSMENT);
  });

  it('refuses an edit that changes nothing, an empty descriptor or a missing label, and changes nothing', () => {
    const same = api.value('rubric.get', {}).descriptors.pedagogy;
    const results = [
      api.call('rubric.update', { label: 'No change', descriptors: { pedagogy: same } }),
      api.call('rubric.update', { label: 'Empty', descriptors: { pedagogy: ['a', 'b', ' ', 'd', 'e'] } }),
      api.call('rubric.update', { label: '', descriptors: { assessment: ASSESSMENT } }),
      api.call('rubric.update', { label: 'Four levels', descriptors: { assessment: ASSESSMENT.slice(0, 4) } } as never),
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['invalid_input', 'invalid_input', 'invalid_input', 'invalid_input']);
    expect(api.value('rubric.versions', {})).toHaveLength(1);
  });
});
