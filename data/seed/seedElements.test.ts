/**
 * The seed's EU information elements: the seeded dataset shows how many practices meet the full EU definition (none: the documents never show a
 * credential recording all eleven mandatory elements).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openSeededStore } from './seed.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('seed: EU information elements', () => {
  it('leave no seeded practice meeting the full definition, and say so in the view', () => {
    const store = openSeededStore(tmp.file('seed-eu.acmap'));
    try {
      const summary = client(store).value('analysis.euElements', {});
      expect(summary.practices).toBe(87);
      expect(summary.allMandatory).toBe(0);
      expect(summary.allMandatoryAtLeastPartly).toBe(0);
      const counts = Object.fromEntries(summary.elements.map((e) => [e.element, [e.yes, e.partly, e.no, e.unknown]]));
      expect(counts.learning_outcomes).toEqual([1, 1, 0, 85]);
      expect(counts.notional_workload).toEqual([0, 1, 0, 86]);
      expect(counts.awarding_body).toEqual([1, 0, 0, 86]);
      expect(counts.assessment_type).toEqual([1, 0, 0, 86]);
      expect(counts.learner_identification).toEqual([0, 0, 0, 87]);
      const detail = client(store).value('practices.get', { id: 'int-eu-p15-asa-skills-hub-digital-badge' });
      expect(detail.elements.find((e) => e.element === 'assessment_type')?.note).toMatch(/^“Each badge includes detailed metadata outlining/);
      // The seed ticks no criterion and shortlists nobody: both are the researchers' judgement.
      expect(client(store).value('practices.list', { filter: { shortlisted: true } }).total).toBe(0);
      expect(client(store).value('practices.list', { filter: { numbers: { criteriaMet: { min: 1 } } } }).total).toBe(0);
    } finally {
      store.close();
    }
  });
});
