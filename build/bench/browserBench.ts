/**
 * The app in Chromium through the browser host, as a user meets it: time from navigation to the
 * first table rows, frame times while the virtualised table scrolls, and the host's peak memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/browser.js';
import { spread, type Spread } from './timing.js';

export interface BrowserFigure {
  /** The first navigation after the host started (its caches empty). */
  firstRowsCold: number;
  /** Navigations after that. */
  firstRows: Spread;
  /** Reference: the page itself loaded (HTML, scripts, styles), before any data. */
  pageLoaded: Spread;
  frames: FrameFigure;
  /** Reference: frame intervals with the page idle, the frame clock itself. */
  idleFrames: FrameFigure;
  /** kB, from /proc/PID/status. */
  hostPeakKb: number;
  hostStartKb: number;
}

export interface FrameFigure {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Intervals longer than 1.5 frames at 60 Hz (25 ms): at least one frame missed. */
  dropped: number;
  /** Of those, how many followed a scroll step (the rest came while the table stood still and rows arrived). */
  droppedMoving: number;
}

export const DROPPED_MS = (1000 / 60) * 1.5;

interface Host {
  process: ChildProcess;
  url: string;
  origin: string;
}

function startHost(root: string, db: string, dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [join(root, 'dist/electron/web.mjs'), '--no-open', '--port', '0', '--db', db], {
    env: { ...process.env, AUTOCREDIFY_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host printed no URL within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (!line) return;
      clearTimeout(timer);
      resolve({ process: child, url: line.trim(), origin: new URL(line.trim()).origin });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with code ${code}:\n${output}`));
    });
  });
}

function stopHost(host: Host): Promise<void> {
  return new Promise((done) => {
    if (host.process.exitCode !== null) return done();
    host.process.once('exit', () => done());
    host.process.kill('SIGTERM');
  });
}

/** VmHWM (peak resident set) or VmRSS of a process, in kB. */
function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN);
}

/** Records, in the page, when the first practice row appears (ms since navigation start). */
const WATCH_FIRST_ROWS = `(() => {
  const seen = () => { if (document.querySelector('tr[data-practice-id]')) { window.__firstRows = performance.now(); return true; } return false; };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function navigateToTable(page: Page, url: string): Promise<{ firstRows: number; loaded: number }> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector('tr[data-practice-id]', { timeout: 120_000 });
  return page.evaluate<{ firstRows: number; loaded: number }>(`({
    firstRows: window.__firstRows,
    loaded: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
  })`);
}

/** Frame intervals while `plan` runs, one entry per animation frame (in-page source; the root tsconfig has no DOM types). */
const FRAME_LOOP = `async (plan) => {
  const scroller = document.querySelector('.table-scroll');
  const stamps = [];
  await new Promise((done) => {
    let step = 0;
    const frame = (t) => {
      stamps.push(t);
      if (step >= plan.length) return done();
      const move = plan[step++];
      if (move === -1) scroller.scrollTop = scroller.scrollHeight / 2;
      else if (move > 0) scroller.scrollTop += move;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}`;

function runFrames(page: Page, plan: number[]): Promise<number[]> {
  return page.evaluate<number[]>(`(${FRAME_LOOP})(${JSON.stringify(plan)})`);
}

/**
 * Scrolls the table, one step per animation frame: flicks of 40 frames at 100 px a frame (a fast
 * wheel), each followed by 20 still frames in which the fetched rows arrive and render, and one
 * jump to the middle. -1 is the jump, 0 a still frame.
 */
function scrollPlan(flicks: number): number[] {
  const plan: number[] = [];
  for (let f = 0; f < flicks; f++) {
    if (f === Math.floor(flicks / 2)) plan.push(-1);
    for (let i = 0; i < 40; i++) plan.push(100);
    for (let i = 0; i < 20; i++) plan.push(0);
  }
  return plan;
}

/** Interval k is the frame after plan step k was applied. */
function frameFigure(intervals: number[], plan: number[]): FrameFigure {
  const s = spread(intervals);
  const dropped = (moving: boolean | null) => intervals.filter((interval, k) => interval > DROPPED_MS && (moving === null || (plan[k] !== 0) === moving)).length;
  return { frames: intervals.length, p50: s.p50, p95: s.p95, max: s.max, dropped: dropped(null), droppedMoving: dropped(true) };
}

/** Waits until the page has had no API request in flight for `quiet` ms. */
async function settle(page: Page, inflight: () => number, quiet = 500, limit = 120_000): Promise<void> {
  const started = Date.now();
  let calm = Date.now();
  while (Date.now() - started < limit) {
    if (inflight() > 0) calm = Date.now();
    else if (Date.now() - calm >= quiet) return;
    await page.waitForTimeout(50);
  }
}

export async function benchBrowser(root: string, db: string, scratch: string, options: { navigations: number; flicks: number }): Promise<BrowserFigure> {
  const host = await startHost(root, db, scratch);
  const pid = host.process.pid as number;
  const hostStartKb = memoryKb(pid, 'VmRSS');
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1360, height: 850 } });
    let inflight = 0;
    const isApi = (r: { url(): string }) => r.url().includes('/api/');
    page.on('request', (r) => {
      if (isApi(r)) inflight++;
    });
    const finished = (r: { url(): string }) => {
      if (isApi(r)) inflight--;
    };
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    await page.addInitScript(WATCH_FIRST_ROWS);
    // The printed link trades its token for a cookie; later navigations go to the page itself.
    const cold = await navigateToTable(page, host.url);
    await settle(page, () => inflight);
    const rows: number[] = [];
    const loaded: number[] = [];
    for (let i = 0; i < options.navigations; i++) {
      const run = await navigateToTable(page, `${host.origin}/#/`);
      rows.push(run.firstRows);
      loaded.push(run.loaded);
      await settle(page, () => inflight);
    }
    const still = new Array<number>(120).fill(0);
    const idle = await runFrames(page, still);
    const plan = scrollPlan(options.flicks);
    const frames = await runFrames(page, plan);
    await settle(page, () => inflight);
    // The analysis views, so that the peak includes what they hold (each view's facts).
    for (const view of ['#/gaps', '#/stats']) {
      await page.goto(`${host.origin}/${view}`);
      await page.waitForTimeout(200);
      await settle(page, () => inflight);
    }
    return {
      firstRowsCold: cold.firstRows,
      firstRows: spread(rows),
      pageLoaded: spread(loaded),
      frames: frameFigure(frames, plan),
      idleFrames: frameFigure(idle, still),
      hostPeakKb: memoryKb(pid, 'VmHWM'),
      hostStartKb,
    };
  } finally {
    await browser?.close();
    await stopHost(host);
  }
}
