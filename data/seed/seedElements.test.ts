/**
 * The seed's EU information elements and the selection criteria against the documents: every
 * element status quotes its evidence verbatim, the criteria are D3.2's own words, and the seeded
 * dataset shows how many practices meet the full EU definition (none: the documents never show a
 * credential recording all eleven mandatory elements).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../test/support/apiClient.js';
import { tempDir } from '../test/support/tempFiles.js';
import { openSeededStore, seedPractices } from './seed.js';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_WORDING } from './selectionCriteria.js';

const DOCS_URL = new URL('../../shared/seeds/', import.meta.url);
const MAPPING_REPORT = '000_a9eeb1283eec39d1.txt';

/** As data/seedContent.test.ts: whitespace collapsed, typographic quotes and dashes folded. */
function normalise(text: string): string {
  return text
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
const documentText = (name: string) => normalise(readFileSync(new URL(name, DOCS_URL), 'utf8'));

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('seed: EU information elements', () => {
  it('quote their evidence verbatim from the cited document', () => {
    const judged = seedPractices().flatMap((p) => (p.elements ?? []).map((e) => ({ id: p.id, ...e })));
    expect(judged.length).toBeGreaterThan(0);
    for (const e of judged) expect(documentText(e.source.document), `${e.id}/${e.element}`).toContain(normalise(e.evidence));
  });

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

describe('selection criteria', () => {
  it('are the seven of D3.2 §1.2 "Annex 1 – Mapping Criteria", word for word and in order', () => {
    const report = documentText(MAPPING_REPORT);
    const list = SELECTION_CRITERION_IDS.map((id) => `- ${SELECTION_CRITERION_WORDING[id]}`).join(' ');
    expect(report).toContain(`Practices were prioritised based on the guidance in Annex 1 - Mapping Criteria : ${list}`);
    expect(SELECTION_CRITERION_IDS).toHaveLength(7);
  });
});
