/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './tempFiles.js';
import { startHostProcess, type RunningHost } from './webHostProcess.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** What an end-to-end test file drives: Chromium, the browser host on its own dataset, and one page. */
export interface OpenedApp {
  browser: Browser;
  host: RunningHost;
  page: Page;
}

/**
 * Starts the browser host (`hostArgs`, `hostEnv`: as startHostProcess takes them) and Chromium with
 * one page (`pageOptions`), for one test file's beforeAll. Each file passes its own temporary folder.
 */
export async function openApp(hostArgs: string[], hostEnv: NodeJS.ProcessEnv, pageOptions: BrowserContextOptions): Promise<OpenedApp> {
  const browser = await launchChromium();
  const host = await startHostProcess(hostArgs, hostEnv);
  return { browser, host, page: await browser.newPage(pageOptions) };
}

/** Closes what openApp opened (whatever of it did open) and removes the file's temporary folder. */
export async function closeApp(app: Partial<OpenedApp>, tmp: { cleanup: () => void }): Promise<void> {
  await app.browser?.close();
  await app.host?.stop();
  tmp.cleanup();
}

/** A laptop's screen, where the layout must hold (issue 17). */
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 };

/**
 * The app for one test file: opened on the dataset `dataset` in the file's own temporary folder
 * before its tests, closed (and the folder removed) after them. Read its parts inside tests.
 */
export function appForFile(dataset: string, pageOptions: BrowserContextOptions) {
  const tmp = tempDir();
  let opened: OpenedApp | null = null;
  beforeAll(async () => {
    opened = await openApp(['--db', tmp.file(dataset)], { AUTOCREDIFY_DATA_DIR: tmp.dir }, pageOptions);
  });
  afterAll(() => closeApp(opened ?? {}, tmp));
  const app = (): OpenedApp => {
    if (opened === null) throw new Error('The app is opened before the file\'s tests; use it inside a test.');
    return opened;
  };
  return {
    tmp,
    get browser() {
      return app().browser;
    },
    get host() {
      return app().host;
    },
    get page() {
      return app().page;
    },
    /** The app's address without its route: a test adds `#/route`. */
    base: () => app().host.url.split('#')[0] ?? '',
  };
}
