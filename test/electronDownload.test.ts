/**
 * `npm start` where `npm ci` left no Electron runtime (package.json's allowScripts keeps npm from
 * running Electron's install script): it downloads the runtime through Electron's own install script
 * from ELECTRON_MIRROR, here a server on 127.0.0.1 with a STAND-IN runtime (see
 * support/electronMirror.ts), then the SQLite module for Electron's ABI, and launches the runtime on
 * the app. When a download fails, one line says why and the browser host opens.
 * Each test runs build/start.mjs in its own copy of the project, so nothing it downloads reaches the
 * real node_modules/electron.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort, electronVersion, projectWithoutRuntime, repoRoot, sqliteVersion, startMirror, startProxy, type StandInRecord } from './support/electronMirror.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir('autocredify-electron-download-');
afterAll(() => tmp.cleanup());
let copies = 0;

interface Started {
  /** Everything printed, once the stand-in exited or the browser host printed its URL. */
  output: string;
  exitCode: number | null;
  hostUrl: string | null;
  stop: () => Promise<void>;
}

/** The environment of a machine with no runtime, no proxy and no cached downloads, plus `extra`. */
function cleanEnv(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1; these tests are about the download itself.
  for (const key of Object.keys(env)) {
    if (/^(ELECTRON_|electron_|npm_config_electron|npm_config_better_sqlite3)/i.test(key) || /^(https?_proxy|no_proxy|npm_config_(https_)?proxy)$/i.test(key)) delete env[key];
  }
  return {
    ...env,
    AUTOCREDIFY_DATA_DIR: join(dir, 'data'),
    // Private caches: @electron/get's, prebuild-install's (npm's cache) and node-gyp's headers.
    electron_config_cache: join(dir, 'electron-cache'),
    npm_config_cache: join(dir, 'npm-cache'),
    npm_config_devdir: join(dir, 'node-gyp'),
    STAND_IN_ELECTRON_RECORD: join(dir, 'stand-in-record.json'),
    ...extra,
  };
}

