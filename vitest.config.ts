import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

/** Migrations are imported as text (esbuild does the same in the bundles, with loader "text"). */
const sqlAsText = {
  name: 'sql-as-text',
  transform(_code: string, id: string) {
    if (!id.endsWith('.sql')) return null;
    return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`, map: null };
  },
};

/**
 * `npm test` builds dist/ once before vitest starts; no test may build it again, since other test
 * files run the hosts from it at the same time (the launchers obey this variable).
 */
const env = { AUTOCREDIFY_NO_BUILD: '1' };

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    projects: [
      {
        plugins: [sqlAsText],
        test: {
          name: 'data',
          environment: 'node',
          env,
          include: ['data/**/*.test.ts', 'electron/**/*.test.ts', 'test/static/**/*.test.ts'],
          // Generous limits: the suite must pass on a machine kept busy by other work. They
          // bound a hang; speed is measured by npm run bench, never asserted here.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The renderer's pure modules (filter encoding, form model, TSV and PNG writers), tested beside them.
        test: { name: 'renderer', environment: 'node', env, include: ['renderer/src/**/*.test.ts'] },
      },
      {
        plugins: [sqlAsText],
        test: {
          name: 'e2e',
          environment: 'node',
          env,
          include: ['test/**/*.test.ts'],
          exclude: ['test/static/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page under a busy machine may take seconds to show what a quiet one shows at once;
          // polls wait for behaviour, never for a time limit.
          expect: { poll: { timeout: 20_000, interval: 50 } },
          fileParallelism: false,
        },
      },
      {
        // The seed against its source documents: `npm run check:seed -- --documents DIR` only.
        plugins: [sqlAsText],
        test: { name: 'seed-documents', environment: 'node', include: ['data/seed/**/*.check.ts'] },
      },
    ],
  },
});
