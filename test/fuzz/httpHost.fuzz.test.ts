/**
 * Random requests to the running browser host (the built dist/electron/web.mjs): any method, path,
 * token, Host, Origin, content type and body. The host answers every one, keeps running, and a
 * request it refuses leaves the dataset as it was (read through a second, read-only connection).
 */
import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../data/contract/contract.js';
import { openStore, type Store } from '../../data/store/store.js';
import { snapshot } from '../support/storeSnapshot.js';
import { tempDir } from '../support/tempFiles.js';
import { startHostProcess, type RunningHost } from '../support/webHostProcess.js';
import { envelopeSchema, fuzzParameters } from './fuzzSupport.js';

const tmp = tempDir();
const dbPath = tmp.file('http-fuzz.acmap');
let host: RunningHost;
let reader: Store;
let token = '';

beforeAll(async () => {
  host = await startHostProcess(['--db', dbPath], { AUTOCREDIFY_DATA_DIR: tmp.dir });
  token = new URL(host.url).searchParams.get('token') ?? '';
  reader = openStore(dbPath, { readOnly: true });
});
afterAll(async () => {
  reader?.close();
  await host?.stop();
  tmp.cleanup();
});

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}
interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(req: Sent): Promise<Answer> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a reused keep-alive socket the server just closed would look like a crash.
    const outgoing = request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers: req.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body);
  });
}

const operationPath = fc.oneof(
  { arbitrary: fc.constantFrom(...OPERATION_NAMES).map((name) => `/api/${name}`), weight: 4 },
  fc.string({ maxLength: 40 }).map((name) => `/api/${encodeURIComponent(name)}`),
  fc.constantFrom('/api/%E0%A4%A', '/api/%', '/api/%00', '/api/..%2F..%2Fpackage.json', '/api/', '/api', '/api/app.info?x=%ZZ'),
  fc.constantFrom('/', '/index.html', '/?token=wrong', `/?token=`, '/assets/nothing.js', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '/%E0%A4%A', '//etc/passwd'),
  fc.webPath({ size: 'small' }),
);

const body = fc.oneof(
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '')),
  fc.dictionary(fc.constantFrom('id', 'fields', 'filter', 'file', 'limit', 'operation', 'input', 'name', 'country'), fc.jsonValue(), { maxKeys: 4 }).map((v) => Buffer.from(JSON.stringify(v))),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 100 }).map((s) => Buffer.from(`{"id":${s}`)),
  fc.constant(Buffer.alloc(0)),
);

const sent: fc.Arbitrary<Sent> = fc
  .record({
    method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'),
    path: operationPath,
    token: fc.constantFrom('valid', 'valid', 'valid', 'wrong', 'none'),
    host: fc.constantFrom('right', 'right', 'right', 'localhost', 'evil.example', 'none'),
    origin: fc.constantFrom('none', 'none', 'same', 'http://evil.example', 'null'),
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/jsonx', 'none'),
    body,
  })
  .map((r) => {
    const { host: authority } = new URL(host.origin);
    const headers: Record<string, string> = {};
    if (r.token !== 'none') headers['x-autocredify-token'] = r.token === 'valid' ? token : 'not-the-token';
    if (r.host !== 'none') headers.host = r.host === 'right' ? authority : r.host === 'localhost' ? authority.replace('127.0.0.1', 'localhost') : r.host;
    if (r.origin !== 'none') headers.origin = r.origin === 'same' ? host.origin : r.origin;
    if (r.contentType !== 'none') headers['content-type'] = r.contentType;
    return { method: r.method, path: r.path, headers, body: r.body };
  });

describe('random requests to the browser host', () => {
  it('are each answered, never crash the host, and change nothing when refused', async () => {
    let enveloped = 0;
    await fc.assert(
      fc.asyncProperty(sent, async (req) => {
        const before = snapshot(reader.db);
        const answer = await send(req);
        expect(answer.status, req.path).toBeGreaterThanOrEqual(200);
        // 500 is the server's own failure: no request, however odd, may reach it.
        expect(answer.status, `${req.method} ${req.path}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
        expect(host.process.exitCode).toBeNull();
        let accepted = false;
        if (answer.contentType.startsWith('application/json') && req.method !== 'HEAD') {
          const envelope = envelopeSchema.safeParse(JSON.parse(answer.body));
          expect(envelope.success, answer.body.slice(0, 300)).toBe(true);
          accepted = envelope.success && envelope.data.ok;
          enveloped++;
        }
        if (!accepted) expect(snapshot(reader.db)).toEqual(before);
      }),
      fuzzParameters(200),
    );
    expect(enveloped).toBeGreaterThan(50);
    // Still serving, and still the same dataset.
    expect(await host.call('app.info', {})).toMatchObject({ storePath: dbPath, readOnly: false });
  });
});