/** Runs the copy's build/start.mjs until the stand-in exits or the browser host serves. */
function runStart(project: string, env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [join(project, 'build', 'start.mjs'), '--no-open', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start neither launched nor served within 50 s:\n${output}`)), 50_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (url) {
        clearTimeout(timer);
        resolve({ output, exitCode: null, hostUrl: url.trim(), stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, exitCode: code, hostUrl: null, stop });
    });
  });
}

function freshCopy(): { dir: string; project: string } {
  const dir = tmp.file(`copy-${++copies}`);
  return { dir, project: projectWithoutRuntime(dir) };
}

async function appInfo(url: string): Promise<{ practiceCount: number }> {
  const { origin, searchParams } = new URL(url);
  const reply = await fetch(`${origin}/api/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-autocredify-token': searchParams.get('token') ?? '' }, body: '{}' });
  const envelope = (await reply.json()) as { ok: boolean; value: { practiceCount: number } };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

/** Asserts the browser host took over with exactly one line containing `sentence`, and serves the app. */
async function expectBrowserFallback(started: Started, sentence: string, dir: string): Promise<void> {
  try {
    expect(started.hostUrl, started.output).not.toBeNull();
    const lines = started.output.split('\n').filter((l) => l.includes('Opening AutoCredify Mapper in your browser instead.'));
    expect(lines, started.output).toHaveLength(1);
    expect(lines[0]).toContain(sentence);
    expect(existsSync(join(dir, 'stand-in-record.json'))).toBe(false);
    expect((await appInfo(started.hostUrl ?? '')).practiceCount).toBeGreaterThan(80);
  } finally {
    await started.stop();
  }
}

const realRuntimeBefore = existsSync(join(repoRoot, 'node_modules/electron/path.txt'));

describe('npm start fetches Electron when npm ci did not', () => {
  it('downloads the stand-in runtime from ELECTRON_MIRROR, checks it against SHASUMS256.txt, fetches the SQLite module for Electron and launches the runtime on the app with its path', async () => {
    const mirror = await startMirror({ servePrebuilt: true });
    const { dir, project } = freshCopy();
    try {
      const env = cleanEnv(dir, {
        ELECTRON_MIRROR: mirror.electronMirror,
        // The stand-in's checksum is not in Electron's checksums.json, so the mirror's SHASUMS256.txt is used.
        electron_use_remote_checksums: '1',
        npm_config_better_sqlite3_binary_host: mirror.nativeHost,
        AUTOCREDIFY_ELECTRON_HEADERS_URL: mirror.headersUrl,
      });
      const started = await runStart(project, env);
      expect(started.exitCode, started.output).toBe(0);
      expect(started.output).toContain(`Downloading Electron ${electronVersion} (once): 100% of`);
      expect(started.output).toContain(`Electron ${electronVersion} installed (checksum verified).`);
      expect(started.output).toContain(`SQLite module for Electron ${electronVersion} ready (prebuilt).`);

      // The archive, then its checksum file, then the prebuilt module; nothing else.
      expect(mirror.requests).toEqual([
        `/electron/v${electronVersion}/${mirror.zip.name}`,
        `/electron/v${electronVersion}/SHASUMS256.txt`,
        expect.stringMatching(new RegExp(`^/native/v${sqliteVersion}/better-sqlite3-v${sqliteVersion}-electron-v\\d+-${process.platform}-${process.arch}\\.tar\\.gz$`)),
      ]);
      // Unpacked where Electron's package looks for it (its index.js reads path.txt).
      expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
      expect(readFileSync(join(project, 'node_modules/electron/dist/version'), 'utf8')).toBe(`v${electronVersion}`);

      const record = JSON.parse(readFileSync(join(dir, 'stand-in-record.json'), 'utf8')) as StandInRecord;
      // The app folder is the entry: its package.json names dist/electron/main.cjs.
      expect(record.argv).toEqual([project, '--no-open', '--port', '0']);
      expect((JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { main: string }).main).toBe('dist/electron/main.cjs');
      const binding = record.env.AUTOCREDIFY_NATIVE_BINDING ?? '';
      expect(binding).toBe(join(project, '.cache/electron-native', `electron-${electronVersion}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`, 'better_sqlite3.node'));
      expect(readFileSync(binding).equals(readFileSync(join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')))).toBe(true);

      // Once: the next start launches at once, without a request.
      const again = await runStart(project, env);
      expect(again.exitCode, again.output).toBe(0);
      expect(again.output).not.toContain('Downloading');
      expect(mirror.requests).toHaveLength(3);
    } finally {
      await mirror.close();
    }
    // The real package was never touched.
    expect(existsSync(join(repoRoot, 'node_modules/electron/path.txt'))).toBe(realRuntimeBefore);
  });

  it('refuses an archive whose checksum does not match SHASUMS256.txt and opens the browser host, saying so in one line', async () => {
    const mirror = await startMirror({ zipChecksum: '0'.repeat(64), servePrebuilt: true });
    const { dir, project } = freshCopy();
    try {
      const started = await runStart(project, cleanEnv(dir, { ELECTRON_MIRROR: mirror.electronMirror, electron_use_remote_checksums: '1' }));
      expect(mirror.requests).toEqual([`/electron/v${electronVersion}/${mirror.zip.name}`, `/electron/v${electronVersion}/SHASUMS256.txt`]);
      await expectBrowserFallback(started, 'was refused because its checksum does not match', dir);
      expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
    } finally {
      await mirror.close();
    }
  });

  it("refuses the stand-in against Electron's own checksums.json (the default, without remote checksums)", async () => {
    const mirror = await startMirror();
    const { dir, project } = freshCopy();
    try {
      const started = await runStart(project, cleanEnv(dir, { ELECTRON_MIRROR: mirror.electronMirror }));
      expect(mirror.requests).toEqual([`/electron/v${electronVersion}/${mirror.zip.name}`]);
      await expectBrowserFallback(started, 'checksum does not match', dir);
    } finally {
      await mirror.close();
    }
  });

  it('opens the browser host with one line saying the mirror cannot be reached when nothing listens there', async () => {
    const { dir, project } = freshCopy();
    const port = await closedPort();
    const started = await runStart(project, cleanEnv(dir, { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` }));
    await expectBrowserFallback(started, `The Electron runtime could not be downloaded: 127.0.0.1:${port} cannot be reached (ECONNREFUSED), you seem to be offline; run npm start again once online`, dir);
  });

  it('names the HTTP status when the mirror has no such file (a wrong ELECTRON_CUSTOM_DIR)', async () => {
    const mirror = await startMirror();
    const { dir, project } = freshCopy();
    try {
      const started = await runStart(project, cleanEnv(dir, { ELECTRON_MIRROR: mirror.electronMirror, ELECTRON_CUSTOM_DIR: 'no-such-dir' }));
      expect(mirror.requests).toEqual([`/electron/no-such-dir/${mirror.zip.name}`]);
      await expectBrowserFallback(started, 'answered HTTP 404 Not Found; check ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR', dir);
    } finally {
      await mirror.close();
    }
  });

  it('downloads through the proxy HTTP_PROXY names, and says the proxy failed when it cannot be reached', async () => {
    const mirror = await startMirror({ servePrebuilt: true });
    const proxy = await startProxy();
    try {
      const through = freshCopy();
      const viaProxy = await runStart(
        through.project,
        cleanEnv(through.dir, { ELECTRON_MIRROR: mirror.electronMirror, electron_use_remote_checksums: '1', HTTP_PROXY: proxy.url, npm_config_better_sqlite3_binary_host: mirror.nativeHost }),
      );
      expect(viaProxy.exitCode, viaProxy.output).toBe(0);
      // Electron's download went through the proxy (a tunnel to the mirror), the archive and its checksums alike.
      const mirrorHost = new URL(mirror.electronMirror).host;
      expect(proxy.forwarded.filter((f) => f === `CONNECT ${mirrorHost}`).length).toBeGreaterThanOrEqual(1);
      expect(mirror.requests.slice(0, 2)).toEqual([`/electron/v${electronVersion}/${mirror.zip.name}`, `/electron/v${electronVersion}/SHASUMS256.txt`]);

      const broken = freshCopy();
      const port = await closedPort();
      const refused = await runStart(broken.project, cleanEnv(broken.dir, { ELECTRON_MIRROR: mirror.electronMirror, HTTP_PROXY: `http://127.0.0.1:${port}` }));
      await expectBrowserFallback(refused, `The Electron runtime could not be downloaded through the proxy http://127.0.0.1:${port} (set by HTTP_PROXY: ECONNREFUSED); check the proxy settings`, broken.dir);
    } finally {
      await proxy.close();
      await mirror.close();
    }
  });

  it('opens the browser host with one line when the SQLite module for Electron can be neither downloaded nor built', async () => {
    const mirror = await startMirror({ servePrebuilt: false });
    const { dir, project } = freshCopy();
    try {
      const started = await runStart(
        project,
        cleanEnv(dir, { ELECTRON_MIRROR: mirror.electronMirror, electron_use_remote_checksums: '1', npm_config_better_sqlite3_binary_host: mirror.nativeHost, AUTOCREDIFY_ELECTRON_HEADERS_URL: mirror.headersUrl }),
      );
      // The runtime arrived; the module did not.
      expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
      expect(mirror.requests.some((p) => p.startsWith('/native/'))).toBe(true);
      expect(mirror.requests.some((p) => p.startsWith('/headers/'))).toBe(true);
      await expectBrowserFallback(started, `The SQLite module for Electron ${electronVersion} could not be had: no prebuilt binary (`, dir);
      expect(existsSync(join(project, '.cache/electron-native/build.log'))).toBe(true);
    } finally {
      await mirror.close();
    }
  });
});
