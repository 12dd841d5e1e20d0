/**
 * The Electron main process against a FAKE `electron` module: the Electron binary cannot run on
 * this project's CI, so this checks what main.ts asks of Electron (window security settings,
 * IPC sender checks, navigation and window-open blocking) and that IPC serves the contract.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { historyRequest } from './historyRequest.js';

const tmp = tempDir();
const appPath = tmp.dir;

type Listener = (...args: unknown[]) => unknown;
const fakeElectron = vi.hoisted(() => {
  const state = {
    appPath: '',
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; webContents: object; loaded?: string }[],
    openedExternally: [] as string[],
    menu: null as unknown,
    errors: [] as string[],
    savePath: undefined as string | undefined,
    messageBoxes: [] as string[],
    answerMessageBox: (() => undefined) as () => void,
  };
  class BrowserWindow {
    webContents = {
      id: 1,
      typing: false,
      calls: [] as string[],
      scripts: [] as string[],
      // The page itself is not here (the fake boundary): it answers as the script would, and keeps what it was asked to run.
      executeJavaScript(this: { typing: boolean; scripts: string[] }, script: string) {
        this.scripts.push(script);
        return Promise.resolve(this.typing ? 'text' : 'history');
      },
      undo(this: { calls: string[] }) {
        this.calls.push('text-undo');
      },
      redo(this: { calls: string[] }) {
        this.calls.push('text-redo');
      },
      reload(this: { calls: string[] }) {
        this.calls.push('reload');
      },
    };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this as unknown as (typeof state.windows)[number]);
    }
    on() {}
    once() {}
    setTitle(title: string) {
      this.options.title = title;
    }
    setProgressBar() {}
    reload() {}
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
    loadFile(path: string) {
      (this as unknown as { loaded: string }).loaded = path;
      return Promise.resolve();
    }
    static getAllWindows() {
      return state.windows;
    }
  }
  return {
    state,
    module: {
      app: {
        getAppPath: () => state.appPath,
        isPackaged: false,
        requestSingleInstanceLock: () => true,
        setPath: () => undefined,
        whenReady: () => Promise.resolve(),
        on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
        quit: () => undefined,
        getVersion: () => '0.0.0-test',
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
      dialog: {
        showErrorBox: (_title: string, message: string) => state.errors.push(message),
        // A message box stays up until the user answers (`answerMessageBox`) or main.ts closes it (its signal).
        showMessageBox: (...args: unknown[]) =>
          new Promise((resolve) => {
            const options = args.at(-1) as { message: string; signal?: AbortSignal };
            state.messageBoxes.push(options.message);
            state.answerMessageBox = () => resolve({ response: 0 });
            options.signal?.addEventListener('abort', () => resolve({ response: 0 }));
          }),
        // What the user picks in the next save dialog.
        showSaveDialogSync: () => state.savePath,
      },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (state.menu = menu) },
      session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, webRequest: { onHeadersReceived: () => undefined } } },
      shell: { openExternal: (url: string) => state.openedExternally.push(url) },
    },
  };
});
vi.mock('electron', () => fakeElectron.module);

const state = fakeElectron.state;
const rendererUrl = pathToFileURL(join(appPath, 'dist', 'renderer', 'index.html')).href;

beforeAll(async () => {
  state.appPath = appPath;
  process.env.AUTOCREDIFY_DATA_DIR = tmp.file('user-data');
  Object.assign(process, { resourcesPath: tmp.file('resources') });
  process.argv = [process.argv[0] ?? 'node', 'main', '--db', tmp.file('window.acmap')];
  await import('./main.js');
  await vi.waitFor(() => expect(state.ipcHandlers.has('autocredify:call')).toBe(true));
});
afterAll(() => {
  state.appListeners.get('window-all-closed')?.();
  tmp.cleanup();
});

describe('the Electron main process (fake electron module)', () => {
  it('opens one window with the renderer isolated, sandboxed and without Node', () => {
    expect(state.errors).toEqual([]);
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window.loaded).toBe(join(appPath, 'dist', 'renderer', 'index.html'));
    expect(String(window.options.title)).toMatch(/^window\.acmap — AutoCredify Mapper$/);
  });

  it('serves the API contract over IPC to its own window only', async () => {
    const handler = state.ipcHandlers.get('autocredify:call')!;
    const window = state.windows[0]!;
    const trusted = { senderFrame: { url: rendererUrl }, sender: window.webContents };
    const info = (await handler(trusted, 'app.info', {})) as { ok: boolean; value: { storePath: string; practiceCount: number } };
    expect(info.ok).toBe(true);
    expect(info.value.storePath).toBe(tmp.file('window.acmap'));
    expect(info.value.practiceCount).toBeGreaterThan(20);
    expect(await handler(trusted, 'scores.set', { value: 9 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const untrusted of [
      { senderFrame: { url: 'https://attacker.example/' }, sender: window.webContents },
      { senderFrame: { url: rendererUrl }, sender: { id: 99 } },
      { senderFrame: null, sender: window.webContents },
    ]) {
      expect(await handler(untrusted, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('blocks navigation away from the app and new windows; only allowlisted https links leave, to the system browser', () => {
    const created = state.appListeners.get('web-contents-created')!;
    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    created({}, { on: (event: string, l: Listener) => listeners.set(event, l), setWindowOpenHandler: (h: Listener) => (openHandler = h) });
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault() {
        this.prevented = true;
      } };
      listeners.get('will-navigate')!(event, url);
      return event.prevented;
    };
    expect(navigate('https://attacker.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${rendererUrl}#/practice/x`)).toBe(false);
    expect(openHandler({ url: 'https://eur-lex.europa.eu/eli/reco/2022' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'http://europa.eu/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://europa.eu.attacker.example/' })).toEqual({ action: 'deny' });
    expect(state.openedExternally).toEqual(['https://eur-lex.europa.eu/eli/reco/2022']);
  });

  it('offers New, Open, Open Recent and Save As, and Edit > Undo takes back the last change to the dataset', async () => {
    type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] };
    const menu = state.menu as Item[];
    const file = menu.find((m) => m.label === 'File')!.submenu!;
    expect(file.map((i) => i.label ?? i.role).filter(Boolean)).toEqual(['New Dataset…', 'Open…', 'Open Recent', 'Save As…', 'Merge a Partner’s Dataset…', 'Export Report Pack (Word)…', 'quit']);
    expect(file.find((i) => i.label === 'Open Recent')!.submenu![0]!.label).toContain('window.acmap');

    const handler = state.ipcHandlers.get('autocredify:call')!;
    const window = state.windows[0]!;
    const contents = window.webContents as unknown as { typing: boolean; calls: string[]; scripts: string[] };
    const trusted = { senderFrame: { url: rendererUrl }, sender: window.webContents };
    const id = 'es-p01-fpcat-upc-electromobility-mcs';
    const hours = async () => ((await handler(trusted, 'practices.get', { id })) as { value: { practice: { hours: number | null } } }).value.practice.hours;
    const before = await hours();
    await handler(trusted, 'practices.update', { id, fields: { hours: 999 } });
    expect(await hours()).toBe(999);
    const edit = menu.find((m) => m.label === 'Edit')!.submenu!;
    const undo = edit.find((i) => i.label === 'Undo')!;

    contents.typing = true; // in a text field, Ctrl+Z belongs to the text
    undo.click!();
    await vi.waitFor(() => expect(contents.calls).toContain('text-undo'));
    expect(await hours()).toBe(999);

    // Elsewhere the page's history control takes it (in place: no reload); test/e2e/undo.test.ts runs the same script in a page.
    contents.typing = false;
    undo.click!();
    await vi.waitFor(() => expect(contents.scripts.at(-1)).toBe(historyRequest('undo')));
    expect(contents.calls).not.toContain('reload');
    expect(contents.calls.filter((c) => c === 'text-undo')).toHaveLength(1);
    await handler(trusted, 'history.undo', {});
    expect(await hours()).toBe(before);

    // File > New onto the dataset open in this window is refused: the data stays.
    state.savePath = tmp.file('window.acmap');
    file.find((i) => i.label === 'New Dataset…')!.click!();
    expect(state.errors.at(-1)).toMatch(/window\.acmap is the dataset open in this window/);
    expect(await hours()).toBe(before);

    // Save As, cancelled from its dialog: no file, no error, the same dataset open.
    const saveAs = file.find((i) => i.label === 'Save As…')!;
    const errors = state.errors.length;
    state.savePath = tmp.file('cancelled-copy.acmap');
    saveAs.click!();
    expect(state.messageBoxes.at(-1)).toBe('Saving a copy as cancelled-copy.acmap…');
    state.answerMessageBox();
    const logged = () => readFileSync(tmp.file('user-data/logs/autocredify.log'), 'utf8');
    await vi.waitFor(() => expect(logged()).toContain('Save As cancelled'));
    expect(existsSync(tmp.file('cancelled-copy.acmap'))).toBe(false);
    expect(existsSync(tmp.file('cancelled-copy.acmap.partial'))).toBe(false);
    expect(String(window.options.title)).toMatch(/^window\.acmap — /);
    // Left alone, it finishes, closes its dialog and the window goes on with the copy.
    state.savePath = tmp.file('copy.acmap');
    saveAs.click!();
    await vi.waitFor(() => expect(String(window.options.title)).toMatch(/^copy\.acmap — /));
    expect(existsSync(tmp.file('copy.acmap'))).toBe(true);
    expect(state.errors).toHaveLength(errors);
  });
});
