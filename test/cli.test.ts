/**
 * The `autocredify` command line as a script would run it: the report commands give the same
 * numbers as the operations the views call, errors go to standard error with a non-zero exit code.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../data/contract/dispatch.js';
import { openSeededStore } from '../data/seed/seed.js';
import type { Store } from '../data/store/store.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
const db = tmp.file('cli.acmap');
let store: Store;

const cli = commandLine(tmp.file('data'));
function value(operation: string, input: unknown): unknown {
  const result = dispatch(store, operation, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(() => {
  store = openSeededStore(db);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('autocredify', () => {
  it('explains itself and each report command', () => {
    expect(cli('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('compare') });
    for (const command of ['compare', 'gaps', 'stats', 'coverage']) {
      const help = cli(command, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: autocredify ${command}`);
      expect(help.stdout).toContain('--where FIELD=VALUE');
    }
  });

  it('gives the gaps the views show, for the same filter', () => {
    const run = cli('gaps', '--db', db, '--group-by', 'countryGroup', '--where', 'caseStudy=true', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(value('analysis.gaps', { groupBy: 'countryGroup', filter: { caseStudy: true } }));
  });

  it('prints statistics as one object per group with count and each measure’s summary', () => {
    const run = cli('stats', '--db', db, '--group-by', 'countryGroup', '--measure', 'hours', '--measure', 'score.assessment', '--format', 'json');
    expect(run.status).toBe(0);
    const records = JSON.parse(run.stdout) as Record<string, unknown>[];
    const view = value('analysis.stats', { groupBy: ['countryGroup'], measures: ['hours', 'score.assessment'] }) as {
      rows: { groups: { value: string }[]; count: number; measures: Record<string, unknown> }[];
    };
    expect(records.map((r) => r.countryGroup)).toEqual(view.rows.map((r) => r.groups[0]?.value));
    for (const [i, record] of records.entries()) {
      expect(record).toMatchObject({ count: view.rows[i]?.count, hours: view.rows[i]?.measures.hours, 'score.assessment': view.rows[i]?.measures['score.assessment'] });
      expect(Object.keys(record.hours as object).sort()).toEqual(['max', 'mean', 'median', 'min', 'missing', 'n', 'q1', 'q3']);
    }
  });

  it('writes the comparison for Excel in Europe, and XLSX to a file', () => {
    const csv = cli('compare', '--db', db, '--where', 'countryGroup=Spain', '--where', 'withNarratives=true', '--cells', 'score', '--format', 'csv-excel');
    expect(csv.status).toBe(0);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.stdout.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toBe('Practice');
    expect(rows.slice(1).every((r) => r[1] === 'Spain')).toBe(true);
    const out = tmp.file('compare.xlsx');
    expect(cli('compare', '--db', db, '--format', 'xlsx', '--out', out).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('uses the app’s default dataset without --db, created and seeded on first use', () => {
    const run = cli('coverage', '--format', 'json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { practices: number }).practices).toBe((value('app.info', {}) as { practiceCount: number }).practiceCount);
    expect(existsSync(tmp.file('data/mapping.acmap'))).toBe(true);
  });

  it('reports bad input on standard error with a non-zero exit code and prints nothing else', () => {
    for (const [args, code, message] of [
      [['compare', '--db', db, '--where', 'colour=red'], 2, /does not know the field "colour"/],
      [['stats', '--db', db, '--group-by', 'country', '--group-by', 'scope', '--group-by', 'level'], 1, /at most two fields/],
      [['gaps', '--db', db, '--group-by', 'shoe-size'], 1, /Unknown field to group by/],
      [['compare', '--db', db, '--format', 'pdf'], 1, /Unknown export format/],
      [['stats', '--db', db, '--where', 'hours=ten'], 2, /takes a number or a range/],
      [['gaps', '--db', tmp.file('missing-dir/none.acmap'), '--read-only'], 1, /does not exist/],
      [['frobnicate'], 2, /Unknown command/],
    ] as const) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('autocredify import and export', () => {
  const fixture = fileURLToPath(new URL('./fixtures/csv/windows-1252-semicolon.csv', import.meta.url));

  it('imports Excel’s Spanish CSV with a dry run first, then for real, and says what it did', () => {
    const target = tmp.file('import.acmap');
    const rater = JSON.parse(cli('call', 'raters.create', '{"name":"Ana"}', '--db', target).stdout) as { id: string };
    const dry = cli('import', fixture, '--db', target, '--key', 'nameCountry', '--rater', rater.id, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing written): 4 new, 0 updated, 0 unchanged, 0 rejected.');
    expect(dry.stdout).toContain('Read as windows-1252, delimiter ";".');
    const real = cli('import', fixture, '--db', target, '--key', 'nameCountry', '--rater', rater.id);
    expect(real.stdout).toContain('Imported: 4 new');
    const exported = cli('export', 'practices', '--db', target, '--where', 'search=mecatronica', '--format', 'csv-excel');
    expect(exported.status).toBe(0);
    const [header, row] = Papa.parse<string[]>(exported.stdout.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(row?.[header!.indexOf('Name')]).toBe('Mecatrónica del vehículo eléctrico');
    expect(row?.[header!.indexOf('Hours')]).toBe('1234,5');
    const scores = JSON.parse(cli('export', 'scores', '--db', target, '--format', 'json', '--where', 'countryGroup=Spain').stdout) as Record<string, unknown>[];
    expect(scores.filter((s) => s.Rater === 'Ana')).toEqual([
      expect.objectContaining({ Practice: 'Catálogo Nacional de Cualificaciones', Dimension: 'Governance', Score: 3, 'Rater id': rater.id }),
    ]);
  });

  it('refuses what it cannot import with a message, writing nothing', () => {
    const target = tmp.file('refuse.acmap');
    cli('call', 'app.info', '--db', target);
    const before = JSON.parse(cli('call', 'app.info', '--db', target).stdout) as { practiceCount: number };
    for (const [args, code, message] of [
      [['import', fileURLToPath(new URL('./fixtures/csv/binary-junk.csv', import.meta.url)), '--db', target], 1, /PNG image.*\n.*Nothing was written/s],
      [['import', tmp.file('missing.csv'), '--db', target], 2, /no such file/],
      [['import', fixture, '--db', target, '--key', 'nameCountry', '--strict'], 3, /Nothing was written \(--strict and 3 rejected\)/],
      [['import', fixture, '--db', target, '--encoding', 'ebcdic'], 1, /Unknown text encoding/],
      [['export', 'raters', '--db', target], 2, /Export "practices", "scores" or "case-studies"/],
    ] as const) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(code);
      expect(`${run.stdout}${run.stderr}`).toMatch(message);
    }
    expect((JSON.parse(cli('call', 'app.info', '--db', target).stdout) as { practiceCount: number }).practiceCount).toBe(before.practiceCount);
  });
});

describe('autocredify agreement', () => {
  it('gives the figures of analysis.agreement for the raters named', () => {
    const target = tmp.file('agreement.acmap');
    const ana = JSON.parse(cli('call', 'raters.create', '{"name":"Ana"}', '--db', target).stdout) as { id: string };
    const ben = JSON.parse(cli('call', 'raters.create', '{"name":"Ben"}', '--db', target).stdout) as { id: string };
    const practice = 'fi-p05-sfs6002-electrical-safety-training';
    for (const [rater, value] of [[ana.id, 3], [ben.id, 2]] as const) {
      cli('call', 'scores.set', JSON.stringify({ practiceId: practice, dimension: 'governance', raterId: rater, value }), '--db', target);
    }
    const run = cli('agreement', '--db', target, '--rater', ana.id, '--rater', ben.id, '--format', 'json');
    expect(run.status).toBe(0);
    const table = JSON.parse(run.stdout) as { raters: { name: string }[]; rows: { id: string; items: number; exactPercent: number; withinOnePercent: number; kappa: number | null; kappaReason: string | null }[] };
    expect(table.raters.map((r) => r.name)).toEqual(['Ana', 'Ben']);
    // Percent in JSON as in CSV and Markdown; kappa from one item is not given, with the reason.
    expect(table.rows.find((r) => r.id === 'governance')).toMatchObject({ items: 1, exactPercent: 0, withinOnePercent: 100, kappa: null });
    expect(table.rows.find((r) => r.id === 'governance')?.kappaReason).toMatch(/one item is not meaningful/);
    expect(cli('agreement', '--help').stdout).toContain('--include-seed');
    expect(cli('agreement', '--db', target, '--rater', ana.id).status).toBe(1);
    const twice = cli('agreement', '--db', target, '--rater', ana.id, '--rater', ana.id);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain(`"${ana.id}" is named more than once`);
    const csv = cli('agreement', '--db', target, '--format', 'csv').stdout;
    expect(csv).toContain('Raters compared');
    expect(csv).toContain('Ana; Ben');
  });
});
