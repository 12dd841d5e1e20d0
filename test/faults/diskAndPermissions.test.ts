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
import Database from 'better-sqlite3';
import { basename } from 'node:path';
import { generateMap } from '../../data/seed/generateMap.js';
import { MIGRATIONS, migrate } from '../../data/store/migrations.js';
import { initReferenceData } from '../../data/store/referenceData.js';
import { APPLICATION_ID } from '../../data/store/store.js';
import { openSeededStore } from '../../data/seed/seed.js';
import type { Store } from '../../data/store/store.js';
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

/**
 * Runs the fault child (faultChild.ts) on a real, small disk: a tmpfs of `kilobytes`, mounted in
 * a mount namespace of the child's own (unshare maps the user to root there, so no privileges are
 * needed and nothing outside sees it). `files` are copied onto it first; `args` get the disk's path.
 * Says what each file's bytes were before and after, what the child said, and what was left on the disk.
 */
async function onSmallDisk(kilobytes: number, files: string[], args: (disk: string) => string[]) {
  const disk = tmp.file(`small-disk-${kilobytes}`);
  mkdirSync(disk);
  const child = await bundleFaultChild();
  const script = `set -e
    disk="$1"; size="$2"; count="$3"; shift 3
    mount -t tmpfs -o size=\${size}k tmpfs "$disk"
    copies=()
    for _ in $(seq 1 "$count"); do cp "$1" "$disk/"; copies+=("$disk/$(basename "$1")"); shift; done
    sha256sum "\${copies[@]}" | cut -d' ' -f1
    "$@"
    sha256sum "\${copies[@]}" | cut -d' ' -f1
    ls -A "$disk"`;
  try {
    const run = spawnSync(
      'unshare',
      ['--mount', '--map-root-user', 'bash', '-c', script, 'bash', disk, String(kilobytes), String(files.length), ...files, process.execPath, child.entry, ...args(disk)],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    return { before: lines.slice(0, files.length), said: lines[files.length], after: lines.slice(files.length + 1, 2 * files.length + 1), left: lines.slice(2 * files.length + 1) };
  } finally {
    child.remove();
  }
}

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

    // The file Save As would replace is on a 1 MB disk; the copy does not fit beside it.
    const run = await onSmallDisk(1024, [existing], (disk) => ['saveAs', source, `${disk}/${basename(existing)}`, 'never']);
    expect(run.said).toBe('failed The disk is full, so the copy could not be saved. The open dataset is unchanged and no partial file was left behind; free some space and try again.');
    expect(run.after).toEqual(run.before);
    expect(run.left).toEqual([basename(existing)]);
    expect(sha(source)).toBe(sourceBefore);
    const reopened = openSeededStore(source);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });
});

describe('an upgrade that fills the disk', () => {
  /** A dataset as version 2 of the app left it, about 1.5 MB: upgrading rewrites every practice. */
  let datasets = 0;
  function versionTwoDataset(): string {
    const path = tmp.file(`version-2-${++datasets}.acmap`);
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, 2));
    initReferenceData(db);
    const insert = db.prepare(`INSERT INTO practices (id, name, country, hours, technology_domains, search_text, created_at, updated_at)
      VALUES (?, ?, 'Spain', 40, '[]', ?, '2026-01-01', '2026-01-01')`);
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`p-${i}`, `Práctica ${i}`, `practica ${i} ${'texto '.repeat(60)}`);
    })();
    db.close();
    return path;
  }

  it('rolls back, leaves the file as it was, says so, and keeps the backup copy it made first', async () => {
    const path = versionTwoDataset();
    const kilobytes = Math.ceil((statSync(path).size * 2.5) / 1024);
    // Room for the file and its backup copy, not for the upgrade's rollback journal as well.
    const run = await onSmallDisk(kilobytes, [path], (disk) => ['open', `${disk}/${basename(path)}`]);
    expect(run.said).toMatch(/^failed .*version-2-\d\.acmap could not be upgraded from dataset version 2 \(database or disk is full\); it was left as it was, and a copy of it is kept as .*version-2-\d\.acmap\.v2\.bak\.$/);
    expect(run.after).toEqual(run.before);
    expect(run.left).toEqual([basename(path), `${basename(path)}.v2.bak`]);
  });

  it('without room for the backup copy, does not start: the file stays as it was and no partial copy is left', async () => {
    const path = versionTwoDataset();
    const kilobytes = Math.ceil((statSync(path).size * 1.5) / 1024);
    const run = await onSmallDisk(kilobytes, [path], (disk) => ['open', `${disk}/${basename(path)}`]);
    expect(run.said).toMatch(/^failed .*is from an older version \(dataset version 2\) and is upgraded only after a copy of it is kept, but the copy could not be written \(database or disk is full\); it was left as it was\. Free some space and open it again\.$/);
    expect(run.after).toEqual(run.before);
    expect(run.left).toEqual([basename(path)]);
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
