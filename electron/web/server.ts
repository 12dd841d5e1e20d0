/**
 * The browser host: the built renderer and the API contract over HTTP, on 127.0.0.1 only.
 * Every API call must carry the per-launch token in an X-AutoCredify-Token header; the Host header
 * must name this server (against DNS rebinding) and API calls must come from this origin. No CORS
 * headers are ever sent.
 *
 * The token is never a cookie: browsers send cookies for 127.0.0.1 to every port, so any other
 * local server the browser visits would receive it (and did, in a review). The page takes it from
 * the printed link once, keeps it in sessionStorage (per origin, so per port) and sends it as the
 * header (renderer/src/app/apiClient.ts). The page and its assets are the public build and hold no
 * data, so they are served without it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatchServing } from '../../data/contract/dispatch.js';
import { fail, type Envelope } from '../../data/domain/envelope.js';
import type { Store } from '../../data/store/store.js';
import { MAX_FILE_MEGABYTES, MAX_REQUEST_BYTES } from '../../data/domain/fileSchemas.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// The largest file an operation takes travels as base64 (data/fileSchemas.ts).
const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
/** How much more than the limit is read (and dropped) so the client can read its 413; beyond it, the connection is closed. */
const DRAIN_BYTES = 64 * 1024 * 1024;
const TOKEN_HEADER = 'x-autocredify-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface WebHostOptions {
  store: Store;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
  /** Sees every operation's outcome (the host logs failures). */
  onResult?: (operation: string, result: Envelope<unknown>) => void;
}

export interface WebHost {
  /** The URL to open, with the token: http://127.0.0.1:PORT/?token=... */
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function securityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(response: ServerResponse, status: number, body: Envelope<unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, wantsJson: boolean, message: string): void {
  if (wantsJson) {
    sendJson(response, 403, fail('forbidden', message));
    return;
  }
  response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${message}\n`);
}

/**
 * The body, or 'too_large'. A body over the limit is read to its end and dropped, so the client,
 * still sending, can read the 413 and its message: closing the connection at once (as before)
 * reached the client as a reset. A body that goes on far beyond the limit is answered and cut off.
 */
function readBody(request: IncomingMessage, response: ServerResponse, limit: number): Promise<string | 'too_large' | 'answered'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length'] ?? 0);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      if (size > limit + DRAIN_BYTES || declared > limit + DRAIN_BYTES) {
        request.removeAllListeners('data');
        tooLarge(response, limit, true);
        resolve('answered');
      }
    });
    request.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function tooLarge(response: ServerResponse, limit: number, close: boolean): void {
  if (response.headersSent) return;
  const megabytes = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`;
  response.setHeader('Connection', close ? 'close' : 'keep-alive');
  sendJson(response, 413, fail('invalid_input', `The request is larger than ${megabytes}, the largest this server takes (files up to ${MAX_FILE_MEGABYTES} MB). Nothing was changed.`));
  if (close) response.once('finish', () => response.socket?.destroySoon());
}

/**
 * The request's address as a URL. Only paths are served: "//x" is the path "//x" here, never
 * another host (as URL's relative resolution would read it), and anything else is refused.
 */
function requestUrl(raw: string | undefined): URL | null {
  if (raw === undefined || !raw.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${raw}`);
  } catch {
    return null;
  }
}

/** A malformed %-escape in an address is the caller's mistake, not a failure of the server. */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = normalize(options.rendererDir + sep);
  let port = 0;
  const maxBody = MAX_BODY_BYTES;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function serveFile(response: ServerResponse, pathname: string, carriesToken: boolean): Promise<void> {
    const relative = decodedOrNull(pathname === '/' ? '/index.html' : pathname);
    const file = relative === null ? '' : normalize(join(root, relative));
    if (!file.startsWith(root)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      // The launch address holds the token: nothing may keep it.
      response.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': carriesToken ? 'no-store' : 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    securityHeaders(response);
    const url = requestUrl(request.url);
    if (url === null) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the address is not a path on this server.\n');
      return;
    }
    const isApi = url.pathname.startsWith('/api/');
    const host = request.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      refuse(response, isApi, 'This address is not served here (unexpected Host header).');
      return;
    }
    if (!isApi) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      // The printed link: the page takes the token from its address (and drops it from there).
      // A wrong one is refused here, so a mistyped link says so instead of a page that cannot work.
      const queryToken = url.searchParams.get('token');
      if (queryToken !== null && !sameSecret(queryToken, token)) {
        refuse(response, false, 'This link’s token is not valid. Use the link the AutoCredify Mapper server printed when it started.');
        return;
      }
      await serveFile(response, url.pathname, queryToken !== null);
      return;
    }
    const presented = request.headers[TOKEN_HEADER];
    if (typeof presented !== 'string' || !sameSecret(presented, token)) {
      refuse(response, true, 'This AutoCredify Mapper server needs its access token. Open the link it printed when it started.');
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      refuse(response, true, 'Requests from other web pages are refused.');
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, fail('invalid_input', 'API operations are called with POST.'));
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, fail('invalid_input', 'API operations take a JSON body (Content-Type: application/json).'));
      return;
    }
    const body = await readBody(request, response, maxBody);
    if (body === 'answered') return;
    if (body === 'too_large') {
      tooLarge(response, maxBody, false);
      return;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      sendJson(response, 400, fail('invalid_input', 'The request body is not valid JSON.'));
      return;
    }
    const operation = decodedOrNull(url.pathname.slice('/api/'.length));
    if (operation === null) {
      sendJson(response, 400, fail('unknown_operation', 'The operation name in the address is not valid percent-encoding.'));
      return;
    }
    const result = await dispatchServing(options.store, operation, input);
    options.onResult?.(operation, result);
    sendJson(response, 200, result);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, fail('internal', `The local server failed: ${(error as Error).message}`));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
