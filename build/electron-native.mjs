// better-sqlite3 compiled for Electron's ABI, kept apart from node_modules so that Node (tests,
// browser host, command line) keeps its own build. The main process loads it through
// better-sqlite3's `nativeBinding` option. Needs the network (Electron's headers or a
// prebuilt binary), which users' machines have and this project's CI does not.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

function run(command, args, cwd) {
  // npm's nodedir setting points node-gyp at Node's headers; Electron needs its own.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

/** Returns the path of better_sqlite3.node built for the installed Electron, building it if needed. */
export function ensureElectronNative() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const outDir = join(root, '.cache', 'electron-native', `electron-${electronVersion}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`);
  const target = join(outDir, 'better_sqlite3.node');
  if (existsSync(target)) return target;

  console.log(`Building the SQLite module for Electron ${electronVersion} (once)...`);
  const work = join(outDir, 'src');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  const electronArgs = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
  const built =
    run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronArgs], work) ||
    run(
      process.execPath,
      [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      work,
    );
  const binary = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !existsSync(binary)) {
    throw new Error('Could not build better-sqlite3 for Electron (it needs Electron’s headers or a prebuilt binary from the network).');
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(binary, target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureElectronNative());
