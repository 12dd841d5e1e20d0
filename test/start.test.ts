/**
 * `npm start` on a machine without Electron's runtime (like this project's CI, which installs with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1): one line says so, and the same app opens through the browser host.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/tempFiles.js';
import { startHostProcess } from './support/webHostProcess.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('npm start without the Electron runtime', () => {
  it('says so in one line and serves the app on its default dataset through the browser host', async () => {
    // Electron's own override variable points at a folder without the runtime, so this holds on
    // machines where the runtime did download too.
    const host = await startHostProcess([], { AUTOCREDIFY_DATA_DIR: tmp.dir, ELECTRON_OVERRIDE_DIST_PATH: tmp.file('no-electron-here') }, 'start');
    try {
      const lines = host.output().split('\n');
      expect(lines.filter((l) => l.includes('Electron runtime is not installed'))).toHaveLength(1);
      const info = { ok: true, value: await host.call('app.info', {}) };
      expect(info.ok).toBe(true);
      expect(info.value.storePath).toBe(`${tmp.dir}/mapping.acmap`);
      expect(info.value.practiceCount).toBeGreaterThan(80);
    } finally {
      await host.stop();
    }
  });
});
