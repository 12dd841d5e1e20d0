// `npm run check:seed -- --documents DIR`: checks the seed dataset (data/seed/) against the source
// documents it quotes, which live outside this repository. Runs data/seed/seedDocuments.check.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--documents');
const folder = at >= 0 ? args[at + 1] : undefined;
if (!folder) {
  console.error('Usage: npm run check:seed -- --documents DIR   (DIR holds the documents the seed cites, such as 000_a9eeb1283eec39d1.txt)');
  process.exit(2);
}
const documents = resolve(process.cwd(), folder);
if (!existsSync(documents) || !statSync(documents).isDirectory()) {
  console.error(`No folder of documents at ${documents}.`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'seed-documents'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, AUTOCREDIFY_SEED_DOCUMENTS: documents },
});
process.exit(run.status ?? 1);
