/**
 * A full disk and files the app may not write: clear messages, and nothing lost or half-written.
 * The disk fills up through SQLite's own size limit (max_page_count), which fails a write exactly
 * as a full disk does (SQLITE_FULL), without needing a small file system to be mounted.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../data/generateMap.js';
import { openSeededStore } from '../../data/seed.js';
import type { Store } from '../../data/store.js';
import { client } from '../support/apiClient.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { bundleFaultChild } from './killableChild.js';

const tmp = tempDir();
afterAll(() => {
  chmodSync(tmp.dir, 0o700);
  for (const dir of ['ro-folder']) if (existsSync(tmp.file(dir))) chmodSync(tmp.file(dir), 0o755);
  tmp.cleanup();
});

function csv(rows: number, prefix: string): { name: string; contentBase64: string } {
  const lines = ['Practice id;Name;Country;Hours;Provider'];
  for (let i = 0; i < rows; i++) lines.push(`${prefix}-${i};Práctica ${i} ${'relleno '.repeat(20)};Spain;${i % 90},5;Proveedor ${i}`);
  return { name: `${prefix}.csv`, contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') };
}

/** Leaves `spare` free pages in the file, so the next big write runs out of room part-way. */
function fillDisk(store: Store, spare: number): void {
  const pages = store.db.pragma('page_count', { simple: true }) as number;
  store.db.pragma(`max_page_count = ${pages + spare}`);
}

describe('a full disk', () => {
  it('fails an import part-way with the disk-full message and leaves the dataset exactly as it was', () => {
    const store = openSeededStore(tmp.file('full.acmap'));
    const api = client(store);
    const before = snapshot(store.db);
    fillDisk(store, 20);
    const result = api.call('import.run', { file: csv(3000, 'full'), key: 'id', dryRun: false });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The disk is full, so the change could not be saved. Nothing was changed; free some space and try again.' },
    });
    expect(snapshot(store.db)).toEqual(before);
    expect(api.value('history.status', {}).undo).toBeNull();

    // A single edit meets the same limit and the same message.
    fillDisk(store, 0);
    const edit = api.call('practices.create', { fields: { name: 'Una más', country: 'Spain', notes: 'Notas largas. '.repeat(1400) } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^The disk is full/) } });
    expect(snapshot(store.db)).toEqual(before);

    // With room again, the same import goes through: the failure left nothing stuck open.
    store.db.pragma('max_page_count = 1073741823');
    const retried = api.value('import.run', { file: csv(3000, 'full'), key: 'id', dryRun: false });
    expect(retried.counts.new).toBe(3000);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });
});

