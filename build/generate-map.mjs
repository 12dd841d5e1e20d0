// Writes a generated map for scale checks and benchmarks:
//   node build/generate-map.mjs --practices 10000 --raters 3 --out /tmp/map-10k.acmap [--seed 1]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { practices: { type: 'string', default: '10000' }, raters: { type: 'string', default: '3' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('Usage: node build/generate-map.mjs --practices N --raters N --out FILE.acmap [--seed N]');
  process.exit(2);
}
if (existsSync(values.out)) {
  console.error(`${values.out} exists; choose a new file.`);
  process.exit(1);
}
const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the project, so the bundle finds better-sqlite3 in node_modules.
const entry = join(root, '.cache', 'generate-map.mjs');
await build({
  stdin: {
    contents: `export { generateMap } from './data/seed/generateMap.ts'; export { openStore } from './data/store/store.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  loader: { '.sql': 'text' },
  external: ['better-sqlite3'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const { generateMap, openStore } = await import(pathToFileURL(entry).href);
const started = Date.now();
const store = openStore(values.out);
const result = generateMap(store.db, { practices: Number(values.practices), raters: Number(values.raters), seed: Number(values.seed) });
store.close();
console.log(`Wrote ${values.out}: ${result.practices} practices, ${result.raters} raters, ${result.scores} scores in ${((Date.now() - started) / 1000).toFixed(1)} s`);
