// How fast the browser host answers app.info while a large import.check runs (issue 13, item 11).
// Run: npm run build && node build/bench/checkLatency.mjs  (writes its datasets to a temporary folder)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'autocredify-latency-'));
const rows = Array.from({ length: 600_000 }, (_, i) => `Curso de mecánica eléctrica ${i};Spain;${(i % 400) + 0.5}`.replace('.', ','));
const text = `\uFEFFNombre;País;Horas\r\n${rows.join('\r\n')}\r\n`;
const file = { name: 'large.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
console.log('file MB', (Buffer.byteLength(text) / 1e6).toFixed(1));
const child = spawn(process.execPath, [`${root}/dist/electron/web.mjs`, '--no-open', '--port', '0', '--db', join(dir, 'latency.acmap')], { env: { ...process.env, AUTOCREDIFY_DATA_DIR: dir } });
let out = '';
const url = await new Promise((resolve) => child.stdout.on('data', (c) => { out += c; const l = out.split('\n').find((x) => x.startsWith('http://')); if (l) resolve(l.trim()); }));
const { origin, searchParams } = new URL(url);
const post = (op, input) => fetch(`${origin}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-autocredify-token': searchParams.get('token') }, body: JSON.stringify(input) }).then((r) => r.json());
// quiet baseline
const quiet = [];
for (let i = 0; i < 50; i++) { const t = performance.now(); await post('app.info', {}); quiet.push(performance.now() - t); }
let done = false; const t0 = performance.now();
const check = post('import.check', { file, key: 'nameCountry' }).then((r) => { done = true; return r; });
const during = [];
while (!done) { const t = performance.now(); await post('app.info', {}); if (!done) during.push(performance.now() - t); await new Promise((r) => setTimeout(r, 20)); }
const r = await check;
const p = (a, q) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1); };
console.log('check ok', r.ok, 'took s', ((performance.now() - t0) / 1000).toFixed(1));
console.log('app.info quiet p50/p95/max ms', p(quiet, .5), p(quiet, .95), p(quiet, 1));
console.log('app.info during check n/p50/p95/max ms', during.length, p(during, .5), p(during, .95), p(during, 1));
console.log('load', readFileSync('/proc/loadavg', 'utf8').trim());
child.kill();
rmSync(dir, { recursive: true, force: true });
