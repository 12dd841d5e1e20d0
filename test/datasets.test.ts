/**
 * Dataset files a partner might send (test/fixtures/datasets, written by make-datasets.mjs),
 * opened the way a user opens a file given on the command line: the browser host's --db.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../data/store/migrations.js';
import { tempDir } from './support/tempFiles.js';
import { launchChromium } from './support/browser.js';
import { startHostProcess } from './support/webHostProcess.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const webEntry = fileURLToPath(new URL('../dist/electron/web.mjs', import.meta.url));

function copyOf(name: string): string {
  const path = tmp.file(`${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
  copyFileSync(fileURLToPath(new URL(`./fixtures/datasets/${name}`, import.meta.url)), path);
  return path;
}

describe('dataset files from elsewhere', () => {
  it.each([
    ['newer-version.acmap', /newer AutoCredify Mapper \(dataset version 99; this version reads up to \d+\)/],
    ['foreign.sqlite', /not an AutoCredify Mapper dataset/],
    ['not-sqlite.acmap', /not an AutoCredify Mapper dataset/],
    ['truncated.acmap', /damaged/],
    ['with-trigger.acmap', /schema objects AutoCredify Mapper never creates \(trigger "steal"\)/],
  ])('%s is refused with a clear message and left untouched', (name, message) => {
    const path = copyOf(name);
    const before = readFileSync(path);
    const run = spawnSync(process.execPath, [webEntry, '--no-open', '--port', '0', '--db', path], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, AUTOCREDIFY_DATA_DIR: tmp.dir } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).not.toMatch(/http:\/\/127\.0\.0\.1/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('a file from version 1 is upgraded, says so, keeps a backup beside it, and keeps its data', async () => {
    const path = copyOf('version-1.acmap');
    const host = await startHostProcess(['--db', path], { AUTOCREDIFY_DATA_DIR: tmp.dir });
    try {
      expect(host.output()).toMatch(/Upgraded .* from dataset version 1; the old file was kept as .*\.v1\.bak/);
      const info = await host.call('app.info', {});
      expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, practiceCount: 2, upgradedFrom: { version: 1, backupPath: `${path}.v1.bak` } });
      // The window says so too, under the header, until dismissed.
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(host.url);
        await expect.poll(() => page.locator('.app-header__notice').innerText()).toContain(`This dataset was upgraded from version 1; the file as it was is kept as ${path}.v1.bak.`);
      } finally {
        await browser.close();
      }
      const unit = await host.call('practices.get', { id: 'fi-unit' });
      expect(unit.practice).toMatchObject({ name: 'Sähköauton huolto', hours: 82.5 });
      const catalogo = await host.call('practices.get', { id: 'es-catalogo' });
      expect(catalogo.scores).toMatchObject([{ raterId: 'rater-ana', value: 3, evidence: 'National catalogue' }]);
      expect(catalogo.practice.narratives.governance).toBe('Strong national governance via PES and social partners');
      // The upgraded file is ready for the new version's features: an edit can be undone.
      await host.call('practices.update', { id: 'fi-unit', fields: { hours: 90 } });
      expect((await host.call('history.undo', {})).label).toBe('Edited “Sähköauton huolto”');
    } finally {
      await host.stop();
    }
    const backup = new Database(`${path}.v1.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM practices').get()).toEqual({ n: 2 });
    backup.close();
  });

  it('a file opened read-only can be looked at but not changed, and the app says so', async () => {
    const path = copyOf('version-1.acmap');
    const upgrade = await startHostProcess(['--db', path], { AUTOCREDIFY_DATA_DIR: tmp.dir });
    await upgrade.stop();
    const host = await startHostProcess(['--db', path, '--read-only'], { AUTOCREDIFY_DATA_DIR: tmp.dir });
    try {
      expect(host.output()).toMatch(/is read-only: you can look, filter and export, but not change it/);
      expect(await host.call('app.info', {})).toMatchObject({ readOnly: true, readOnlyReason: 'It was opened read-only, as asked.', upgradedFrom: null, practiceCount: 2 });
      await expect(host.call('practices.update', { id: 'fi-unit', fields: { hours: 1 } })).rejects.toThrow(/read-only/);
    } finally {
      await host.stop();
    }
  });
});
