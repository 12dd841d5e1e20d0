/**
 * `npm run bench`: every measurement of issue #6 in one run, on generated maps, each beside a
 * reference on the same file, written to docs/benchmarks.md. Run through build/bench/run.mjs,
 * which builds the app and bundles this file.
 *   --sizes 112,10000,100000   maps to measure (practices)
 *   --runs 30                  timed runs per query
 *   --out docs/benchmarks.md   where the report goes
 *   --fresh                    generate the maps again instead of reusing .cache/bench/
 *   --no-browser               leave out Chromium
 *   --only queries,import,saveas,browser,merge   run just these parts
 *   --rerender                 write the report again from the last run's results (after editing its words)
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../data/store/store.js';
import { CHROMIUM_PATH } from '../../test/support/browser.js';
import { benchBrowser } from './browserBench.js';
import { benchMerge, benchSaveAs } from './fileBench.js';
import { benchImport } from './importBench.js';
import { describeMachine } from './machine.js';
import { copyMap, mapFor, removeDatabase, type BenchMap } from './maps.js';
import { benchQueries } from './queryBench.js';
import { renderReport } from './report.js';
import type { BenchResults, SizeResults } from './results.js';
import { GOAL_SIZE } from './goals.js';
import { log } from './timing.js';

const SQLITE3 = process.env.SQLITE3_PATH ?? '/usr/bin/sqlite3';
const PARTS = ['queries', 'import', 'saveas', 'browser', 'merge'] as const;
type Part = (typeof PARTS)[number];

function options(root: string) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      sizes: { type: 'string', default: '112,10000,100000' },
      runs: { type: 'string', default: '30' },
      out: { type: 'string', default: join(root, 'docs/benchmarks.md') },
      fresh: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      only: { type: 'string', default: PARTS.join(',') },
      rerender: { type: 'boolean', default: false },
    },
  });
  const parts = new Set(values.only.split(',').map((p) => p.trim()));
  const unknown = [...parts].filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')} (got "${unknown.join(', ')}")`);
  if (values['no-browser']) parts.delete('browser');
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes takes practice counts such as 112,10000 (got "${values.sizes}")`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 3) throw new Error('--runs takes a whole number of at least 3');
  return { sizes, runs, out: resolve(values.out), fresh: values.fresh, parts: parts as Set<Part>, rerender: values.rerender };
}

function countScores(path: string): number {
  const store = openStore(path, { readOnly: true });
  try {
    return (store.db.prepare('SELECT count(*) AS n FROM scores WHERE value IS NOT NULL').get() as { n: number }).n;
  } finally {
    store.close();
  }
}

/** Runs one measurement; a failure is recorded for the report instead of ending the run. */
async function attempt<T>(what: string, failures: string[], body: () => T | Promise<T>): Promise<T | null> {
  try {
    return await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${what} FAILED: ${message}`);
    failures.push(`${what}: ${message.split('\n')[0]}`);
    return null;
  }
}

async function measureSize(root: string, map: BenchMap, scratch: string, runs: number, parts: Set<Part>): Promise<SizeResults> {
  const big = map.practices > 20_000;
  const failures: string[] = [];
  const store = openStore(map.path, { readOnly: true });
  let queries;
  let imports;
  try {
    if (parts.has('queries')) {
      log(`${map.practices} practices: list, gaps, pivot (${runs} runs each)`);
      // A scratch copy: the score edits measured there must not change the cached map.
      const copy = copyMap(map, join(scratch, 'queries.acmap'));
      const writable = openStore(copy);
      try {
        queries = await attempt('list, gaps and pivot', failures, () => benchQueries(writable, map.practices, runs));
      } finally {
        writable.close();
        removeDatabase(copy);
      }
    }
    if (parts.has('import')) {
      log(`${map.practices} practices: CSV export and import`);
      imports = await attempt('CSV export and import', failures, () => benchImport(store, SQLITE3, scratch, { runs: big ? 1 : 3, scores: true }));
    }
  } finally {
    store.close();
  }
  let saveAs = null;
  if (parts.has('saveas')) {
    log(`${map.practices} practices: Save As`);
    saveAs = await attempt('Save As', failures, () => benchSaveAs(map, SQLITE3, scratch, big ? 3 : 5));
  }
  let browserFigure = null;
  if (parts.has('browser')) {
    log(`${map.practices} practices: Chromium through the browser host`);
    const db = copyMap(map, join(scratch, 'host.acmap'));
    browserFigure = await attempt('Chromium through the browser host', failures, () => benchBrowser(root, db, scratch, { navigations: 5, flicks: 10 }));
    removeDatabase(db);
  }
  return {
    practices: map.practices,
    scores: countScores(map.path),
    megabytes: statSync(map.path).size / 1024 ** 2,
    generatedIn: map.generatedIn,
    queries: queries ?? [],
    imports: imports ?? [],
    saveAs,
    browser: browserFigure,
    failures,
  };
}

export async function main(root: string, command: string): Promise<void> {
  const opts = options(root);
  const saved = join(root, '.cache/bench/results.json');
  if (opts.rerender) {
    writeFileSync(opts.out, renderReport(JSON.parse(readFileSync(saved, 'utf8')) as BenchResults));
    log(`wrote ${opts.out} from ${saved}`);
    return;
  }
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'acmap-bench-'));
  try {
    const maps = opts.sizes.map((size) => mapFor(join(root, '.cache/bench'), size, opts.fresh));
    const probe = openStore(maps[0]?.path as string, { readOnly: true });
    const machine = describeMachine(probe.db, SQLITE3, CHROMIUM_PATH);
    probe.close();
    const sizes: SizeResults[] = [];
    for (const map of maps) sizes.push(await measureSize(root, map, scratch, opts.runs, opts.parts));
    // MERGE: measured on the largest map (the 100,000-practice file in a full run).
    const largest = maps[maps.length - 1] as BenchMap;
    log(`${largest.practices} practices: merge`);
    const mergeFailures: string[] = [];
    const measured = opts.parts.has('merge')
      ? await attempt('merge', mergeFailures, () => benchMerge(largest, SQLITE3, scratch))
      : { status: 'pending' as const, reason: 'not run (--only)' };
    const merge = { ...(measured ?? { status: 'pending' as const, reason: `failed: ${mergeFailures[0] ?? ''}` }), practices: largest.practices };
    const results: BenchResults = {
      date: new Date().toISOString().slice(0, 10),
      command,
      runs: opts.runs,
      seconds: (performance.now() - started) / 1000,
      machine,
      sizes,
      merge,
    };
    writeFileSync(opts.out, renderReport(results));
    writeFileSync(saved, JSON.stringify(results, null, 2));
    log(`wrote ${opts.out}${opts.sizes.includes(GOAL_SIZE) ? '' : ` (no ${GOAL_SIZE} map in this run: the goals are not judged)`}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
