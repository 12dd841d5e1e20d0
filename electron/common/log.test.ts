/** The local log: one line per entry, rotation at its size limit keeping three older files, never a crash. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { LOG_FILE_NAME, logDirOf, logUncaughtErrors, openLog } from './log.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const fixedClock = () => new Date('2026-03-01T09:30:00.000Z');

describe('the local log', () => {
  it('writes timestamped single lines to <data dir>/logs/autocredify.log', () => {
    const dir = tmp.file('plain');
    const log = openLog(dir, { now: fixedClock });
    log.info('Browser host started');
    log.operationFailed('practices.update', { code: 'invalid_input', message: 'The request was not valid\nsecond line' });
    log.operationFailed('import.run', { code: 'internal', message: 'The disk is full' });
    expect(log.path).toBe(join(logDirOf(dir), LOG_FILE_NAME));
    const lines = readFileSync(log.path, 'utf8').split('\n').filter(Boolean);
    expect(lines).toEqual([
      `2026-03-01T09:30:00.000Z INFO  [${process.pid}] Browser host started`,
      `2026-03-01T09:30:00.000Z WARN  [${process.pid}] practices.update failed (invalid_input)`,
      `2026-03-01T09:30:00.000Z ERROR [${process.pid}] import.run failed (internal)`,
    ]);
  });

  it('cuts a message of any length down to one readable line', () => {
    const log = openLog(tmp.file('long'));
    log.error('x'.repeat(50_000));
    const line = readFileSync(log.path, 'utf8');
    expect(line.length).toBeLessThan(2200);
    expect(line).toMatch(/… \(48000 more characters\)\n$/);
  });

  it('rotates at its size limit and keeps three older files, oldest dropped first', () => {
    const log = openLog(tmp.file('rotating'), { maxBytes: 400, now: fixedClock });
    // Each entry is about 60 bytes, so 6 fit in one file; 40 entries go through several rotations.
    for (let i = 0; i < 40; i++) log.info(`entry ${String(i).padStart(3, '0')}`);
    const files = [log.path, `${log.path}.1`, `${log.path}.2`, `${log.path}.3`];
    for (const file of files) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).length).toBeLessThanOrEqual(400);
    }
    expect(existsSync(`${log.path}.4`)).toBe(false);
    const entries = (file: string) => [...readFileSync(file, 'utf8').matchAll(/entry (\d+)/g)].map((m) => Number(m[1]));
    // Newest in the log itself, then .1, .2, .3, with nothing lost between the kept files.
    const kept = [...files].reverse().flatMap(entries);
    expect(kept.at(-1)).toBe(39);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => kept[0]! + i));
    expect(kept[0]).toBeGreaterThan(0);
  });

  it('keeps appending to the file an earlier run left, and starts a new one when that is full', () => {
    const dir = tmp.file('resumed');
    const first = openLog(dir, { maxBytes: 200 });
    first.info('from the first run');
    const second = openLog(dir, { maxBytes: 200 });
    second.info('from the second run');
    expect(readFileSync(second.path, 'utf8')).toMatch(/first run[\s\S]*second run/);
    writeFileSync(second.path, 'y'.repeat(199));
    second.info('after the file filled up');
    expect(readFileSync(`${second.path}.1`, 'utf8')).toBe('y'.repeat(199));
    expect(readFileSync(second.path, 'utf8')).toMatch(/^\S+ INFO .*after the file filled up\n$/);
  });

  it('keeps no error message, which may quote research data: an operation’s name and code, an error’s kind and code', () => {
    const log = openLog(tmp.file('no-messages'), { now: fixedClock });
    const secret = 'MARKER-practice-name';
    log.operationFailed('practices.update', { code: 'invalid_input', message: `The practice “${secret}” is not valid` });
    log.operationFailed(`${secret}.call`, { code: 'unknown_operation', message: `No operation ${secret}` });
    log.failed('Could not open /data/x.acmap', Object.assign(new Error(`holds trigger "${secret}"`), { name: 'StoreOpenError', problem: 'foreign_objects' }));
    log.failed('Save As failed', Object.assign(new Error(`disk full while writing ${secret}`), { code: 'SQLITE_FULL' }));
    const text = readFileSync(log.path, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).toContain('practices.update failed (invalid_input)');
    expect(text).toContain('(an unknown operation) failed (unknown_operation)');
    expect(text).toContain('Could not open /data/x.acmap: StoreOpenError (foreign_objects)');
    expect(text).toContain('Save As failed: Error (SQLITE_FULL)');
  });

  it('records uncaught exceptions and promise rejections with their stack frames, not their messages', () => {
    const log = openLog(tmp.file('crashes'), { now: fixedClock });
    const others = process.listeners('uncaughtExceptionMonitor');
    const stop = logUncaughtErrors(log);
    // Called directly, not emitted: the test runner watches the same event.
    const [monitor] = process.listeners('uncaughtExceptionMonitor').filter((l) => !others.includes(l));
    try {
      monitor!(new Error('The worker exploded'), 'uncaughtException');
      monitor!(new TypeError('x is undefined'), 'unhandledRejection');
    } finally {
      stop();
    }
    expect(process.listeners('uncaughtExceptionMonitor')).toEqual(others);
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/ERROR \[\d+\] Uncaught exception: Error ⏎ +at /);
    expect(text).toMatch(/ERROR \[\d+\] Uncaught promise rejection: TypeError ⏎ +at /);
    expect(text).not.toMatch(/exploded|undefined/);
    expect(text.trim().split('\n')).toHaveLength(2);
  });

  it('loses the line, never the app, when the log cannot be written', () => {
    const blocked = tmp.file('blocked');
    writeFileSync(blocked, 'a file where the logs folder should be');
    const log = openLog(blocked);
    expect(() => log.error('nowhere to go')).not.toThrow();
  });
});
