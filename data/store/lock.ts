/**
 * One writer per dataset file: SQLite itself would let two app instances write the same file
 * turn by turn, each with its own undo history and cached view of the data, so edits would be
 * lost or undone behind the other's back. The first instance holds `<file>.lock` (who, where,
 * since when); a second one learns who has the file and opens it read-only. A lock left by a
 * process that died (crash, power cut, SIGKILL) is taken over.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

const lockInfoSchema = z.object({
  app: z.literal('AutoCredify Mapper'),
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
  /** When the holder's computer started (ms since 1970): after a reboot the same pid is another process. */
  bootedAt: z.number(),
  /** Tells this process's own lock apart from one an earlier process with the same pid left. */
  token: z.string(),
});

export type LockHolder = z.infer<typeof lockInfoSchema>;

export interface StoreLock {
  readonly lockPath: string;
  release(): void;
}

export type LockAttempt = { acquired: true; lock: StoreLock } | { acquired: false; holder: LockHolder | null };

/** Clock adjustments move the computed boot time a little; a reboot moves it by far more. */
const BOOT_TOLERANCE_MS = 10 * 60 * 1000;
/** A lock file that cannot be read is being written right now, unless it is older than this. */
const UNREADABLE_GRACE_MS = 10 * 1000;

const held = new Map<string, { count: number; token: string }>();
let exitHookInstalled = false;

/**
 * The lock of the file itself, wherever it is reached from: a symlink (to the file or to a folder
 * on its path) and its target are one file, so they share one lock beside the real path; otherwise
 * a host on `link.acmap` and another on `real.acmap` both wrote. A file that does not exist yet is
 * named by its folder's real path.
 */
export function lockPathFor(storePath: string): string {
  return `${realPathOf(storePath)}.lock`;
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

const bootTime = () => Date.now() - uptime() * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRaw(lockPath: string): string | null {
  try {
    return readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
}

function parse(raw: string): LockHolder | null {
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a lock file still stands for a running holder; a lock from another computer is assumed to. */
function isLive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (Math.abs(holder.bootedAt - bootTime()) > BOOT_TOLERANCE_MS) return false;
  if (holder.pid === process.pid) return false; // not in `held`, so an earlier process with our pid left it
  return isAlive(holder.pid);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Creates the lock file complete or not at all; false when it exists already. */
function tryCreate(lockPath: string, content: string): boolean {
  // Written aside and hard-linked into place, so nobody ever reads a half-written lock.
  const aside = `${lockPath}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(aside, content, { flag: 'wx' });
    linkSync(aside, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick, some network shares): exclusive create.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Moves a stale lock out of the way. Another process may have replaced it between our reading
 * and our moving it; then its fresh lock is put back and reported as the holder.
 */
function removeStale(lockPath: string, judged: string): LockHolder | null {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return null; // gone already: released, or taken over by someone else first
  }
  try {
    const moved = readRaw(aside);
    if (moved === judged) return null;
    try {
      linkSync(aside, lockPath);
    } catch {
      // Someone else holds it now; their lock stands.
    }
    return moved === null ? null : parse(moved);
  } finally {
    rmSync(aside, { force: true });
  }
}

function releaseAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [lockPath, entry] of held) removeIfOurs(lockPath, entry.token);
    held.clear();
  });
}

function removeIfOurs(lockPath: string, token: string): void {
  const raw = readRaw(lockPath);
  if (raw !== null && parse(raw)?.token === token) rmSync(lockPath, { force: true });
}

function lockHandle(lockPath: string): StoreLock {
  let released = false;
  return {
    lockPath,
    release() {
      if (released) return;
      released = true;
      const entry = held.get(lockPath);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(lockPath);
      removeIfOurs(lockPath, entry.token);
    },
  };
}

/**
 * Takes the lock of a dataset file for this process. Opening the same file again in this process
 * (the window reopening it, Save As switching to it) shares the lock. Errors other than "someone
 * else has it" (a folder we may not write to) are thrown: the caller decides.
 */
export function acquireStoreLock(storePath: string): LockAttempt {
  const lockPath = lockPathFor(storePath);
  const mine = held.get(lockPath);
  if (mine) {
    mine.count += 1;
    return { acquired: true, lock: lockHandle(lockPath) };
  }
  const token = randomUUID();
  const info: LockHolder = { app: 'AutoCredify Mapper', pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), bootedAt: bootTime(), token };
  const content = `${JSON.stringify(info)}\n`;
  // A few rounds: each lost race means someone else changed the lock file between our steps.
  for (let round = 0; round < 5; round++) {
    if (tryCreate(lockPath, content)) {
      held.set(lockPath, { count: 1, token });
      releaseAllOnExit();
      return { acquired: true, lock: lockHandle(lockPath) };
    }
    const raw = readRaw(lockPath);
    if (raw === null) continue;
    const holder = parse(raw);
    if (holder === null && ageMs(lockPath) < UNREADABLE_GRACE_MS) return { acquired: false, holder: null };
    if (holder !== null && isLive(holder)) return { acquired: false, holder };
    const replaced = removeStale(lockPath, raw);
    if (replaced !== null && isLive(replaced)) return { acquired: false, holder: replaced };
  }
  return { acquired: false, holder: null };
}

/** Whether someone else has this file open for writing: for Save As and New, which must not replace it. */
export function storeLockHolder(storePath: string): { held: false } | { held: true; holder: LockHolder | null } {
  const lockPath = lockPathFor(storePath);
  if (held.has(lockPath)) return { held: false };
  const raw = readRaw(lockPath);
  if (raw === null) return { held: false };
  const holder = parse(raw);
  if (holder === null) return ageMs(lockPath) < UNREADABLE_GRACE_MS ? { held: true, holder: null } : { held: false };
  return isLive(holder) ? { held: true, holder } : { held: false };
}

/** For the person at the keyboard: who has the file, and what that means here. */
export function describeHolder(storePath: string, holder: LockHolder | null): string {
  if (holder === null) return `${storePath} is being opened by another AutoCredify Mapper window right now`;
  const where = holder.host === hostname() ? '' : ` on the computer "${holder.host}"`;
  return `${storePath} is open in another AutoCredify Mapper window (process ${holder.pid}${where}, since ${holder.startedAt})`;
}
