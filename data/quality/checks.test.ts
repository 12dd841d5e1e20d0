/**
 * Data-quality checks: each rule on a small store built by hand (what it finds and what it leaves
 * alone), switching a rule off with its reason (recorded, undoable), the filter, and the seed
 * dataset, where only the workload of the two Navarre specialisation courses and of the FPCAT-UPC
 * micro-credentials is reported among the practice rules.
 */
import { describe, expect, it } from 'vitest';
import { storeForFile, storePerTest } from '../../test/support/scratchStore.js';
import { openSeededStore } from '../seed/seed.js';

const { api } = storePerTest('checks');

const make = (id: string, fields: Record<string, unknown>) => api.value('practices.create', { id, fields: { name: `Practice ${id}`, country: 'Spain', ...fields } as never });
const findingsOf = (rule: string) => api.value('checks.run', {}).findings.filter((f) => f.rule === rule);

describe('the rules', () => {
  it('workload: 25-30 h per ECTS with a 20 % tolerance is fine, beyond it a warning, "650 h, 4 ECTS" an error', () => {
    make('ok', { hours: 750, ects: 30 });
    make('edge', { hours: 36, ects: 1 });
    make('low', { hours: 650, ects: 40 });
    make('typo', { hours: 650, ects: 4 });
    make('no-ects', { hours: 650 });
    const found = findingsOf('workload.ectsRatio');
    expect(found.map((f) => [f.practiceId, f.severity])).toEqual([
      ['typo', 'error'],
      ['low', 'warning'],
    ]);
    expect(found[0]?.message).toBe('650 hours for 4 ECTS is 162.5 hours per credit, against the 25-30 hours of the convention.');
  });

  it('duplicates: the same code whatever its case and spaces, or the same normalised name, country and provider', () => {
    make('a', { code: 'TMVG 02' });
    make('b', { code: 'tmvg02' });
    make('c', { code: 'TMVG03' });
    make('d', { name: 'Mantenimiento  de vehículos', provider: 'ANTRV' });
    make('e', { name: 'mantenimiento de VEHICULOS.', provider: 'antrv' });
    make('f', { name: 'Mantenimiento de vehículos', provider: 'ANTRV', country: 'Portugal' });
    expect(findingsOf('duplicate.code').map((f) => [f.practiceId, f.related.map((r) => r.id)])).toEqual([
      ['a', ['b']],
      ['b', ['a']],
    ]);
    expect(findingsOf('duplicate.nameCountryProvider').map((f) => f.practiceId).sort()).toEqual(['d', 'e']);
  });

  it('a component with more hours than its parent; unknown countries; values out of range', () => {
    make('parent', { hours: 30 });
    make('child', { hours: 40, parentId: 'parent' });
    make('fine-child', { hours: 30, parentId: 'parent' });
    make('atlantis', { country: 'Atlantis' });
    make('huge', { hours: 20000, ects: 800 });
    make('old', { releaseYear: 1950 });
    expect(findingsOf('component.hoursExceedParent').map((f) => [f.practiceId, f.related[0]?.id])).toEqual([['child', 'parent']]);
    expect(findingsOf('country.unknown').map((f) => f.practiceId)).toEqual(['atlantis']);
    expect(findingsOf('range.hours').map((f) => f.practiceId)).toEqual(['huge']);
    expect(findingsOf('range.ects').map((f) => f.practiceId)).toEqual(['huge']);
    expect(findingsOf('range.releaseYear').map((f) => f.practiceId)).toEqual(['old']);
  });

  it('a score without evidence', () => {
    make('p', {});
    const rater = api.value('raters.create', { name: 'Ana' });
    api.value('preferences.set', { currentRaterId: rater.id });
    api.value('scores.set', { practiceId: 'p', dimension: 'governance', raterId: rater.id, value: 3, evidence: '  ' } as never);
    api.value('scores.set', { practiceId: 'p', dimension: 'pedagogy', raterId: rater.id, value: 2, evidence: 'Table 3 lists the modules.' } as never);
    expect(findingsOf('score.evidenceMissing').map((f) => f.message)).toEqual(['Ana\'s Governance score has no evidence.']);
  });

  it('keeps the findings about the practices the filter selects', () => {
    make('es', { hours: 650, ects: 4 });
    make('fi', { hours: 650, ects: 4, country: 'Finland' });
    const report = api.value('checks.run', { filter: { countryGroup: ['Finland'] } });
    expect(report.practices).toBe(1);
    expect(report.findings.map((f) => f.practiceId)).toEqual(['fi']);
    expect(report.errors).toBe(1);
  });
});

describe('switching a rule off', () => {
  it('needs a reason, hides the rule’s findings, is recorded and undoable', () => {
    make('typo', { hours: 650, ects: 4 });
    const refused = api.call('checks.setRule', { rule: 'workload.ectsRatio', enabled: false });
    expect(refused.ok).toBe(false);
    const states = api.value('checks.setRule', { rule: 'workload.ectsRatio', enabled: false, reason: 'Hours are contact hours here' });
    expect(states.find((s) => s.id === 'workload.ectsRatio')).toMatchObject({ enabled: false, disabledReason: 'Hours are contact hours here' });
    const report = api.value('checks.run', {});
    expect(report.findings).toEqual([]);
    expect(report.rules.find((r) => r.id === 'workload.ectsRatio')?.enabled).toBe(false);
    expect(api.value('history.status', {}).undo?.label).toMatch(/Switched off the check/);
    api.value('history.undo', {});
    expect(findingsOf('workload.ectsRatio')).toHaveLength(1);
  });
});

describe('the seed dataset', () => {
  const seeded = storeForFile('seed.acmap', openSeededStore);
  it('reports the workloads the convention does not support, and no other practice finding', () => {
    const report = seeded.api.value('checks.run', {});
    const practiceFindings = report.findings.filter((f) => f.rule !== 'claim.doesNotHold');
    expect(new Set(practiceFindings.map((f) => f.rule))).toEqual(new Set(['workload.ectsRatio']));
    expect(practiceFindings.map((f) => f.practiceId).sort()).toEqual([
      'es-fpcat-upc-mc-advanced-electromobility',
      'es-fpcat-upc-mc-basic-electromobility',
      'es-fpcat-upc-mc-technology-future-trends',
      'es-spec-course-maintenance-hev',
      'es-spec-course-maintenance-safety-hev-systems',
    ]);
  });
});
