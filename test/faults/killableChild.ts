/**
 * Runs test/faults/faultChild.ts as its own Node process: bundled with esbuild the way build/build.mjs
 * bundles the hosts (SQL as text, better-sqlite3 left to Node), into node_modules/.cache so that
 * better-sqlite3 resolves from the project's node_modules.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function bundleFaultChild(): Promise<{ entry: string; remove: () => void }> {
  const dir = `${root}node_modules/.cache/autocredify-tests`;
  mkdirSync(dir, { recursive: true });
  const entry = `${dir}/faultChild-${process.pid}.mjs`;
  await build({
    absWorkingDir: root,
    entryPoints: ['test/faults/faultChild.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    loader: { '.sql': 'text' },
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return { entry, remove: () => rmSync(entry, { force: true }) };
}

export interface PausedChild {
  child: ChildProcess;
  /** What the child said when it paused (e.g. "Writing new practices 15000/30000"). */
  detail: string;
  /** SIGKILL, and wait until the process is gone. */
  kill: () => Promise<void>;
}

/** Starts the child and resolves once it has paused inside its operation; rejects if it ends first. */
export function startPaused(entry: string, args: string[]): Promise<PausedChild> {
  const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const paused = /^paused (.*)$/m.exec(output);
      if (!paused) return;
      resolve({
        child,
        detail: paused[1]!,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => reject(new Error(`The child ended (${code ?? signal}) before pausing:\n${output}`)));
  });
}
