// `npm run dist [-- --linux|--win|--mac|--dir]`: installers with electron-builder. The Electron build
// of better-sqlite3 is shipped as resources/native/better_sqlite3.node (see electron-builder.yml): the
// one build/electron-native.mjs fetches or builds for this machine, or the file AUTOCREDIFY_NATIVE_BINDING
// names (built elsewhere for the target platform). Extra arguments go to electron-builder, e.g.
// `-c.electronDist=DIR` for an Electron folder already on disk.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const step = (command, args) => {
  if (!run(command, args)) process.exit(1);
};

// Under AUTOCREDIFY_NO_BUILD=1 (the test suite) dist/ is built already and must not be rebuilt.
step(process.execPath, [join(root, 'build', 'build.mjs'), ...(process.env.AUTOCREDIFY_NO_BUILD === '1' ? ['--if-missing'] : [])]);

let binding = process.env.AUTOCREDIFY_NATIVE_BINDING ? resolve(process.env.AUTOCREDIFY_NATIVE_BINDING) : null;
if (binding && !existsSync(binding)) {
  console.error(`AUTOCREDIFY_NATIVE_BINDING names ${binding}, which does not exist.`);
  process.exit(1);
}
if (!binding) {
  try {
    binding = ensureElectronNative();
  } catch (error) {
    console.error(`${error.message} Installers need it: build them on a machine with a network.`);
    process.exit(1);
  }
}
// A folder of this run's own, so two runs (or a run and a test) never ship each other's file.
const packagingDir = `packaging-${process.pid}`;
const staged = join(root, '.cache', 'electron-native', packagingDir);
mkdirSync(staged, { recursive: true });
copyFileSync(binding, join(staged, 'better_sqlite3.node'));
const built = run(process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  ...process.env,
  AUTOCREDIFY_PACKAGING_DIR: packagingDir,
});
rmSync(staged, { recursive: true, force: true });
if (!built) process.exit(1);
