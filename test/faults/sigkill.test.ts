/**
 * Killed mid-way (SIGKILL: no cleanup, no handlers), a long write leaves the dataset passing
 * SQLite's integrity check with all of the operation or none of it. The child process pauses at
 * a known point inside the operation (see faultChild.ts) and is killed there.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededStore } from '../../data/seed/seed.js';
import { openStore } from '../../data/store/store.js';
import { saveStoreAs } from '../../data/store/files.js';
import { generateMap } from '../../data/seed/generateMap.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { bundleFaultChild, startPaused } from './killableChild.js';

const ROWS = 15_000;
const tmp = tempDir();
let child: Awaited<ReturnType<typeof bundleFaultChild>>;
let csvPath: string;
let bigStore: string;
let mergeBase: string;
let partnerFile: string;
const PARTNER_PRACTICES = 3000;

beforeAll(async () => {
  child = await bundleFaultChild();
  const rows = ['Practice id;Name;Country;Hours;Provider'];
  for (let i = 0; i < ROWS; i++) rows.push(`kill-${i};Práctica ${i};${['Spain', 'Finland', 'Portugal'][i % 3]};${i % 500},5;Proveedor ${i % 40}`);
  csvPath = tmp.file('big.csv');
  writeFileSync(csvPath, rows.join('\r\n'), 'utf8');
  // A dataset large enough that Save As copies it in many steps (several MB).
  bigStore = tmp.file('big.acmap');
  const store = openSeededStore(bigStore);
  generateMap(store.db, { practices: 4000, raters: 3 });
  store.close();
  // A partner's file: our dataset as it was sent to them, with their practices, raters and scores added.
  mergeBase = tmp.file('merge-base.acmap');
  openSeededStore(mergeBase).close();
  partnerFile = tmp.file('partner.acmap');
  copyFileSync(mergeBase, partnerFile);
  const partner = openStore(partnerFile);
  generateMap(partner.db, { practices: PARTNER_PRACTICES, raters: 2, seed: 7 });
  partner.close();
});
afterAll(() => {
  child?.remove();
  tmp.cleanup();
});

let counter = 0;
function seededStore(): string {
  const path = tmp.file(`import-${++counter}.acmap`);
  openSeededStore(path).close();
  return path;
}

interface State {
  integrity: string;
  practices: number;
  changeSets: number;
  scores: number;
}

/** Opens the file as the app would (which recovers the WAL) and reads what is in it. */
function stateOf(path: string): State {
  const store = openStore(path, { checkIntegrity: true });
  try {
    const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    return {
      integrity: (store.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '),
      practices: count('SELECT count(*) AS n FROM practices'),
      changeSets: count('SELECT count(*) AS n FROM change_sets'),
      scores: count('SELECT count(*) AS n FROM scores'),
    };
  } finally {
    store.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it.each([
    ['while checking the rows', 'Checking rows', 0.5],
    ['while writing the new practices, half of them written', 'Writing new practices', 0.5],
    ['while writing the scores, nearly done', 'Writing changes and scores', 0.9],
  ])('%s leaves none of it', async (_when, phase, fraction) => {
    const path = seededStore();
    const before = stateOf(path);
    const paused = await startPaused(child.entry, ['import', path, csvPath, phase, String(fraction)]);
    expect(paused.detail).toMatch(new RegExp(`^${phase} \\d+/${ROWS}$`));
    await paused.kill();
    // The process died with the transaction open: its WAL is still there for the next open to recover.
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(stateOf(path)).toEqual({ ...before, integrity: 'ok' });
  });

  it('after it committed leaves all of it, as one undoable step', async () => {
    const path = seededStore();
    const before = stateOf(path);
    const paused = await startPaused(child.entry, ['import', path, csvPath, 'committed', '0']);
    await paused.kill();
    expect(stateOf(path)).toEqual({
      integrity: 'ok',
      practices: before.practices + ROWS,
      changeSets: before.changeSets + 1,
      scores: before.scores,
    });
    const store = openStore(path);
    expect(store.db.prepare('SELECT label FROM change_sets ORDER BY id DESC LIMIT 1').get()).toEqual({ label: `Imported big.csv (${ROWS} new, 0 updated)` });
    store.close();
  });
});

describe('a Save As killed with SIGKILL', () => {
  it.each([
    ['half-way through the copy', '0.5'],
    ['with the copy complete but not yet moved into place', 'end'],
  ])('%s leaves no file at the target, the dataset as it was, and the next Save As works', async (_when, fraction) => {
    const target = tmp.file(`copy-${fraction}.acmap`);
    const source = openStore(bigStore);
    const before = snapshot(source.db);
    source.close();
    const paused = await startPaused(child.entry, ['saveAs', bigStore, target, fraction]);
    const [done, total] = paused.detail.split('/').map(Number) as [number, number];
    if (fraction === 'end') expect([done, total]).toEqual([1, 1]);
    else {
      expect(total).toBeGreaterThan(1000); // pages: many steps, so "half-way" is a real middle
      expect(done / total).toBeGreaterThanOrEqual(0.5);
      expect(done).toBeLessThan(total);
    }
    await paused.kill();
    // Only ever the finished copy is renamed to the target: a killed Save As leaves nothing there.
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(true);
    const reopened = openStore(bigStore, { checkIntegrity: true });
    expect(snapshot(reopened.db)).toEqual(before);
    // The next Save As clears what the killed one left and writes a complete copy.
    await saveStoreAs(reopened, target);
    reopened.close();
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(stateOf(target).integrity).toBe('ok');
    const copy = openStore(target, { readOnly: true });
    expect(snapshot(copy.db)).toEqual(before);
    copy.close();
    expect(readFileSync(target).length).toBeGreaterThan(0);
  });
});

describe('a merge killed with SIGKILL', () => {
  function ours(): string {
    const path = tmp.file(`merge-${++counter}.acmap`);
    copyFileSync(mergeBase, path);
    return path;
  }
  const merges = (path: string) => {
    const store = openStore(path);
    const n = (store.db.prepare('SELECT count(*) AS n FROM merges').get() as { n: number }).n;
    store.close();
    return n;
  };

  it('while writing, half-way, leaves none of it', async () => {
    const path = ours();
    const before = stateOf(path);
    const paused = await startPaused(child.entry, ['merge', path, partnerFile, 'Merging', '0.5']);
    expect(paused.detail).toMatch(/^Merging \d+\/\d+$/);
    await paused.kill();
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(stateOf(path)).toEqual({ ...before, integrity: 'ok' });
    expect(merges(path)).toBe(0);
  });

  it('after it committed leaves all of it, recorded in the merge log', async () => {
    const path = ours();
    const before = stateOf(path);
    const paused = await startPaused(child.entry, ['merge', path, partnerFile, 'committed', '0']);
    await paused.kill();
    const after = stateOf(path);
    expect(after).toMatchObject({ integrity: 'ok', practices: before.practices + PARTNER_PRACTICES, changeSets: before.changeSets + 1 });
    expect(after.scores).toBeGreaterThan(before.scores);
    expect(merges(path)).toBe(1);
  });
});
