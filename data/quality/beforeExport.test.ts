/**
 * The checks before an export (issue 15, item 2): the errors about the practices an export shows
 * (and a report pack's claims), the warnings counted; what the export leaves out is not reported.
 */
import { describe, expect, it } from 'vitest';
import { storeForFile, storePerTest } from '../../test/support/scratchStore.js';
import { openSeededStore } from '../seed/seed.js';

describe('on a small dataset', () => {
  const { api } = storePerTest('before-export');
  const make = (id: string, fields: Record<string, unknown>) => api.value('practices.create', { id, fields: { name: `Practice ${id}`, country: 'Spain', ...fields } as never });

  it('reports the errors about the exported practices only, and counts their warnings', () => {
    make('es-typo', { hours: 650, ects: 4 });
    make('fi-typo', { hours: 650, ects: 4, country: 'Finland' });
    make('fi-low', { hours: 650, ects: 40, country: 'Finland' });
    const finland = api.value('checks.beforeExport', { view: 'practices', input: { filter: { countryGroup: ['Finland'] } }, format: 'csv' });
    expect(finland.practices).toBe(2);
    expect(finland.errors.map((f) => [f.rule, f.practiceId])).toEqual([['workload.ectsRatio', 'fi-typo']]);
    expect(finland.warnings).toBe(1);
    const picked = api.value('checks.beforeExport', { view: 'compare', input: { ids: ['fi-low'] }, format: 'md' });
    expect(picked).toEqual({ errors: [], warnings: 1, practices: 1 });
  });

  it('a switched-off rule is not reported before an export either', () => {
    make('typo', { hours: 650, ects: 4 });
    api.value('checks.setRule', { rule: 'workload.ectsRatio', enabled: false, reason: 'contact hours' });
    expect(api.value('checks.beforeExport', { view: 'scores', input: {}, format: 'csv' }).errors).toEqual([]);
  });
});

describe('on the seed', () => {
  const { api } = storeForFile('seed.acmap', openSeededStore);

  it('a table of practices has no error (the workloads are warnings); a report pack has the printed figures the data does not support', () => {
    const table = api.value('checks.beforeExport', { view: 'practices', input: {}, format: 'xlsx' });
    expect(table.errors).toEqual([]);
    // Every practice is exported, so every warning the checks view lists (the workloads among them) is counted.
    expect(table.warnings).toBe(api.value('checks.run', {}).warnings);
    expect(table.warnings).toBeGreaterThanOrEqual(5);
    const pack = api.value('checks.beforeExport', { view: 'report', input: { tables: [{ view: 'gaps', input: {} }] }, format: 'docx' });
    expect(pack.errors.map((f) => f.rule)).toEqual(['claim.doesNotHold', 'claim.doesNotHold', 'claim.doesNotHold']);
  });

  it('a pathway export is checked on the pathway’s practices', () => {
    const checked = api.value('checks.beforeExport', { view: 'pathway', input: { id: 'es-cs-navarra-vet-teacher-hv-safety' }, format: 'csv' });
    // The programme, its eight parts (three TÜV levels, the online course, two specialisation courses, two I-VET modules) and the courses' ten modules.
    expect(checked.practices).toBe(1 + 8 + 10);
    // The two specialisation courses: 650 hours for 40 ECTS.
    expect(checked.warnings).toBe(2);
  });
});
