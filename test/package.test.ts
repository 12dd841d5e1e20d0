/**
 * `npm run dist -- --dir` builds the unpacked desktop app, and the package holds what the main process
 * loads, at the paths it loads it from (electron/desktop/main.ts, data/jobs/). The real Electron
 * runtime cannot be downloaded here, so electron-builder gets a STAND-IN Electron folder
 * (`electronDist`), and the Electron build of better-sqlite3 is a stand-in file passed through
 * AUTOCREDIFY_NATIVE_BINDING (only where it lands is checked). Output goes to this file's temp folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { getRawHeader, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_EXTENSION } from '../electron/common/storeLocation.js';
import { electronVersion, repoRoot, STAND_IN_ELECTRON_SCRIPT } from './support/electronMirror.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir('autocredify-package-');
afterAll(() => tmp.cleanup());

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  unpacked?: boolean;
}

/** Every file in the archive (directories left out), with whether it is unpacked beside it. */
function asarFiles(archive: string): Map<string, { unpacked: boolean }> {
  const found = new Map<string, { unpacked: boolean }>();
  const walk = (entry: AsarEntry, path: string) => {
    if (entry.files) for (const [name, child] of Object.entries(entry.files)) walk(child, `${path}/${name}`);
    else found.set(path, { unpacked: entry.unpacked === true });
  };
  walk(getRawHeader(archive).header as AsarEntry, '');
  return found;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Bare module names a bundle loads (require("x"), import ... from "x"), without Node's built-ins. */
function externalModules(source: string): string[] {
  const names = [...source.matchAll(/\brequire\("([^"./][^"]*)"\)|\bfrom\s+"([^"./][^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...new Set(names)].filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)).sort();
}

const standInDist = tmp.file('stand-in-electron-dist');
const standInBinding = tmp.file('stand-in-better_sqlite3-for-electron.node');
const out = tmp.file('release');
let resources = '';
let build = { status: -1 as number | null, output: '', seconds: 0 };

beforeAll(() => {
  // The stand-in runtime folder, as Electron's zip unpacks on Linux: the executable and its version.
  mkdirSync(standInDist, { recursive: true });
  writeFileSync(join(standInDist, 'electron'), STAND_IN_ELECTRON_SCRIPT);
  chmodSync(join(standInDist, 'electron'), 0o755);
  writeFileSync(join(standInDist, 'version'), `v${electronVersion}`);
  // Node's own build of the module, standing in for the Electron build (nothing loads it here).
  cpSync(join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), standInBinding);

  const started = Date.now();
  const result = spawnSync(process.execPath, [join(repoRoot, 'build/dist.mjs'), '--dir', `-c.electronDist=${standInDist}`, `-c.directories.output=${out}`], {
    cwd: repoRoot,
    env: { ...process.env, AUTOCREDIFY_NO_BUILD: '1', AUTOCREDIFY_NATIVE_BINDING: standInBinding },
    encoding: 'utf8',
    timeout: 110_000,
  });
  build = { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 };
  const unpacked = existsSync(out) ? readdirSync(out).find((name) => existsSync(join(out, name, 'resources', 'app.asar'))) : undefined;
  resources = unpacked ? join(out, unpacked, 'resources') : '';
}, 120_000);

