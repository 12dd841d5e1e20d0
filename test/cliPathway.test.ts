/**
 * `autocredify pathway PRACTICE` (issue 15, item 4) and the checks before an export on the command
 * line (item 2): `export` and `report` print a warning line per error the checks find in what they
 * export, and with --strict refuse (exit 4) without writing the file.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../data/contract/dispatch.js';
import { openSeededStore } from '../data/seed/seed.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
const seeded = tmp.file('seed.acmap');
const cli = commandLine(tmp.file('data'), '--db', seeded);
const ITINERARY = 'es-cef-antrv-itinerary-electromechanical-vehicle-maintenance';

beforeAll(() => {
  const store = openSeededStore(seeded);
  // Two practices with one code: an error the checks before an export find in Finland's practices.
  for (const id of ['fi-dup-a', 'fi-dup-b']) dispatch(store, 'practices.create', { id, fields: { name: `Practice ${id}`, country: 'Finland', code: 'DUP-1' } });
  store.close();
});
afterAll(() => tmp.cleanup());

describe('autocredify pathway', () => {
  it('prints the catalogue itinerary’s elements with their hours, the level totals and the total', () => {
    const run = cli('pathway', ITINERARY, '--format', 'md');
    expect(run.status, run.stderr).toBe(0);
    for (const element of ['Engine fault diagnosis', 'Car safety devices', 'Hybrid vehicle maintenance', 'Advanced Driver Assistance Systems (ADAS)', 'Tools for use and handling']) expect(run.stdout).toContain(element);
    expect(run.stdout).toMatch(/\| Total \|[^\n]*\| 271 \|/);
    expect(run.stdout).toMatch(/\| Level 1 \(7 practices\) \|[^\n]*\| 271 \|/);
  });

  it('draws it as SVG into a file, and names an unknown practice or a missing id plainly', () => {
    const out = tmp.file('itinerary.svg');
    const run = cli('pathway', ITINERARY, '--format', 'svg', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const unknown = cli('pathway', 'no-such-practice');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No practice has the id “no-such-practice”.');
    const none = cli('pathway');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name the practice');
  });
});

describe('checks before an export', () => {
  it('export warns once per error about the exported practices on standard error, and writes the file', () => {
    const out = tmp.file('finland.csv');
    const run = cli('export', 'practices', '--where', 'countryGroup=Finland', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('Warning: check duplicate.code'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Practice fi-dup-a (fi-dup-a)');
    expect(existsSync(out)).toBe(true);
    // Spain's practices have no error (their workloads are warnings): no warning line.
    const spain = cli('export', 'practices', '--where', 'countryGroup=Spain', '--out', tmp.file('spain.csv'));
    expect(spain.stderr).not.toContain('Warning: check');
  });

  it('--strict refuses the export (exit 4) and writes nothing; a report pack is checked on its claims too', () => {
    const out = tmp.file('strict.csv');
    const run = cli('export', 'practices', '--where', 'countryGroup=Finland', '--strict', '--out', out);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('Not exported: --strict');
    expect(existsSync(out)).toBe(false);
    const pack = cli('report', '--table', 'gaps', '--where', 'countryGroup=Spain', '--strict', '--out', tmp.file('pack.docx'));
    expect(pack.status).toBe(4);
    expect(pack.stderr.split('\n').filter((l) => l.startsWith('Warning: check claim.doesNotHold'))).toHaveLength(3);
  });
});
