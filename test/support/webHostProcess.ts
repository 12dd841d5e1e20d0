/** Starts the built browser host (`node dist/electron/web.mjs`) as a user would, and reads the URL it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
  stop: () => Promise<void>;
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