describe('the unpacked desktop package (npm run dist -- --dir, stand-in Electron)', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(resources, build.output).not.toBe('');
    // electron-builder copies the runtime folder and names the executable after the app.
    if (process.platform === 'linux') expect(readFileSync(join(resources, '..', 'autocredify-mapper'), 'utf8')).toBe(STAND_IN_ELECTRON_SCRIPT);
  });

  it('holds the main, preload, worker and renderer bundles and nothing else of the source tree', () => {
    const files = asarFiles(join(resources, 'app.asar'));
    const ours = [...files.keys()].filter((path) => !path.startsWith('/node_modules/')).sort();
    const renderer = filesUnder(join(repoRoot, 'dist/renderer'))
      .filter((name) => !name.endsWith('.map'))
      .map((name) => `/dist/renderer/${name}`);
    expect(ours).toEqual(['/dist/electron/jobWorker.mjs', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', ...renderer, '/package.json'].sort());
    for (const bundle of ['main.cjs', 'preload.cjs']) {
      expect(extractFile(join(resources, 'app.asar'), `dist/electron/${bundle}`).equals(readFileSync(join(repoRoot, 'dist/electron', bundle)))).toBe(true);
    }
    const manifest = JSON.parse(extractFile(join(resources, 'app.asar'), 'package.json').toString()) as { main: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
    // Only better-sqlite3 (its JavaScript) and what npm installs with it come from node_modules.
    const packages = new Set([...files.keys()].filter((p) => p.startsWith('/node_modules/')).map((p) => p.split('/').slice(2, p.split('/')[2]?.startsWith('@') ? 4 : 3).join('/')));
    expect(packages.has('better-sqlite3')).toBe(true);
    expect([...files.keys()].filter((p) => p.startsWith('/node_modules/better-sqlite3/') && !/^\/node_modules\/better-sqlite3\/(lib\/.*\.js|package\.json|LICENSE|README\.md)$/.test(p))).toEqual([]);
  });

  it('unpacks the worker and better-sqlite3 where the main process and the worker load them', () => {
    const files = asarFiles(join(resources, 'app.asar'));
    // electron/desktop/main.ts: join(__dirname, 'jobWorker.mjs') with app.asar/ replaced by app.asar.unpacked/.
    const workerPath = join(resources, 'app.asar', 'dist', 'electron', 'jobWorker.mjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
    expect(files.get('/dist/electron/jobWorker.mjs')?.unpacked).toBe(true);
    expect(readFileSync(workerPath).equals(readFileSync(join(repoRoot, 'dist/electron/jobWorker.mjs')))).toBe(true);

    // What the bundles load from outside themselves: Electron (the runtime) and better-sqlite3, nothing else.
    expect(externalModules(readFileSync(join(repoRoot, 'dist/electron/main.cjs'), 'utf8'))).toEqual(['better-sqlite3', 'electron']);
    expect(externalModules(readFileSync(workerPath, 'utf8'))).toEqual(['better-sqlite3']);
    expect(externalModules(readFileSync(join(repoRoot, 'dist/electron/preload.cjs'), 'utf8'))).toEqual(['electron']);

    // The worker runs from a plain file, so Node resolves better-sqlite3 beside it in app.asar.unpacked/node_modules.
    const unpackedModule = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    const { main } = JSON.parse(readFileSync(join(unpackedModule, 'package.json'), 'utf8')) as { main: string };
    const libraryFiles = filesUnder(join(repoRoot, 'node_modules/better-sqlite3/lib'));
    for (const name of libraryFiles) {
      expect(files.get(`/node_modules/better-sqlite3/lib/${name}`)?.unpacked, name).toBe(true);
      expect(existsSync(join(unpackedModule, 'lib', name)), name).toBe(true);
    }
    expect(existsSync(join(unpackedModule, main))).toBe(true);
    // The worker opens the dataset with the Electron build the main process hands it (workerData.nativeBinding).
    expect(readFileSync(workerPath, 'utf8')).toContain('nativeBinding');
  });

  it('ships the Electron build of better-sqlite3 at resources/native/better_sqlite3.node, and no other build of it', () => {
    // electron/desktop/main.ts: join(process.resourcesPath, 'native', 'better_sqlite3.node').
    expect(readFileSync(join(resources, 'native', 'better_sqlite3.node')).equals(readFileSync(standInBinding))).toBe(true);
    const everywhere = [...filesUnder(resources), ...[...asarFiles(join(resources, 'app.asar')).keys()]];
    expect(everywhere.filter((p) => p.endsWith('.node'))).toEqual(['native/better_sqlite3.node']);
    // The staging copy build/dist.mjs makes for electron-builder is gone again.
    expect(readdirSync(join(repoRoot, '.cache/electron-native')).filter((name) => name.startsWith('packaging-'))).toEqual([]);
  });

  it('associates .acmap files with the app and gives it an icon every installer can use', () => {
    const yaml = createRequire(join(repoRoot, 'node_modules/electron-builder/package.json'))('js-yaml') as { load: (text: string) => unknown };
    const config = yaml.load(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as {
      directories: { buildResources: string };
      fileAssociations: { ext: string; name?: string; mimeType?: string; role?: string; icon?: string }[];
      linux: { icon: string };
      win: { icon: string };
      mac: { icon: string };
    };
    const association = config.fileAssociations.find((a) => `.${a.ext}` === DATASET_EXTENSION);
    expect(association).toBeDefined();
    expect(association?.name).toBeTruthy();
    // Linux writes the MIME type (and its *.acmap glob) only for associations that have one.
    expect(association?.mimeType).toMatch(/^application\//);
    // A custom document icon must exist as .icns and .ico (macOS, NSIS), or those builds stop.
    for (const a of config.fileAssociations) {
      if (a.icon) for (const ext of ['.icns', '.ico']) expect(existsSync(join(repoRoot, config.directories.buildResources, `${a.icon}${ext}`)) || existsSync(join(repoRoot, `${a.icon}${ext}`)), `${a.icon}${ext}`).toBe(true);
    }
    for (const platform of [config.linux, config.win, config.mac]) {
      const png = readFileSync(join(repoRoot, platform.icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // electron-builder makes .icns and .ico from a PNG of at least 512 x 512.
      expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(512);
    }
    // The packaged main process opens a dataset passed as an argument (a double-click on the file).
    expect(extractFile(join(resources, 'app.asar'), 'dist/electron/main.cjs').toString()).toMatch(/\.endsWith\(DATASET_EXTENSION\d*\)/);
  });
});
