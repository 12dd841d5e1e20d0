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

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    projects: [
      {
        plugins: [sqlAsText],
        test: { name: 'data', environment: 'node', include: ['data/**/*.test.ts', 'electron/**/*.test.ts', 'test/static/**/*.test.ts'] },
      },
      {
        plugins: [sqlAsText],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/static/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
