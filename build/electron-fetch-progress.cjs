// Preloaded (`node --require`) into Electron's own install script (node_modules/electron/install.js)
// when `npm start` runs it. install.js reports nothing until 30 s have passed and prints only an
// error's stack (never its cause, so "offline" and "refused" look alike); this wraps the global
// fetch that @electron/get downloads with and reports each request's progress and failure cause as
// JSON lines on file descriptor 3, which build/electron-runtime.mjs reads. Nothing else changes:
// URLs, mirrors, proxies and checksums stay @electron/get's.
'use strict';
const { writeSync } = require('node:fs');

function report(event) {
  try {
    writeSync(3, `${JSON.stringify(event)}\n`);
  } catch {
    // No reader on fd 3 (run by hand): progress is only a courtesy.
  }
}

const originalFetch = globalThis.fetch;
globalThis.fetch = async function fetchWithProgress(input, init) {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  report({ type: 'request', url });
  let response;
  try {
    response = await originalFetch(input, init);
  } catch (error) {
    const cause = error && error.cause;
    report({ type: 'error', url, message: String(error && error.message), code: cause && (cause.code || cause.name), causeMessage: cause && String(cause.message) });
    throw error;
  }
  report({ type: 'response', url, status: response.status, statusText: response.statusText });
  if (!response.ok || !response.body) return response;
  const total = Number(response.headers.get('content-length')) || null;
  let transferred = 0;
  let reported = -1;
  const counted = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        transferred += chunk.byteLength;
        // One event per percent (or per MB when the size is unknown), not one per chunk.
        const step = total ? Math.floor((transferred * 100) / total) : Math.floor(transferred / 1048576);
        if (step !== reported) {
          reported = step;
          report({ type: 'progress', url, transferred, total });
        }
        controller.enqueue(chunk);
      },
      flush() {
        report({ type: 'done', url, transferred, total });
      },
    }),
  );
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
};
