/**
 * The Electron main process: one window, menus, and the API contract over IPC. It only
 * translates: every operation is validated and run by data/api.ts's dispatch.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../data/api.js';
import { fail } from '../data/envelope.js';
import type { Store } from '../data/store.js';
import { openHostStore, openingNotice } from './hostStore.js';
import { isAllowedExternalUrl } from './externalLinks.js';
import { PRODUCT_NAME, userDataDir } from './storeLocation.js';
import { CONTENT_SECURITY_POLICY } from './web/server.js';

const rendererIndex = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
const rendererUrlPrefix = pathToFileURL(join(app.getAppPath(), 'dist', 'renderer')).href + '/';
let store: Store | null = null;
let mainWindow: BrowserWindow | null = null;

/** better-sqlite3 built for Electron's ABI: shipped in resources/native, or built by `npm start` into .cache. */
function electronNativeBinding(): string | undefined {
  const candidates = [process.env.AUTOCREDIFY_NATIVE_BINDING, join(process.resourcesPath, 'native', 'better_sqlite3.node')];
  return candidates.find((p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p));
}

/** `--db PATH`, or a dataset file passed as the last argument (double-click through the file association). */
function datasetFromArgs(argv: string[]): string | undefined {
  const args = argv.slice(app.isPackaged ? 1 : 2);
  const flag = args.indexOf('--db');
  if (flag >= 0) return args[flag + 1];
  return args.find((a) => !a.startsWith('-') && a.endsWith('.acmap'));
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(rendererUrlPrefix) && event.sender === mainWindow?.webContents;
}

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [{ role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools', visible: !app.isPackaged }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      role: 'help',
      submenu: [
        {
          label: `About ${PRODUCT_NAME}`,
          click: () => void dialog.showMessageBox({ message: PRODUCT_NAME, detail: `Version ${app.getVersion()}\nDataset: ${store?.path ?? 'none'}` }),
        },
      ],
    },
  ];
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(openedStore: Store): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    title: `${basename(openedStore.path)}${openedStore.readOnly ? ' (read-only)' : ''} — ${PRODUCT_NAME}`,
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
  // Keep the title on the dataset, not on whatever the page calls itself.
  mainWindow.on('page-title-updated', (event) => event.preventDefault());
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadFile(rendererIndex);
}

function lockDownContents(): void {
  // Only writing to the clipboard ("Copy table"), and only for the app's own page.
  const allowed = (contents: Electron.WebContents | null, permission: string) =>
    permission === 'clipboard-sanitized-write' && (contents?.getURL() ?? '').startsWith(rendererUrlPrefix);
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(contents, permission)));
  session.defaultSession.setPermissionCheckHandler((contents, permission) => allowed(contents, permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(rendererUrlPrefix)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setPath('userData', userDataDir());
  await app.whenReady();
  lockDownContents();
  try {
    const nativeBinding = electronNativeBinding();
    store = openHostStore(datasetFromArgs(process.argv), nativeBinding ? { nativeBinding } : {});
  } catch (error) {
    dialog.showErrorBox(`${PRODUCT_NAME} cannot open the dataset`, (error as Error).message);
    app.quit();
    return;
  }
  const openedStore = store;
  ipcMain.handle('autocredify:call', (event, operation: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return fail('forbidden', 'This window may not use the dataset.');
    return dispatch(openedStore, operation, input);
  });
  buildMenu();
  createWindow(openedStore);
  const notice = openingNotice(openedStore);
  if (notice && mainWindow) void dialog.showMessageBox(mainWindow, { message: notice });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(openedStore);
  });
}

app.on('window-all-closed', () => {
  store?.close();
  store = null;
  if (process.platform !== 'darwin') app.quit();
});

void start();
