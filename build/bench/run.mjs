// `npm run bench [-- --sizes 112,10000 --runs 30 --out FILE --fresh --no-browser]`
// Builds the app when its sources changed (the browser measurements run dist/), bundles the
// benchmark (TypeScript from data/ and build/bench/) as build/generate-map.mjs does, and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = spawnSync(process.execPath, [join(root, 'build/build.mjs'), '--if-missing'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// Inside the project, so the bundle finds better-sqlite3 and playwright-core in node_modules.
const entry = join(root, '.cache', 'bench', 'bench.mjs');
await build({
  entryPoints: [join(root, 'build/bench/main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: entry,
  loader: { '.sql': 'text' },
  external: ['better-sqlite3', 'playwright-core'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const args = process.argv.slice(2);
const { main } = await import(pathToFileURL(entry).href);
try {
  await main(root, `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
}
