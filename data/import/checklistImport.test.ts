/**
 * The practice export's EU element and selection-criteria columns import back: statuses, notes
 * (with the delimiter, quotes and accents in them) and criteria arrive as they left, a second
 * import changes nothing, statuses are read in the four languages, and empty cells leave things be.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore } from '../store/store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const text = (name: string, content: string) => ({ name, contentBase64: Buffer.from(content, 'utf8').toString('base64') });

describe('EU elements and selection criteria in CSV', () => {
  it('round-trip through the practice export in both presets', () => {
    const from = openStore(tmp.file('from.acmap'));
    const api = client(from);
    api.value('practices.create', { id: 'upc', fields: { name: 'Microcredencial de Electromovilidad', country: 'Spain' } });
    api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland' } });
    api.value('practices.setElements', {
      id: 'upc',
      elements: [
        { element: 'notional_workload', status: 'yes', note: '3–6 ECTS; "Europass", según el catálogo' },
        { element: 'level', status: 'partly' },
        { element: 'grade', status: 'no', note: '=not graded' },
      ],
    });
    api.value('practices.setCriteria', { id: 'upc', criteria: { occupational_relevance: true, quality_assurance: true } });
    api.value('practices.setCriteria', { id: 'sfs', criteria: { provider_credibility: true } });
    const expected = (c: ReturnType<typeof client>) => ['upc', 'sfs'].map((id) => ({ elements: c.value('practices.get', { id }).elements, criteria: c.value('practices.get', { id }).criteria }));

    for (const format of ['csv', 'csv-excel'] as const) {
      const exported = api.value('analysis.export', { view: 'practices', input: {}, format }).content;
      const to = openStore(tmp.file(`to-${format}.acmap`));
      const back = client(to);
      expect(back.value('import.run', { file: text('p.csv', exported), key: 'id', dryRun: false }).counts).toMatchObject({ new: 2, rejected: 0 });
      expect(expected(back), format).toEqual(expected(api));
      expect(back.value('import.check', { file: text('p.csv', exported), key: 'id' }).counts).toMatchObject({ unchanged: 2, updated: 0 });
      // One import, one undo: the elements go with the practices.
      back.value('history.undo', {});
      expect(back.value('practices.list', {}).total).toBe(0);
      to.close();
    }
    from.close();
  });

  it('reads statuses in Spanish, Portuguese and Finnish, keeps notes when only the status is given, and skips empty cells', () => {
    const store = openStore(tmp.file('langs.acmap'));
    const api = client(store);
    api.value('practices.create', { id: 'a', fields: { name: 'A', country: 'Spain' } });
    api.value('practices.setElements', { id: 'a', elements: [{ element: 'title', status: 'partly', note: 'Printed' }] });
    api.value('practices.setCriteria', { id: 'a', criteria: { assessment_evidence: true } });
    const csv = 'Practice id;EU: Title;EU: Grade;EU: Learning outcomes;EU: Awarding body;Criterion: Assessment evidence;Criterion: Occupational relevance;Case-study shortlist\na;sí;parcialmente;osittain;;;sim;sí\n';
    const result = api.value('import.run', { file: text('es.csv', csv), key: 'id', dryRun: false });
    expect(result.counts).toMatchObject({ updated: 1, rejected: 0 });
    const detail = api.value('practices.get', { id: 'a' });
    const status = (e: string) => detail.elements.find((x) => x.element === e);
    expect(status('title')).toEqual({ element: 'title', status: 'yes', note: 'Printed' });
    expect(status('grade')?.status).toBe('partly');
    expect(status('learning_outcomes')?.status).toBe('partly');
    expect(status('awarding_body')?.status).toBe('unknown');
    expect(detail.criteria).toMatchObject({ assessment_evidence: true, occupational_relevance: true });
    expect(detail.practice.shortlisted).toBe(true);

    const bad = api.value('import.check', { file: text('bad.csv', 'Practice id;EU: Title\na;maybe\n'), key: 'id' });
    expect(bad.counts.rejected).toBe(1);
    expect(bad.rejected[0]?.reason).toContain('is not yes, partly, no or unknown');
    store.close();
  });
});
