/** The dataset lock: one holder at a time, shared within a process, taken over from the dead, never from the living. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { acquireStoreLock, describeHolder, lockPathFor, storeLockHolder, type LockHolder } from './lock.js';

const tmp = tempDir();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  tmp.cleanup();
});

let counter = 0;
const storePath = () => tmp.file(`store-${++counter}.acmap`);

function writeLock(path: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = { app: 'AutoCredify Mapper', pid: 1, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', bootedAt: Date.now() - uptime() * 1000, token: 'theirs', ...holder };
  writeFileSync(lockPathFor(path), JSON.stringify(full));
}

/** A process that stays alive until the test ends it: a holder whose pid is really running. */
function liveProcess(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child as ChildProcess & { pid: number }));
    child.once('error', reject);
  });
}

function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', () => resolve(child.pid!)));
}

function acquired(path: string) {
  const attempt = acquireStoreLock(path);
  if (!attempt.acquired) throw new Error(`expected to get the lock of ${path}`);
  return attempt.lock;
}

describe('the dataset lock', () => {
  it('is a file beside the dataset naming this process, shared by opens in the same process, gone after the last release', () => {
    const path = storePath();
    const first = acquired(path);
    const holder = JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ app: 'AutoCredify Mapper', pid: process.pid, host: hostname() });
    const second = acquired(path);
    expect(storeLockHolder(path)).toEqual({ held: false });
    first.release();
    first.release(); // twice is once
    expect(existsSync(lockPathFor(path))).toBe(true);
    second.release();
    expect(existsSync(lockPathFor(path))).toBe(false);
    // Nothing else was left in the folder (no half-written temporary files).
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith(`store-${counter}.`))).toEqual([]);
  });

  it('is refused while another running process holds it, and taken over once that process is gone', async () => {
    const path = storePath();
    const other = await liveProcess();
    writeLock(path, { pid: other.pid });
    const refused = acquireStoreLock(path);
    expect(refused).toMatchObject({ acquired: false, holder: { pid: other.pid } });
    expect(storeLockHolder(path)).toMatchObject({ held: true, holder: { pid: other.pid } });
    expect(readFileSync(lockPathFor(path), 'utf8')).toMatch(/"token":"theirs"/);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await exited;
    expect(storeLockHolder(path)).toEqual({ held: false });
    const lock = acquired(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock whose process died, and one left before the computer restarted', async () => {
    const afterCrash = storePath();
    writeLock(afterCrash, { pid: await deadPid() });
    acquired(afterCrash).release();
    // pid 1 is always running, but the lock says it was written in an earlier boot.
    const afterReboot = storePath();
    writeLock(afterReboot, { pid: 1, bootedAt: Date.now() - uptime() * 1000 - 3 * 24 * 3600 * 1000 });
    acquired(afterReboot).release();
    // A lock with this process's pid that this process never took: an earlier process with the same pid left it.
    const samePid = storePath();
    writeLock(samePid, { pid: process.pid });
    acquired(samePid).release();
    for (const path of [afterCrash, afterReboot, samePid]) expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('respects a lock from another computer (a shared folder), where it cannot tell whether the holder runs', () => {
    const path = storePath();
    writeLock(path, { host: 'someone-elses-laptop', pid: 4242 });
    const refused = acquireStoreLock(path);
    expect(refused.acquired).toBe(false);
    expect(describeHolder(path, refused.acquired ? null : refused.holder)).toBe(
      `${path} is open in another AutoCredify Mapper window (process 4242 on the computer "someone-elses-laptop", since 2026-01-01T00:00:00.000Z)`,
    );
  });

  it('waits out an unreadable lock while it may still be being written, and takes over an old one', () => {
    const path = storePath();
    writeFileSync(lockPathFor(path), '');
    expect(acquireStoreLock(path)).toEqual({ acquired: false, holder: null });
    expect(describeHolder(path, null)).toMatch(/is being opened by another AutoCredify Mapper window right now/);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(path), minuteAgo, minuteAgo);
    acquired(path).release();
  });

  it('never removes a lock that someone else put in its place', () => {
    const path = storePath();
    const lock = acquired(path);
    writeLock(path, { pid: 1, token: 'replaced' });
    lock.release();
    expect(readFileSync(lockPathFor(path), 'utf8')).toMatch(/"token":"replaced"/);
  });
});

describe('the lock through a symlink', () => {
  it('is the lock of the real file: a link to the file, or to its folder, and the file itself share one lock', async () => {
    const alive = await liveProcess();
    const real = storePath();
    writeFileSync(real, 'dataset');
    const link = tmp.file(`link-${counter}.acmap`);
    symlinkSync(real, link);
    const folderLink = tmp.file(`folder-link-${counter}`);
    symlinkSync(tmp.dir, folderLink);
    const viaFolder = `${folderLink}/${real.split('/').at(-1)!}`;
    // Another process writes the file through its real path: neither link may be written too.
    writeLock(real, { pid: alive.pid, token: 'the-other-writer' });
    for (const path of [link, viaFolder]) {
      const attempt = acquireStoreLock(path);
      expect(attempt.acquired, path).toBe(false);
      if (!attempt.acquired) expect(attempt.holder?.pid).toBe(alive.pid);
      expect(storeLockHolder(path)).toMatchObject({ held: true });
    }
    expect(existsSync(`${link}.lock`)).toBe(false); // no second lock beside the link
  });

  it('taken through the link, keeps out a writer on the real path', async () => {
    const alive = await liveProcess();
    const dir = tmp.file(`real-folder-${++counter}`);
    mkdirSync(dir);
    const real = `${dir}/data.acmap`;
    writeFileSync(real, 'dataset');
    const link = tmp.file(`link-${counter}.acmap`);
    symlinkSync(real, link);
    writeLock(link, { pid: alive.pid, token: 'through-the-link' });
    expect(existsSync(`${real}.lock`)).toBe(true);
    expect(acquireStoreLock(real).acquired).toBe(false);
  });
});
