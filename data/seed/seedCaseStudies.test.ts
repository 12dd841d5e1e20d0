/**
 * The seed's case-study write-ups (issue 14): the eleven D3.3 case studies carry the sections the
 * document states, each with its source, and a new store holds them. The quotes themselves are
 * checked against D3.3 by `npm run check:seed` (the document is not in this repository).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { CASE_STUDY_SECTION_IDS, emptyCaseStudySections } from '../domain/caseStudy.js';
import { openSeededStore, seedPractices } from './seed.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('seed: case-study write-ups', () => {
  const caseStudies = seedPractices().filter((p) => p.caseStudy);

  it('gives every one of the eleven case studies sections, each citing a section of D3.3', () => {
    expect(caseStudies).toHaveLength(11);
    for (const p of caseStudies) {
      expect(p.caseStudySections?.length ?? 0, p.id).toBeGreaterThanOrEqual(3);
      for (const s of p.caseStudySections ?? []) {
        expect(s.source.document, `${p.id}/${s.section}`).toBe('001_d93079c503058265.txt');
        expect(s.source.section, `${p.id}/${s.section}`).toMatch(new RegExp(`^${p.caseStudyNumber}\\.\\d+(\\.\\d+)? \\S`));
      }
    }
    // Chapters 3 to 5 follow the template section by section: all ten, numbered as the template.
    for (const number of [3, 4, 5]) {
      const p = caseStudies.find((c) => c.caseStudyNumber === number)!;
      expect(p.caseStudySections!.map((s) => s.section)).toEqual([...CASE_STUDY_SECTION_IDS]);
      expect(p.caseStudySections!.map((s) => s.source.section.split(' ')[0])).toEqual(CASE_STUDY_SECTION_IDS.map((_, i) => `${number}.${i + 1}`));
    }
  });

  it('are in a new store, with their sources, and only on case studies', () => {
    const store = openSeededStore(tmp.file('seeded.acmap'));
    try {
      const api = client(store);
      const atec = api.value('practices.get', { id: 'pt-cs-atec-ev-hv-learning-pathway' });
      expect(emptyCaseStudySections(atec.caseStudy)).toEqual([]);
      expect(atec.caseStudy[1]!.sources).toEqual([{ document: '001_d93079c503058265.txt', section: '5.2 Context and objectives' }]);
      const withText = store.db.prepare('SELECT count(DISTINCT practice_id) FROM case_study_sections').pluck().get();
      expect(withText).toBe(11);
      // The seed writes no history: the first undo a researcher makes is their own.
      expect(store.db.prepare('SELECT count(*) FROM change_sets').pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  });
});
