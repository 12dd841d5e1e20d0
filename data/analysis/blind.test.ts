/**
 * Blind mode in every operation that returns scores, means, gaps, statistics, agreement,
 * disagreements or exports (scoring/viewer.ts holds the rule). With Blind on and a rater who has
 * scored nothing, every operation must answer exactly what it answers on the same dataset with
 * the other raters' scores, the seed's reading and the consensus removed: then no number of
 * theirs can be in the output, however it is derived. After the rater scores a pair, that pair's
 * figures appear.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import type { OperationInput, OperationName } from '../contract/contract.js';
import { SEED_RATER_ID } from '../domain/domain.js';
import { openStore, type Store } from '../store/store.js';
import { EXPORT_FORMATS } from './schemas.js';

const tmp = tempDir();
let n = 0;
const stores: Store[] = [];
afterAll(() => {
  for (const s of stores) s.close();
  tmp.cleanup();
});

const ANA = 'rater-ana';
const BO = 'rater-bo';
const CAL = 'rater-cal';

/** A dataset of three practices; `others` adds Bo's, Cal's and the seed's scores and a consensus. */
function dataset(others: boolean): { store: Store; api: ReturnType<typeof client> } {
  const store = openStore(tmp.file(`blind-${n++}.acmap`));
  stores.push(store);
  const api = client(store);
  const rater = store.db.prepare("INSERT INTO raters (id, name, created_at) VALUES (?, ?, '2026-01-01')");
  rater.run(SEED_RATER_ID, 'Seed reading of the rubric');
  rater.run(ANA, 'Ana');
  rater.run(BO, 'Bo');
  rater.run(CAL, 'Cal');
  api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland', hours: 10 } });
  api.value('practices.create', { id: 'pt', fields: { name: 'Curso EV', country: 'Portugal', hours: 20 } });
  api.value('practices.create', { id: 'es', fields: { name: 'Curso ES', country: 'Spain', hours: 30 } });
  if (others) {
    const score = (practiceId: string, dimension: 'governance' | 'pedagogy' | 'assessment', raterId: string, value: 0 | 1 | 2 | 3 | 4) =>
      api.value('scores.set', { practiceId, dimension, raterId, value, evidence: `EVIDENCE-OF-${raterId}-${practiceId}` });
    score('sfs', 'governance', BO, 4);
    score('sfs', 'governance', CAL, 2);
    score('sfs', 'pedagogy', BO, 1);
    score('sfs', 'pedagogy', CAL, 3);
    score('pt', 'governance', BO, 0);
    score('pt', 'assessment', CAL, 4);
    score('pt', 'assessment', BO, 1);
    score('es', 'assessment', BO, 3);
    store.db.prepare("INSERT INTO scores VALUES ('es', 'pedagogy', ?, 2, 'SEED-EVIDENCE', NULL, 1, '2026-01-01', '2026-01-01')").run(SEED_RATER_ID);
    api.value('consensus.set', { practiceId: 'sfs', dimension: 'governance', value: 3, rationale: 'CONSENSUS-RATIONALE' });
  }
  api.value('preferences.set', { currentRaterId: ANA, blindMode: true });
  return { store, api };
}

/** Every operation that returns figures derived from scores, with an input that asks for them. */
const OPERATIONS: [OperationName, unknown][] = [
  ['practices.list', { sort: [{ field: 'score.governance', desc: true }] }],
  ['practices.list', { filter: { scores: { governance: { min: 0 } } } }],
  ['practices.list', { filter: { countryGroup: ['Portugal'] } }],
  ['analysis.compare', { sort: { field: 'score.assessment', desc: true } }],
  ['analysis.compare', { groupBy: 'countryGroup' }],
  ['analysis.compare', { filter: { scores: { pedagogy: { min: 1 } } } }],
  ['analysis.gaps', { groupBy: 'countryGroup' }],
  ['analysis.gaps', {}],
  ['analysis.distribution', {}],
  ['analysis.profile', { id: 'sfs' }],
  ['analysis.stats', { groupBy: ['countryGroup'], measures: ['hours', 'score.governance', 'score.pedagogy', 'score.assessment'] }],
  ['analysis.coverage', {}],
  ['analysis.agreement', {}],
  ['analysis.agreement', { includeSeed: true }],
  ['analysis.agreement', { raters: [BO, CAL] }],
  ['analysis.disagreements', {}],
  ['analysis.disagreements', { raters: [BO, CAL, SEED_RATER_ID] }],
  ['analysis.euElements', { filter: { scores: { governance: { min: 0 } } } }],
  ['practices.get', { id: 'sfs' }],
];

