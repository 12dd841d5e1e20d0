/**
 * `autocredify check` on the seed dataset: it reports the workload findings and the D3.3 §7.3
 * figures the data does not give, nothing the data supports, and exits 4 (errors found); a rule
 * switched off is listed with its reason; a dataset without errors exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../data/contract/dispatch.js';
import { openSeededStore } from '../data/seed/seed.js';
import { openStore } from '../data/store/store.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
const seeded = tmp.file('seed.acmap');

const cli = commandLine(tmp.file('data'));

beforeAll(() => openSeededStore(seeded).close());
afterAll(() => tmp.cleanup());

describe('autocredify check', () => {
  it('on the seed: the workloads and the printed figures that do not hold, exit 4', () => {
    const run = cli('check', '--db', seeded);
    expect(run.status, run.stderr).toBe(4);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('ERROR')).map((l) => l.split(/\s+/)[1]).sort()).toEqual(['claim.doesNotHold', 'claim.doesNotHold', 'claim.doesNotHold']);
    expect(run.stdout).toContain('“Most accredited providers of a speciality” (001_d93079c503058265.txt, 7.3 Micro-credential-like offers on electric and connected vehicles included in the Catalogue) states 106; the data gives 102.0');
    expect(run.stdout).toContain('states 53.8 %; the data gives 69.2 %');
    expect(run.stdout).toMatch(/WARNING workload\.ectsRatio +Specialisation Course in Maintenance of Hybrid and Electric Vehicles \(es-spec-course-maintenance-hev\): 650 hours for 40 ECTS is 16\.25 hours per credit/);
    // Nothing the data supports: the mean hours (99) hold, so they are not listed.
    expect(run.stdout).not.toContain('Mean hours of the specialities');
    expect(lines.at(-2) ?? lines.at(-1)).toMatch(/^3 errors, 5 warnings in 87 practices\.$/);
  });

  it('works as the first command a new user runs: the default dataset is created with the seed', () => {
    const run = cli('check', '--format', 'md');
    expect(run.status, run.stderr).toBe(4);
    expect(run.stdout).toContain('states 106; the data gives 102');
  });

  it('as JSON, the operation’s own report; --where narrows the practices, not the claims', () => {
    const run = cli('check', '--db', seeded, '--format', 'json', '--where', 'countryGroup=Finland');
    expect(run.status).toBe(4);
    const report = JSON.parse(run.stdout) as { findings: { rule: string }[]; practices: number };
    expect(report.practices).toBe(5);
    expect(report.findings.map((f) => f.rule)).toEqual(['claim.doesNotHold', 'claim.doesNotHold', 'claim.doesNotHold']);
  });

  it('lists a rule switched off with its reason; without errors it exits 0, with --fail-on warning 4', () => {
    const path = tmp.file('small.acmap');
    const store = openStore(path);
    dispatch(store, 'practices.create', { id: 'x', fields: { name: 'Course', country: 'Spain', hours: 18, ects: 1 } });
    dispatch(store, 'checks.setRule', { rule: 'score.evidenceMissing', enabled: false, reason: 'Scores are provisional' });
    store.close();
    const run = cli('check', '--db', path);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('score.evidenceMissing: Scores are provisional');
    expect(run.stdout).toContain('0 errors, 1 warning in 1 practices.');
    expect(cli('check', '--db', path, '--fail-on', 'warning').status).toBe(4);
    expect(cli('check', '--db', path, '--format', 'xml').status).toBe(2);
  });
});
