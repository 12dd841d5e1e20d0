/** Starts the built browser host (`node dist/electron/web.mjs`) as a user would, and reads the URL it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../data/contract/contract.js';
import type { Envelope } from '../../data/domain/envelope.js';

const ENTRIES = {
  /** The browser host itself (`npm run web`). */
  web: fileURLToPath(new URL('../../dist/electron/web.mjs', import.meta.url)),
  /** `npm start`, which falls back to the browser host where Electron's runtime is missing. */
  start: fileURLToPath(new URL('../../build/start.mjs', import.meta.url)),
};

export interface RunningHost {
  url: string;
  origin: string;
  process: ChildProcess;
  output: () => string;
  /** Calls an operation over HTTP as the page does (token in the header); throws on an error envelope. */
  call: <K extends OperationName>(operation: K, input: OperationInput<K>) => Promise<OperationOutput<K>>;
  stop: () => Promise<void>;
}

function caller(url: string): RunningHost['call'] {
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token') ?? '';
  return async (operation, input) => {
    const reply = await fetch(`${origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-autocredify-token': token },
      body: JSON.stringify(input),
    });
    const envelope = (await reply.json()) as Envelope<OperationOutput<typeof operation>>;
    if (!envelope.ok) throw new Error(`${operation}: ${envelope.error.message}`);
    return envelope.value;
  };
}

export function startHostProcess(args: string[], env: NodeJS.ProcessEnv = {}, entry: keyof typeof ENTRIES = 'web'): Promise<RunningHost> {
  const child = spawn(process.execPath, [ENTRIES[entry], '--no-open', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host printed no URL within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (!line) return;
      clearTimeout(timer);
      const url = line.trim();
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        output: () => output,
        call: caller(url),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code}:\n${output}`));
    });
  });
}

/**
 * Hosts for one test file, with their data folder (and log) in `tmp`: each started host is stopped,
 * and the folder removed, after the file's tests. A host a test killed has nothing left to stop.
 */
export function hostsForFile(tmp: { dir: string; cleanup: () => void }) {
  const env = { AUTOCREDIFY_DATA_DIR: tmp.dir };
  const running: RunningHost[] = [];
  afterAll(async () => {
    for (const host of running) if (host.process.exitCode === null && host.process.signalCode === null) await host.stop();
    tmp.cleanup();
  });
  const host = async (args: string[]): Promise<RunningHost> => {
    const started = await startHostProcess(args, env);
    running.push(started);
    return started;
  };
  return { env, host };
}
