// `npm run dist [-- --linux|--win|--mac]`: installers with electron-builder. The Electron build
// of better-sqlite3 is shipped as resources/native/better_sqlite3.node (see electron-builder.yml).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const step = (command, args) => {
  if (spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status !== 0) process.exit(1);
};

step(process.execPath, [join(root, 'build', 'build.mjs')]);
const current = join(root, '.cache', 'electron-native', 'current');
mkdirSync(current, { recursive: true });
copyFileSync(ensureElectronNative(), join(current, 'better_sqlite3.node'));
step(process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
