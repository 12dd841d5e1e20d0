// `npm start`: build what is missing, then open the Electron window. Where the Electron runtime
// is not installed (offline or proxied installs skip its download), say so in one line and
// open the same app through the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);

if (spawnSync(process.execPath, [join(root, 'build', 'build.mjs'), '--if-missing'], { stdio: 'inherit' }).status !== 0) process.exit(1);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs the app as a child, passing Ctrl+C and termination on so nothing is left behind. */
function runChild(command, childArgs, env = process.env) {
  const child = spawn(command, childArgs, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function inBrowser(reason) {
  console.log(`${reason} Opening AutoCredify Mapper in your browser instead.`);
  runChild(process.execPath, [join(root, 'dist', 'electron', 'web.mjs'), ...args]);
}

const electron = electronBinary();
if (!electron) {
  inBrowser('The Electron runtime is not installed here (its download was skipped or failed).');
} else {
  let binding;
  try {
    binding = ensureElectronNative();
  } catch (error) {
    binding = null;
    inBrowser(`${error.message}`);
  }
  if (binding) {
    runChild(electron, [root, ...args], { ...process.env, AUTOCREDIFY_NATIVE_BINDING: binding });
  }
}
