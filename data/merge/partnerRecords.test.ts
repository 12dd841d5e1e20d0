/**
 * Every kind of record a partner's file brings is checked with the API's own schemas and limits
 * before a merge uses it (security review, issue 13): not only practices.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore, type Store } from '../store/store.js';
import { saveStoreAs } from '../store/files.js';
import { client } from '../../test/support/apiClient.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});
function openAt(path: string): Store {
  const store = openStore(path);
  open.push(store);
  return store;
}

const NOW = '2026-03-01T10:00:00.000Z';
const huge = (length: number) => `${'x'.repeat(length - 1)}\u0000`;

/** Our dataset with a practice and a rater, and a partner's copy of it that `craft` changes behind the app's back. */
async function partnerFile(craft: (partner: Store) => void): Promise<{ ours: Store; file: { name: string; contentBase64: string } }> {
  const ours = openAt(tmp.file(`${n++}-ours.acmap`));
  const api = client(ours);
  api.value('practices.create', { id: 'ev', fields: { name: 'Sähköauton huolto', country: 'Finland' } });
  api.value('raters.create', { name: 'Ana', team: 'Madrid' });
  const partnerPath = tmp.file(`${n++}-partner.acmap`);
  await saveStoreAs(ours, partnerPath);
  const partner = openAt(partnerPath);
  craft(partner);
  partner.close();
  return { ours, file: { name: 'partner.acmap', contentBase64: readFileSync(partnerPath).toString('base64') } };
}

const cases: [string, (db: Store['db']) => void, RegExp][] = [
  [
    'a rater whose name is 1,000,001 characters with a NUL',
    (db) => db.prepare('INSERT INTO raters (id, name, team, created_at) VALUES (?, ?, NULL, ?)').run('mallory', huge(1_000_001), NOW),
    /A rater in “partner.acmap” \(id mallory\) is not valid \(name: /,
  ],
  [
    'a score with 5,000,025 characters of evidence',
    (db) => {
      db.prepare("INSERT INTO raters (id, name, team, created_at) VALUES ('pia', 'Pia', NULL, ?)").run(NOW);
      db.prepare("INSERT INTO scores VALUES ('ev', 'governance', 'pia', 3, ?, 'high', 1, ?, ?)").run(huge(5_000_025), NOW, NOW);
    },
    /A score in “partner.acmap” \(practice_id ev, dimension_id governance, rater_id pia\) is not valid \(evidence: At most 20000 characters\)/,
  ],
  [
    'a consensus whose rationale is over the limit',
    (db) => db.prepare("INSERT INTO consensus_scores VALUES ('ev', 'pedagogy', 2, ?, NULL, ?, ?)").run(huge(20_001), NOW, NOW),
    /A consensus score in “partner.acmap” .* is not valid \(rationale: /,
  ],
  [
    'a consensus with an empty rationale',
    (db) => db.prepare("INSERT INTO consensus_scores VALUES ('ev', 'pedagogy', 2, '   ', NULL, ?, ?)").run(NOW, NOW),
    /A consensus score in “partner.acmap” .* is not valid \(rationale: /,
  ],
  [
    'a rubric version with an over-long label and descriptor',
    (db) => {
      db.prepare('INSERT INTO rubric_versions VALUES (2, ?, ?)').run(huge(201), NOW);
      db.prepare("INSERT INTO rubric_descriptors SELECT 2, dimension_id, level, descriptor FROM rubric_descriptors WHERE version = 1").run();
    },
    /A rubric version in “partner.acmap” \(version 2\) is not valid \(label: /,
  ],
  [
    'a rubric version with a descriptor over 4,000 characters',
    (db) => {
      db.prepare("INSERT INTO rubric_versions VALUES (2, 'v2', ?)").run(NOW);
      db.prepare("INSERT INTO rubric_descriptors SELECT 2, dimension_id, level, CASE WHEN level = 0 THEN ? ELSE descriptor END FROM rubric_descriptors WHERE version = 1").run(huge(4001));
    },
    /A rubric version in “partner.acmap” \(version 2\) is not valid \(descriptors\.\d+\.descriptor: /,
  ],
  [
    'a setting this app never records',
    (db) => db.prepare("INSERT INTO settings VALUES ('anything', '{}')").run(),
    /A setting in “partner.acmap” \(key anything\) is not valid/,
  ],
  [
    'a score source that is not one',
    (db) => db.prepare('INSERT INTO settings VALUES (?, ?)').run('scoreSource', JSON.stringify({ kind: 'rater', raterId: huge(300) })),
    /A setting in “partner.acmap” \(key scoreSource\) is not valid/,
  ],
  [
    'a practice whose checklist note is over the limit',
    (db) => {
      db.prepare("INSERT INTO practices (id, name, country, technology_domains, search_text, created_at, updated_at) VALUES ('new', 'New', 'Spain', '[]', 'new', ?, ?)").run(NOW, NOW);
      db.prepare("INSERT INTO lens_answers (practice_id, lens_id, item_id, status, note) VALUES ('new', 'eu_elements', 'title', 'yes', ?)").run(huge(100_001));
    },
    /The practice “New” in “partner.acmap” is not valid \(answers/,
  ],
];

describe('a partner’s file with a record no one could have typed', () => {
  for (const [label, craft, said] of cases) {
    it(`is refused by merge.check and merge.run, naming the record, when it holds ${label}`, async () => {
      const { ours, file } = await partnerFile((partner) => craft(partner.db));
      const api = client(ours);
      const before = snapshot(ours.db);
      for (const operation of ['merge.check', 'merge.run'] as const) {
        const result = api.call(operation, { file });
        expect(result.ok, operation).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(said);
          expect(result.error.message.length).toBeLessThan(1000);
        }
      }
      expect(snapshot(ours.db)).toEqual(before);
    });
  }

  it('still merges the same kinds of record when they are within the limits', async () => {
    const { ours, file } = await partnerFile((partner) => {
      const api = client(partner);
      const pia = api.value('raters.create', { name: 'Pia', team: null }).id;
      api.value('scores.set', { practiceId: 'ev', dimension: 'governance', raterId: pia, value: 3, evidence: 'e'.repeat(20000) });
      api.value('consensus.set', { practiceId: 'ev', dimension: 'pedagogy', value: 2, rationale: 'Agreed in the meeting' });
      api.value('scoreSource.set', { source: { kind: 'mean' } });
    });
    const result = client(ours).value('merge.run', { file });
    expect(result.committed).toBe(true);
    expect(result.counts.score.added).toBe(1);
    expect(result.counts.consensus.added).toBe(1);
  });
});
