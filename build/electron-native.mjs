// better-sqlite3 compiled for Electron's ABI, kept apart from node_modules so that Node (tests,
// browser host, command line) keeps its own build. The main process loads it through
// better-sqlite3's `nativeBinding` option. It is fetched once: first a prebuilt binary
// (prebuild-install, which honours npm_config_better_sqlite3_binary_host and the proxy settings),
// else compiled from Electron's headers (node-gyp; AUTOCREDIFY_ELECTRON_HEADERS_URL names a headers
// mirror). Both need the network, which users' machines have and this project's CI does not; what
// the tools print goes to .cache/electron-native/build.log, and the person at the terminal gets one
// line saying what was tried.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

export const DEFAULT_HEADERS_URL = 'https://electronjs.org/headers';

function run(command, args, cwd) {
  // npm's nodedir setting points node-gyp at Node's headers; Electron needs its own.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}` };
}

/** What went wrong in a tool's output, in a few words (the log has the rest). */
function summarise(output, fallback) {
  const code = output.match(/\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/);
  if (code) return `cannot be reached (${code[1]}), you seem to be offline`;
  const status = output.match(/\b(\d{3}) response downloading/) ?? output.match(/statusCode[ =:]+(\d{3})/);
  if (status) return `the server answered HTTP ${status[1]}`;
  if (/No prebuilt binaries found/.test(output)) return 'none is published for this version';
  const gypError = output.split('\n').find((line) => /gyp ERR! (stack )?Error:/.test(line));
  return gypError ? gypError.replace(/^.*Error:\s*/, '').trim() : fallback;
}

export function electronNativeTarget() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const outDir = join(root, '.cache', 'electron-native', `electron-${electronVersion}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`);
  return { electronVersion, sqliteVersion, outDir, target: join(outDir, 'better_sqlite3.node') };
}

/** Returns the path of better_sqlite3.node built for the installed Electron, fetching or building it if needed. */
export function ensureElectronNative() {
  const { electronVersion, outDir, target } = electronNativeTarget();
  if (existsSync(target)) return target;

  const work = join(outDir, 'src');
  const logPath = join(root, '.cache', 'electron-native', 'build.log');
  rmSync(work, { recursive: true, force: true });
  // Copied from its real folder: were node_modules/better-sqlite3 a link, cpSync would copy the link and
  // the tools below would write into Node's own build.
  const source = realpathSync(join(root, 'node_modules', 'better-sqlite3'));
  cpSync(source, work, { recursive: true, filter: (src) => src !== join(source, 'build') && !src.startsWith(join(source, 'build') + sep) });
  const electronArgs = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];

  console.log(`Fetching the SQLite module built for Electron ${electronVersion} (once)...`);
  const prebuilt = run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--verbose', ...electronArgs], work);
  let built = prebuilt;
  const headersUrl = process.env.AUTOCREDIFY_ELECTRON_HEADERS_URL || DEFAULT_HEADERS_URL;
  if (!prebuilt.ok) {
    console.log(`No prebuilt SQLite module for Electron ${electronVersion} (${summarise(prebuilt.output, 'prebuild-install failed')}); building it from Electron's headers (once, about a minute)...`);
    built = run(
      process.execPath,
      [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, `--dist-url=${headersUrl}`],
      work,
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(logPath, `--- prebuild-install\n${prebuilt.output}\n${built === prebuilt ? '' : `--- node-gyp (${headersUrl})\n${built.output}\n`}`);
  const binary = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built.ok || !existsSync(binary)) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(
      `The SQLite module for Electron ${electronVersion} could not be had: no prebuilt binary (${summarise(prebuilt.output, 'prebuild-install failed')}) and Electron's headers at ${headersUrl} to build one (${summarise(built.output, 'node-gyp failed')}); details in ${relative(process.cwd(), logPath) || logPath}; run npm start again once online.`,
    );
  }
  copyFileSync(binary, target);
  rmSync(work, { recursive: true, force: true });
  console.log(`SQLite module for Electron ${electronVersion} ready (${prebuilt.ok ? 'prebuilt' : 'built from headers'}).`);
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureElectronNative());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
