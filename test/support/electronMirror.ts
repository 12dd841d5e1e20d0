/**
 * What `npm start` downloads, served from 127.0.0.1 so the download paths run end to end here:
 * a STAND-IN for Electron's runtime (a small script named `electron` that records how it was started;
 * the real runtime cannot be downloaded on this project's machines), its SHASUMS256.txt, and a
 * stand-in prebuilt better-sqlite3 for Electron (Node's own build of the module under the file name
 * prebuild-install asks for: only where it lands is checked, nothing loads it).
 * Also: a copy of the project without a runtime, so a download never touches the real
 * node_modules/electron that other test files use.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
export const sqliteVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string }).version;

/** The stand-in runtime: writes its arguments and environment to $STAND_IN_ELECTRON_RECORD, then exits. */
export const STAND_IN_ELECTRON_SCRIPT = `#!/usr/bin/env node
// STAND-IN for Electron's runtime, served by test/support/electronMirror.ts. Not Electron.
require('node:fs').writeFileSync(process.env.STAND_IN_ELECTRON_RECORD, JSON.stringify({ argv: process.argv.slice(2), env: process.env }));
`;

export interface StandInRecord {
  argv: string[];
  env: Record<string, string>;
}

/** Electron's zip for this platform with the stand-in at the path install.js expects (path.txt). */
export function standInElectronZip(): { name: string; bytes: Uint8Array } {
  const executable = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const bytes = zipSync({
    // Unix mode 0755 in the upper 16 bits of the external attributes, as Electron's zips carry it.
    [executable]: [strToU8(STAND_IN_ELECTRON_SCRIPT), { os: 3, attrs: (0o100755 << 16) >>> 0 }],
    version: strToU8(`v${electronVersion}`),
    'LICENSE-STAND-IN.txt': strToU8('A stand-in for tests, not Electron.\n'),
  });
  return { name: `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`, bytes };
}

/** A gzipped ustar archive, as prebuild-install unpacks it. */
export function tarGz(files: Record<string, Buffer>): Buffer {
  const blocks: Buffer[] = [];
  const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;
  for (const [name, data] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write(octal(0o644, 8), 100);
    header.write(octal(0, 8), 108);
    header.write(octal(0, 8), 116);
    header.write(octal(data.length, 12), 124);
    header.write(octal(Math.floor(Date.now() / 1000), 12), 136);
    header.fill(' ', 148, 156);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    const sum = header.reduce((a, b) => a + b, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** The stand-in prebuilt: Node's own build of better_sqlite3.node (a real module, labelled for Electron). */
export function standInPrebuilt(): Buffer {
  return tarGz({ 'build/Release/better_sqlite3.node': readFileSync(join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')) });
}

export interface Mirror {
  /** ELECTRON_MIRROR (with its trailing slash). */
  electronMirror: string;
  /** npm_config_better_sqlite3_binary_host. */
  nativeHost: string;
  /** AUTOCREDIFY_ELECTRON_HEADERS_URL: nothing is served there, so a build from headers fails at once. */
  headersUrl: string;
  /** Paths requested, in order. */
  requests: string[];
  zip: { name: string; bytes: Uint8Array };
  prebuilt: Buffer;
  close: () => Promise<void>;
}

export interface MirrorOptions {
  /** What SHASUMS256.txt says the zip's sha256 is; the real one unless given. */
  zipChecksum?: string;
  /** Serve the stand-in prebuilt better-sqlite3 (else 404). */
  servePrebuilt?: boolean;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startMirror(options: MirrorOptions = {}): Promise<Mirror> {
  const zip = standInElectronZip();
  const prebuilt = standInPrebuilt();
  const checksum = options.zipChecksum ?? createHash('sha256').update(zip.bytes).digest('hex');
  const requests: string[] = [];
  const files = new Map<string, Uint8Array>([
    [`/electron/v${electronVersion}/${zip.name}`, zip.bytes],
    [`/electron/v${electronVersion}/SHASUMS256.txt`, strToU8(`${checksum} *${zip.name}\n`)],
  ]);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push(path);
    const prebuiltName = new RegExp(`^/native/v${sqliteVersion}/better-sqlite3-v${sqliteVersion}-electron-v\\d+-${process.platform}-${process.arch}\\.tar\\.gz$`);
    const body = files.get(path) ?? (options.servePrebuilt && prebuiltName.test(path) ? prebuilt : undefined);
    if (!body) {
      res.writeHead(404).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  const port = await listen(server);
  const base = `http://127.0.0.1:${port}`;
  return { electronMirror: `${base}/electron/`, nativeHost: `${base}/native`, headersUrl: `${base}/headers`, requests, zip, prebuilt, close: () => closeServer(server) };
}

/** A port nothing listens on (taken from the system, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await closeServer(server);
  return port;
}

/**
 * A forward HTTP proxy that records what went through it: plain requests by URL, tunnels (CONNECT,
 * which undici's EnvHttpProxyAgent uses for every target) by host:port.
 */
export async function startProxy(): Promise<{ url: string; forwarded: string[]; close: () => Promise<void> }> {
  const forwarded: string[] = [];
  const server = createServer((req, res) => {
    forwarded.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    forwarded.push(`CONNECT ${target}`);
    const [host = '', port = ''] = target.split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    socket.on('error', () => upstream.destroy());
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, forwarded, close: () => closeServer(server) };
}

/**
 * The project as `npm start` sees it, in `dir`, without Electron's runtime: its own copy of build/,
 * package.json and node_modules/electron (without dist/ and path.txt), and links to everything it only
 * reads (dist/, the sources build.mjs dates, the other packages). What a download writes stays in `dir`.
 */
export function projectWithoutRuntime(dir: string): string {
  const root = join(dir, 'project');
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  cpSync(join(repoRoot, 'build'), join(root, 'build'), { recursive: true, filter: (src) => !src.includes(`${join('build', 'bench')}`) });
  for (const linked of ['dist', 'data', 'electron', 'renderer']) symlinkSync(join(repoRoot, linked), join(root, linked), 'dir');
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry === 'electron' || entry === '.bin') continue;
    symlinkSync(join(repoRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const electronPackage = join(repoRoot, 'node_modules', 'electron');
  cpSync(electronPackage, join(root, 'node_modules', 'electron'), {
    recursive: true,
    filter: (src) => src !== join(electronPackage, 'dist') && src !== join(electronPackage, 'path.txt') && !src.startsWith(join(electronPackage, 'dist') + '/'),
  });
  return root;
}
