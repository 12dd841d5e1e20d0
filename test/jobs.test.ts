/**
 * A long import as a background job of the browser host: it reports progress while the host keeps
 * answering, a cancel rolls it back, and a second run completes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractJobStatus as JobStatus } from '../data/contract/contract.js';
import { tempDir } from './support/tempFiles.js';
import { startHostProcess, type RunningHost } from './support/webHostProcess.js';

const tmp = tempDir();
let host: RunningHost;

const rows = ['Practice id;Name;Country;Hours;Provider'];
for (let i = 0; i < 30_000; i++) rows.push(`job-${i};Práctica ${i};${['Spain', 'Finland', 'Portugal'][i % 3]};${i % 500},5;Proveedor ${i % 40}`);
const file = { name: 'big.csv', contentBase64: Buffer.from(rows.join('\r\n'), 'utf8').toString('base64') };

beforeAll(async () => {
  host = await startHostProcess(['--db', tmp.file('jobs.acmap')], { AUTOCREDIFY_DATA_DIR: tmp.dir });
});
afterAll(async () => {
  await host?.stop();
  tmp.cleanup();
});

async function until(id: string, done: (s: JobStatus) => boolean): Promise<JobStatus> {
  for (let i = 0; i < 600; i++) {
    const status = await host.call('jobs.status', { id });
    if (done(status)) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The job did not get there in 30 s');
}

describe('an import as a background job', () => {
  it('refuses bad input at once, before any work starts', async () => {
    await expect(host.call('jobs.start', { operation: 'import.run', input: { file: { name: 'x', contentBase64: '%%' } } })).rejects.toThrow(/base64/);
    await expect(host.call('jobs.start', { operation: 'practices.delete' as 'import.run', input: {} })).rejects.toThrow(/does not run as a job/);
  });

  it('reports progress while the host keeps answering, and a cancel leaves nothing behind', async () => {
    const before = await host.call('app.info', {});
    const job = await host.call('jobs.start', { operation: 'import.run', input: { file, key: 'id' } });
    expect(job.state).toBe('running');
    const moving = await until(job.id, (s) => s.progress !== null || s.state !== 'running');
    expect(moving.state).toBe('running');
    expect(moving.progress?.total).toBe(30_000);
    // The thread that serves the UI is free: other operations answer while the job runs.
    const during = await host.call('practices.list', { limit: 5 });
    expect(during.total).toBe(before.practiceCount);
    expect((await host.call('jobs.status', { id: job.id })).state).toBe('running');
    await host.call('jobs.cancel', { id: job.id });
    const ended = await until(job.id, (s) => s.state !== 'running');
    // One envelope: the job's status carries the operation's error itself, not an envelope of it.
    expect(ended).toMatchObject({ operation: 'import.run', state: 'cancelled', error: { code: 'cancelled' } });
    expect(ended).not.toHaveProperty('result');
    expect(ended).not.toHaveProperty('value');
    expect(ended.progress).not.toBeNull();
    expect((await host.call('app.info', {})).practiceCount).toBe(before.practiceCount);
    expect((await host.call('history.status', {})).undo).toBeNull();
  });

  it('runs to the end and is then one undoable step', async () => {
    const before = await host.call('app.info', {});
    const job = await host.call('jobs.start', { operation: 'import.run', input: { file, key: 'id' } });
    const ended = await until(job.id, (s) => s.state !== 'running');
    expect(ended).toMatchObject({ operation: 'import.run', state: 'done', value: { committed: true, counts: { new: 30_000 } } });
    expect(ended).not.toHaveProperty('error');
    // The value is typed by the operation: no cast to read an import's counts.
    if (ended.state !== 'done' || ended.operation !== 'import.run') throw new Error('expected a finished import');
    expect(ended.value.counts.new).toBe(30_000);
    expect((await host.call('app.info', {})).practiceCount).toBe(before.practiceCount + 30_000);
    expect((await host.call('history.status', {})).undo?.label).toBe('Imported big.csv (30000 new, 0 updated)');
    await expect(host.call('jobs.status', { id: 'no-such-job' })).rejects.toThrow(/no background task/);
  });
});

describe('exports as background jobs', () => {
  it('give the same file as the operation itself, also on a dataset opened read-only, where imports are refused', async () => {
    const request = { view: 'practices' as const, input: { filter: { countryGroup: ['Finland' as const] } }, format: 'csv-excel' as const };
    const direct = await host.call('analysis.export', request);
    const job = await host.call('jobs.start', { operation: 'analysis.export', input: request });
    const ended = await until(job.id, (s) => s.state !== 'running');
    expect(ended).toMatchObject({ operation: 'analysis.export', state: 'done', value: direct });

    await host.stop();
    host = await startHostProcess(['--db', tmp.file('jobs.acmap'), '--read-only'], { AUTOCREDIFY_DATA_DIR: tmp.dir });
    const exported = await host.call('jobs.start', { operation: 'analysis.export', input: request });
    expect(await until(exported.id, (s) => s.state !== 'running')).toMatchObject({ state: 'done', value: direct });
    await expect(host.call('jobs.start', { operation: 'import.run', input: { file, key: 'id' } })).rejects.toThrow(/read-only/);
  });
});
