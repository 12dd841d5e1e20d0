// Builds what the hosts run: main process and preload (CommonJS, for Electron), the browser host
// and the command line (ES modules, for Node), then the renderer with Vite.
// `--if-missing` skips the build when dist/ is complete and newer than the sources (and never
// builds under AUTOCREDIFY_NO_BUILD=1, which the test suite sets);
// `--cli-only` builds just the command line (what `npx autocredify` needs).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/web.mjs', 'dist/electron/cli.mjs', 'dist/electron/jobWorker.mjs', 'dist/renderer/index.html'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else newest = Math.max(newest, statSync(join(root, path)).mtimeMs);
  }
  return newest;
}

const cliOnly = process.argv.includes('--cli-only');

function upToDate() {
  const wanted = cliOnly ? ['dist/electron/cli.mjs'] : outputs;
  if (!wanted.every((o) => existsSync(join(root, o)))) return false;
  const built = Math.min(...wanted.map((o) => statSync(join(root, o)).mtimeMs));
  return Math.max(...(cliOnly ? ['data', 'electron'] : ['data', 'electron', 'renderer']).map(newestSource)) < built;
}

if (process.argv.includes('--if-missing')) {
  if (upToDate()) process.exit(0);
  // Tests build once before the suite (npm test) and set this: a launcher that rebuilt dist/ under
  // them would pull files from under other tests that run the hosts.
  if (process.env.AUTOCREDIFY_NO_BUILD === '1') {
    const wanted = cliOnly ? ['dist/electron/cli.mjs'] : outputs;
    if (wanted.every((o) => existsSync(join(root, o)))) process.exit(0);
    console.error('dist/ is not built, and AUTOCREDIFY_NO_BUILD=1 forbids building it here: run npm run build first.');
    process.exit(1);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  loader: { '.sql': 'text' },
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  absWorkingDir: root,
};

// Bundled CommonJS dependencies may call require(); give ES module bundles one.
const esm = {
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

const started = Date.now();
const cli = () => esbuild({ ...common, ...esm, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/electron/cli.mjs' });
if (cliOnly) {
  await cli();
  process.exit(0);
}
await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/desktop/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs' }),
  // The preload runs sandboxed: one CommonJS file that requires nothing but electron.
  esbuild({ ...common, entryPoints: ['electron/desktop/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' }),
  esbuild({ ...common, ...esm, entryPoints: ['electron/web/main.ts'], outfile: 'dist/electron/web.mjs' }),
  cli(),
  // Long operations (imports) run in this worker, beside the browser host or the main process.
  esbuild({ ...common, ...esm, entryPoints: ['data/contract/jobWorker.ts'], outfile: 'dist/electron/jobWorker.mjs' }),
]);
await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
