// `npm start`: build what is missing, then open the Electron window. Where Electron's runtime is
// not installed (npm's allowScripts keeps `npm ci` from downloading it), fetch it first the way
// Electron's own package does (build/electron-runtime.mjs), and the SQLite module built for its ABI
// (build/electron-native.mjs). Only when either cannot be had, say why in one line and open the same
// app through the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';
import { ensureElectronRuntime } from './electron-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

if (spawnSync(process.execPath, [join(root, 'build', 'build.mjs'), '--if-missing'], { stdio: 'inherit' }).status !== 0) process.exit(1);

/** Runs the app as a child, passing Ctrl+C and termination on so nothing is left behind. */
function runChild(command, childArgs, env = process.env) {
  const child = spawn(command, childArgs, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function inBrowser(reason) {
  console.log(`${reason} Opening AutoCredify Mapper in your browser instead.`);
  runChild(process.execPath, [join(root, 'dist', 'electron', 'web.mjs'), ...args]);
}

const runtime = await ensureElectronRuntime();
if (!runtime.path) {
  inBrowser(runtime.reason);
} else {
  let binding = null;
  try {
    binding = ensureElectronNative();
  } catch (error) {
    inBrowser(error.message);
  }
  // The app folder is Electron's entry (package.json "main": dist/electron/main.cjs).
  if (binding) runChild(runtime.path, [resolve(root), ...args], { ...process.env, AUTOCREDIFY_NATIVE_BINDING: binding });
}
