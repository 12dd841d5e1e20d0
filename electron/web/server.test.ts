import { request as httpRequest, type ClientRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore, type Store } from '../../data/store/store.js';
import { startWebHost, type WebHost } from './server.js';
import { MAX_REQUEST_BYTES } from '../../data/domain/fileSchemas.js';

const tmp = tempDir();
let store: Store;
let host: WebHost;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request; `body` is the text to send, or a writer that streams the body and ends the request. */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | ((req: ClientRequest) => void) }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (typeof options.body === 'function') options.body(req);
    else req.end(options.body);
  });
}

const api = (operation: string, body: string, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/${operation}`, body, headers: { 'content-type': 'application/json', 'x-autocredify-token': host.token, ...headers } });

beforeAll(async () => {
  const rendererDir = tmp.file('renderer');
  mkdirSync(`${rendererDir}/assets`, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>AutoCredify Mapper</title>');
  writeFileSync(`${rendererDir}/assets/app.js`, 'console.log(1)');
  writeFileSync(tmp.file('secret.txt'), 'do not serve');
  store = openStore(tmp.file('web.acmap'));
  host = await startWebHost({ store, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  store.close();
  tmp.cleanup();
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a tokened URL', () => {
    expect((host.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses API calls without the token header, and a launch link with a wrong token', async () => {
    expect((await send({ path: '/?token=wrong' })).status).toBe(403);
    const refused = await send({ method: 'POST', path: '/api/app.info', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api('app.info', '{}', { 'x-autocredify-token': 'guess' })).status).toBe(403);
  });

  it('serves the page and its assets without the token (the public build, no data), the launch link uncached', async () => {
    for (const path of ['/', '/assets/app.js']) expect((await send({ path })).status, path).toBe(200);
    const launch = await send({ path: `/?token=${host.token}` });
    expect(launch.status).toBe(200);
    expect(launch.body).toContain('AutoCredify Mapper');
    expect(launch.headers['cache-control']).toBe('no-store');
    expect(launch.headers['content-security-policy']).toContain("default-src 'self'");
    expect(launch.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never puts the token in a cookie, which browsers send to every port of 127.0.0.1, and takes none', async () => {
    // Issue 13: another local server the browser visited received the cookie and changed data with it.
    for (const path of [`/?token=${host.token}`, '/', '/assets/app.js']) expect((await send({ path })).headers['set-cookie'], path).toBeUndefined();
    const withCookie = await send({
      method: 'POST',
      path: '/api/raters.create',
      body: '{"name":"Mallory"}',
      headers: { 'content-type': 'application/json', cookie: `autocredify_${host.port}=${host.token}` },
    });
    expect(withCookie.status).toBe(403);
    expect(store.db.prepare('SELECT count(*) AS n FROM raters').get()).toEqual({ n: 0 });
  });

  it('answers a body over the limit with 413 and its message, not a reset', async () => {
    // The real limit (a 256 MB file as base64), streamed without a Content-Length, one megabyte at a time.
    const stream = (req: ClientRequest) => {
      const chunk = Buffer.alloc(1024 * 1024, 'A');
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_REQUEST_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    };
    const reply = await send({ method: 'POST', path: '/api/import.check', headers: { 'content-type': 'application/json', 'x-autocredify-token': host.token }, body: stream });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/larger than \d+ MB/) } });
  }, 60_000);

  it('serves the contract: the same envelope as every host', async () => {
    const info = await api('app.info', '{}');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { appName: 'AutoCredify Mapper', practiceCount: 0 } });
    const invalid = JSON.parse((await api('practices.create', '{"fields":{"country":"Spain"}}')).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'fields.name': 'A practice needs a name' } } });
    expect(JSON.parse((await api('practices.explode', '{}')).body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(JSON.parse((await api('app.info', '{not json')).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, and sends no CORS headers', async () => {
    const rebound = await api('app.info', '{}', { host: `attacker.example:${host.port}` });
    expect(rebound.status).toBe(403);
    const page = await send({ path: `/?token=${host.token}`, headers: { host: `attacker.example:${host.port}` } });
    expect(page.status).toBe(403);
    const crossOrigin = await api('raters.create', '{"name":"Mallory"}', { origin: 'http://attacker.example' });
    expect(crossOrigin.status).toBe(403);
    expect(store.db.prepare('SELECT count(*) AS n FROM raters').get()).toEqual({ n: 0 });
    const sameOrigin = await api('app.info', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
    for (const reply of [rebound, crossOrigin, sameOrigin]) expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses form posts (no JSON content type) and reads nothing outside the renderer folder', async () => {
    const form = await api('raters.create', 'name=Mallory', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await send({ path, headers: { 'x-autocredify-token': host.token } });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
  });
});