const EXPORTS = [
  { view: 'compare', input: {}, cells: 'both' },
  { view: 'compare', input: { ids: ['sfs', 'pt'] }, cells: 'score' },
  { view: 'gaps', input: { groupBy: 'countryGroup' } },
  { view: 'stats', input: { measures: ['score.governance', 'score.pedagogy', 'score.assessment'] } },
  { view: 'coverage', input: {} },
  { view: 'agreement', input: {} },
  { view: 'practices', input: { filter: { scores: { governance: { min: 0 } } } } },
  { view: 'scores', input: {} },
] as const;

/** Per-rater progress counts are not anyone's reading: coverage keeps them, and the practice page counts what it hides. */
function withoutCounts(operation: OperationName, value: unknown): unknown {
  const kept = operation === 'analysis.coverage' ? { ...(value as object), raters: null } : operation === 'practices.get' ? { ...(value as object), hiddenScores: null } : value;
  return JSON.parse(withoutTimes(JSON.stringify(kept)));
}

/** The two datasets were written a few milliseconds apart. */
const withoutTimes = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME');

describe('blind mode, for a rater who has scored nothing', () => {
  let blind: ReturnType<typeof dataset>;
  let alone: ReturnType<typeof dataset>;
  beforeEach(() => {
    blind = dataset(true);
    alone = dataset(false);
  });

  it.each(OPERATIONS.map(([operation, input], i) => [`${operation} #${i}`, operation, input] as const))(
    '%s answers as if nobody else had scored',
    (_label, operation, input) => {
      const got = blind.api.value(operation, input as OperationInput<typeof operation>);
      const expected = alone.api.value(operation, input as OperationInput<typeof operation>);
      expect(withoutCounts(operation, got)).toEqual(withoutCounts(operation, expected));
    },
  );

  it.each(EXPORTS.flatMap((e) => EXPORT_FORMATS.map((format) => [`${e.view} ${JSON.stringify(e.input)} as ${format}`, { ...e, format }] as const)))(
    'analysis.export of %s shows none of the others’ scores, evidence or consensus',
    (_label, request) => {
      const got = blind.api.value('analysis.export', request as OperationInput<'analysis.export'>);
      const expected = alone.api.value('analysis.export', request as OperationInput<'analysis.export'>);
      const content = got.encoding === 'base64' ? Buffer.from(got.content, 'base64').toString('latin1') : got.content;
      expect(content).not.toMatch(/EVIDENCE|CONSENSUS/);
      if (request.view === 'coverage') return; // per-rater progress counts differ, by design
      if (got.encoding === 'utf8') expect(withoutTimes(got.content)).toBe(withoutTimes(expected.content));
      else expect(got.content.length).toBeGreaterThan(0);
    },
  );

  it('says so in agreement and disagreements, and in exports', () => {
    expect(blind.api.value('analysis.agreement', {}).blind?.note).toBe('Blind mode: only the practice x dimension pairs Ana has scored count.');
    expect(blind.api.value('analysis.disagreements', {}).blind?.raterId).toBe(ANA);
    expect(blind.api.value('analysis.export', { view: 'gaps', input: {}, format: 'md' }).content).toContain('Blind mode: scores are shown only where Ana has scored.');
    blind.api.value('preferences.set', { blindMode: false });
    expect(blind.api.value('analysis.agreement', {}).blind).toBeNull();
  });

  it('with nobody chosen to score as, hides every pair', () => {
    blind.api.value('preferences.set', { currentRaterId: null });
    alone.api.value('preferences.set', { currentRaterId: null });
    for (const [operation, input] of OPERATIONS) {
      const got = blind.api.value(operation, input as OperationInput<typeof operation>);
      expect(withoutCounts(operation, got)).toEqual(withoutCounts(operation, alone.api.value(operation, input as OperationInput<typeof operation>)));
    }
  });
});

