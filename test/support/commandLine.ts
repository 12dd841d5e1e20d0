/** Runs `autocredify` as a script would: a child process whose data folder is in the test file's own temp folder. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../electron/bin/autocredify.mjs', import.meta.url));

/** `autocredify ARGS… …after` with AUTOCREDIFY_DATA_DIR set to `dataDir`; `after` ends every call (for example --db FILE). */
export function commandLine(dataDir: string, ...after: string[]) {
  return (...args: string[]) => {
    const run = spawnSync(process.execPath, [bin, ...args, ...after], { encoding: 'utf8', env: { ...process.env, AUTOCREDIFY_DATA_DIR: dataDir } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
}
