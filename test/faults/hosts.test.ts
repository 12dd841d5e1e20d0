/**
 * Faults the hosts meet: a second instance on the same file, a host killed in the middle of a
 * background import, and the local log they leave behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../data/jobs/model.js';
import { openStore } from '../../data/store/store.js';
import { lockPathFor } from '../../data/store/lock.js';
import { commandLine } from '../support/commandLine.js';
import { tempDir } from '../support/tempFiles.js';
import { hostsForFile } from '../support/webHostProcess.js';

const tmp = tempDir();
const { host } = hostsForFile(tmp);
const cli = commandLine(tmp.dir);

function csv(rows: number): { name: string; contentBase64: string } {
  const lines = ['Practice id;Name;Country;Hours'];
  for (let i = 0; i < rows; i++) lines.push(`host-${i};Práctica ${i};${['Spain', 'Finland', 'Portugal'][i % 3]};${i % 500},5`);
  return { name: 'big.csv', contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') };
}

describe('a second instance on the same dataset file', () => {
  it('opens it read-only and says who has it; the first keeps writing; once it closes the file is free again', async () => {
    const path = tmp.file('shared.acmap');
    const first = await host(['--db', path]);
    expect(first.output()).not.toMatch(/read-only/);
    const second = await host(['--db', path]);
    const firstPid = first.process.pid!;
    expect(second.output()).toContain(`${path} is open in another AutoCredify Mapper window (process ${firstPid}, since `);
    expect(second.output()).toMatch(/; opened read-only\. Close it there to make changes here\./);
    expect(await first.call('app.info', {})).toMatchObject({ readOnly: false });
    // The UI says why, under the header (app.info carries the reason).
    expect((await second.call('app.info', {})).readOnlyReason).toMatch(new RegExp(`open in another AutoCredify Mapper window \\(process ${firstPid}, since .*; opened read-only`));
    await expect(second.call('practices.update', { id: 'x', fields: { hours: 1 } })).rejects.toThrow(/open read-only/);

    // The first writes on; the second sees the change (readers of a WAL dataset see each commit).
    const before = (await second.call('app.info', {})).practiceCount;
    await first.call('practices.create', { fields: { name: 'Written by the first window', country: 'Spain' } });
    expect((await second.call('app.info', {})).practiceCount).toBe(before + 1);

    // The command line respects the lock too: reports run, writes are refused with the reason.
    const report = cli('call', 'app.info', '--db', path);
    expect(report.status).toBe(0);
    expect(report.stderr).toContain(`is open in another AutoCredify Mapper window (process ${firstPid}`);
    const write = cli('call', 'practices.create', '{"fields":{"name":"From the CLI","country":"Spain"}}', '--db', path);
    expect(write.status).toBe(1);
    expect(write.stderr).toMatch(/open in another AutoCredify Mapper window[\s\S]*Error \(read_only\)/);

    await first.stop();
    expect(existsSync(lockPathFor(path))).toBe(false);
    const third = await host(['--db', path]);
    expect(await third.call('app.info', {})).toMatchObject({ readOnly: false, practiceCount: before + 1 });
    await third.stop();
    await second.stop();
  });

  it('a host asked for --read-only takes no lock, so it never keeps a writer out', async () => {
    const path = tmp.file('reader-first.acmap');
    await (await host(['--db', path])).stop();
    const reader = await host(['--db', path, '--read-only']);
    const writer = await host(['--db', path]);
    expect(await writer.call('app.info', {})).toMatchObject({ readOnly: false });
    await writer.stop();
    await reader.stop();
  });
});

describe('a host killed with SIGKILL during a background import', () => {
  it('leaves the dataset whole with all or none of the import, and the next start takes over its lock', async () => {
    const path = tmp.file('killed.acmap');
    const first = await host(['--db', path]);
    const before = (await first.call('app.info', {})).practiceCount;
    const job = await first.call('jobs.start', { operation: 'import.run', input: { file: csv(15_000), key: 'id' } });
    let status: JobStatus = job;
    // Killed once it writes, so the worker's transaction is open when the process dies.
    while (status.state === 'running' && !status.progress?.phase.startsWith('Writing')) status = await first.call('jobs.status', { id: job.id });
    expect(status).toMatchObject({ state: 'running', progress: { phase: expect.stringMatching(/^Writing/) } });
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGKILL');
    await exited;
    // The dead host's lock is still there; nothing released it.
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: first.process.pid });

    const store = openStore(path, { checkIntegrity: true });
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const practices = (store.db.prepare('SELECT count(*) AS n FROM practices').get() as { n: number }).n;
    store.close();
    expect([before, before + 15_000]).toContain(practices);

    const next = await host(['--db', path]);
    expect(next.output()).not.toMatch(/read-only/);
    expect(await next.call('app.info', {})).toMatchObject({ readOnly: false, practiceCount: practices });
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: next.process.pid });
    await next.stop();
  });
});

describe('the local log', () => {
  it('records starts, datasets opened (and why read-only) and failed operations, but no research data', async () => {
    const path = tmp.file('logged.acmap');
    const first = await host(['--db', path]);
    const second = await host(['--db', path]);
    await first.call('practices.create', { fields: { name: 'Secret practice name', country: 'Finland' } });
    await expect(second.call('practices.create', { fields: { name: 'Another secret', country: 'Spain' } })).rejects.toThrow(/read-only/);
    await expect(first.call('practices.get', { id: 'no-such-practice' })).rejects.toThrow();
    await second.stop();
    await first.stop();
    const log = readFileSync(join(tmp.dir, 'logs', 'autocredify.log'), 'utf8');
    expect(log).toMatch(new RegExp(`INFO  \\[${first.process.pid}\\] Browser host started`));
    expect(log).toMatch(new RegExp(`INFO  \\[${first.process.pid}\\] Opened ${path}\\n`));
    expect(log).toMatch(new RegExp(`INFO  \\[${second.process.pid}\\] Opened ${path} read-only: .*is open in another AutoCredify Mapper window \\(process ${first.process.pid}`));
    // The code, never the message (which may quote research data: test/faults/logPrivacy.test.ts).
    expect(log).toMatch(new RegExp(`WARN  \\[${second.process.pid}\\] practices.create failed \\(read_only\\)\\n`));
    expect(log).toMatch(new RegExp(`WARN  \\[${first.process.pid}\\] practices.get failed \\(not_found\\)\\n`));
    expect(log).toMatch(new RegExp(`INFO  \\[${first.process.pid}\\] Browser host stopped`));
    expect(log).not.toMatch(/secret/i);
  });
});