describe('Save As onto a full disk', () => {
  it('says the disk is full, leaves no partial file, and leaves both the dataset and the file it would replace as they were', async () => {
    // A dataset of several MB, so the copy runs out of room part-way.
    const source = tmp.file('save-as-source.acmap');
    const store = openSeededStore(source);
    generateMap(store.db, { practices: 3000, raters: 2 });
    store.close();
    const existing = tmp.file('save-as-existing.acmap');
    openSeededStore(existing).close();
    expect(statSync(source).size).toBeGreaterThan(2 * 1024 * 1024);
    const sourceBefore = sha(source);

    // A real full disk: a 1 MB tmpfs, mounted in a mount namespace of the child's own (unshare
    // maps the user to root there, so no privileges are needed and nothing outside sees it).
    // The file Save As would replace is put there first; the folder is listed after.
    const disk = tmp.file('small-disk');
    mkdirSync(disk);
    const child = await bundleFaultChild();
    const script = `set -e
      mount -t tmpfs -o size=1m tmpfs "$1"
      cp "$2" "$1/copy.acmap"
      sha256sum "$1/copy.acmap" | cut -d' ' -f1
      "$3" "$4" saveAs "$5" "$1/copy.acmap" never
      sha256sum "$1/copy.acmap" | cut -d' ' -f1
      ls -A "$1"`;
    let lines: string[];
    try {
      const run = spawnSync('unshare', ['--mount', '--map-root-user', 'bash', '-c', script, 'bash', disk, existing, process.execPath, child.entry, source], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      lines = run.stdout.trim().split('\n');
    } finally {
      child.remove();
    }
    const [shaBefore, said, shaAfter, ...files] = lines;
    expect(said).toBe('failed The disk is full, so the copy could not be saved. The open dataset is unchanged and no partial file was left behind; free some space and try again.');
    expect(shaAfter).toBe(shaBefore);
    expect(files).toEqual(['copy.acmap']);
    expect(sha(source)).toBe(sourceBefore);
    const reopened = openSeededStore(source);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });
});

/**
 * Permissions are checked by a process that obeys them: the command line from dist/, run as an
 * unprivileged user where the tests run as root (root may write anywhere).
 */
const cliEntry = fileURLToPath(new URL('../../dist/electron/cli.mjs', import.meta.url));
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function ownedByRunner(...paths: string[]): void {
  if (asRoot) for (const path of paths) chownSync(path, NOBODY, NOBODY);
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [cliEntry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, AUTOCREDIFY_DATA_DIR: tmp.file('cli-data') },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function readOnlyDataset(name: string, lockDown: (folder: string, path: string) => void): { path: string; bytes: string } {
  if (asRoot) chmodSync(tmp.dir, 0o755); // so the unprivileged runner can reach the folders inside
  const folder = tmp.file(name);
  mkdirSync(folder);
  const path = `${folder}/map.acmap`;
  openSeededStore(path).close();
  ownedByRunner(folder, path);
  lockDown(folder, path);
  return { path, bytes: sha(path) };
}

function csvFile(name: string): string {
  const path = tmp.file(`${name}.csv`);
  writeFileSync(path, 'Practice id;Name;Country\r\nro-1;Nueva;Spain\r\n');
  chmodSync(path, 0o644);
  return path;
}

describe('a dataset the app may not write', () => {
  it('a read-only file opens read-only and says so; changes are refused with a clear message; the file is untouched', () => {
    const { path, bytes } = readOnlyDataset('ro-file', (_folder, file) => chmodSync(file, 0o444));

    const info = cli('call', 'app.info', '--db', path);
    expect(info.stderr).toContain(`${path} is read-only: you can look, filter and export, but not change it.`);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ readOnly: true, practiceCount: expect.any(Number) });

    const edit = cli('call', 'practices.create', '{"fields":{"name":"x","country":"Spain"}}', '--db', path);
    expect(edit.status).toBe(1);
    expect(edit.stderr).toMatch(/Error \(read_only\): This dataset is open read-only, so it cannot be changed/);

    const imported = cli('import', csvFile('ro-file'), '--db', path);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/read-only[\s\S]*Nothing was written\./);

    expect(sha(path)).toBe(bytes);
    expect(existsSync(`${path}.lock`)).toBe(false);
    // A reader of a WAL dataset keeps SQLite's (empty) working files; they hold no data.
    if (existsSync(`${path}-wal`)) expect(statSync(`${path}-wal`).size).toBe(0);
  });

  it('a file in a read-only folder is refused with what to do about it, and left untouched', () => {
    const { path, bytes } = readOnlyDataset('ro-folder', (folder) => chmodSync(folder, 0o555));
    for (const args of [['call', 'app.info'], ['import', csvFile('ro-folder')]]) {
      const run = cli(...args, '--db', path);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${path} is in a folder AutoCredify Mapper may not write to`);
      expect(run.stderr).toContain('Copy the file to a folder you can write to and open the copy; the file was not changed.');
    }
    expect(sha(path)).toBe(bytes);
    for (const suffix of ['-wal', '-shm', '.lock']) expect(existsSync(`${path}${suffix}`), suffix).toBe(false);
  });
});