describe('blind mode, after the rater scores a pair', () => {
  it('shows that pair’s figures (the consensus, the raters’ scores) and nothing else', () => {
    const { api } = dataset(true);
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ANA, value: 1, evidence: 'Mine' });
    const compare = api.value('analysis.compare', {});
    const sfs = compare.rows.find((r) => r.id === 'sfs')!;
    // The score source is the consensus where recorded: 3, from three raters.
    expect(sfs.cells.governance).toMatchObject({ score: 3, raters: 3 });
    expect(sfs.cells.pedagogy).toMatchObject({ score: null, raters: 0 });
    expect(compare.rows.find((r) => r.id === 'pt')!.cells.governance.score).toBeNull();

    const list = api.value('practices.list', {});
    expect(list.rows.find((r) => r.id === 'sfs')!.scores).toMatchObject({ governance: 3, pedagogy: null, assessment: null });
    expect(api.value('analysis.gaps', {}).overall.cells.governance).toMatchObject({ rated: 1, mean: 3 });
    expect(api.value('analysis.gaps', {}).overall.cells.assessment).toMatchObject({ rated: 0, mean: null });
    expect(api.value('analysis.distribution', {}).rows.find((r) => r.dimension === 'governance')!.counts).toEqual([0, 0, 0, 1, 0]);
    expect(api.value('analysis.profile', { id: 'sfs' }).rows.find((r) => r.id === 'governance')).toMatchObject({ score: 3, groupMean: 3 });
    expect(api.value('analysis.stats', { measures: ['score.governance', 'score.pedagogy'] }).overall.measures).toMatchObject({
      'score.governance': { n: 1, mean: 3 },
      'score.pedagogy': { n: 0 },
    });
    expect(api.value('analysis.coverage', {}).dimensions.find((d) => d.id === 'governance')!.scored).toBe(1);

    const agreement = api.value('analysis.agreement', { raters: [ANA, BO, CAL] });
    expect(agreement.rows.find((r) => r.id === 'governance')).toMatchObject({ items: 1, pairs: 3 });
    expect(agreement.rows.find((r) => r.id === 'pedagogy')).toMatchObject({ items: 0 });
    const queue = api.value('analysis.disagreements', { raters: [ANA, BO, CAL] });
    expect(queue.rows.map((r) => [r.practiceId, r.dimension])).toEqual([['sfs', 'governance']]);
    expect(queue.rows[0]!.consensus?.value).toBe(3);

    const scores = api.value('analysis.export', { view: 'scores', input: {}, format: 'csv' }).content;
    expect(scores).toContain(`EVIDENCE-OF-${BO}-sfs`);
    expect(scores).not.toContain(`EVIDENCE-OF-${BO}-pt`);
    expect(api.value('practices.get', { id: 'sfs' }).consensus.governance?.value).toBe(3);
  });
});

describe('blind mode in a practice’s history', () => {
  const practiceHistory = (api: ReturnType<typeof client>) => api.value('history.ofPractice', { id: 'sfs', limit: 100 });
  // A score's state as stored: its columns, rater_id among them; a consensus has none.
  const raterOf = (entry: { entity: string; before: unknown; after: unknown }) => ((entry.after ?? entry.before) as { rater_id?: string } | null)?.rater_id;

  it('shows no other rater’s score or the consensus of a pair the rater has not scored', () => {
    const { api } = dataset(true);
    const entries = practiceHistory(api);
    expect(entries.some((e) => e.entity === 'practice')).toBe(true);
    expect(entries.filter((e) => e.entity === 'score' || e.entity === 'consensus')).toEqual([]);
    expect(JSON.stringify(entries)).not.toContain('EVIDENCE-OF-');
    expect(JSON.stringify(entries)).not.toContain('CONSENSUS-RATIONALE');
  });

  it('shows that pair’s changes once the rater has scored it, and every change with Blind off', () => {
    const { api } = dataset(true);
    api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: ANA, value: 2, evidence: 'Ana’s own reading' });
    const entries = practiceHistory(api);
    const governance = entries.filter((e) => e.entity !== 'practice');
    expect(new Set(governance.map(raterOf))).toEqual(new Set([ANA, BO, CAL, undefined]));
    expect(governance.some((e) => e.entity === 'consensus')).toBe(true);
    // Pedagogy is still theirs alone.
    expect(JSON.stringify(entries)).not.toMatch(/"dimension_id":"pedagogy"/);
    api.value('preferences.set', { blindMode: false });
    expect(JSON.stringify(practiceHistory(api))).toMatch(/"dimension_id":"pedagogy"/);
  });
});
