/**
 * The Electron main process: one window, menus, and the API contract over IPC. It only
 * translates: every operation is validated and run by data/api.ts's dispatch.
 */
import { app, BrowserWindow, dialog, ipcMain, session, shell, type IpcMainInvokeEvent } from 'electron';
import { REPORT_PACK_REQUEST } from './reportPackRequest.js';
import { existsSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch, dispatchServing } from '../../data/contract/dispatch.js';
import { fail } from '../../data/domain/envelope.js';
import type { Store } from '../../data/store/store.js';
import { createHostEmptyStore, openHostStore, openingNotice, refuseIfOpenElsewhere } from '../common/hostStore.js';
import { logUncaughtErrors, openLog } from '../common/log.js';
import { buildMenu, type MenuActions } from './menu.js';
import { readRecentFiles, rememberRecentFile } from './recentFiles.js';
import { SaveAsCancelled, saveStoreAs } from '../../data/store/files.js';
import { configureJobs } from '../../data/jobs/jobs.js';
import { isAllowedExternalUrl } from './externalLinks.js';
import { DATASET_EXTENSION, PRODUCT_NAME, userDataDir } from '../common/storeLocation.js';
import { CONTENT_SECURITY_POLICY } from '../web/server.js';
import { historyRequest, type HistoryDirection, type HistoryRequestAnswer } from './historyRequest.js';

const rendererIndex = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
const rendererUrlPrefix = pathToFileURL(join(app.getAppPath(), 'dist', 'renderer')).href + '/';
let store: Store | null = null;
let mainWindow: BrowserWindow | null = null;
const log = openLog(userDataDir());

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
  return args.find((a) => !a.startsWith('-') && a.endsWith(DATASET_EXTENSION));
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(rendererUrlPrefix) && event.sender === mainWindow?.webContents;
}

/** Shows the dataset in the window title, and remembers it among the recent files. */
function showDataset(opened: Store): void {
  mainWindow?.setTitle(`${basename(opened.path)}${opened.readOnly ? ' (read-only)' : ''} — ${PRODUCT_NAME}`);
  rememberRecentFile(userDataDir(), opened.path);
  buildMenu(menuActions, readRecentFiles(userDataDir()), !app.isPackaged);
}

/** Replaces the open dataset; the window reloads onto it. A file that cannot be opened changes nothing. */
function switchTo(open: () => Store): void {
  let next: Store;
  try {
    next = open();
  } catch (error) {
    log.failed('Could not open a dataset', error);
    dialog.showErrorBox(`${PRODUCT_NAME} cannot open the dataset`, (error as Error).message);
    return;
  }
  store?.close();
  store = next;
  showDataset(next);
  const notice = openingNotice(next);
  log.info(`Opened ${next.path}${next.readOnly ? ' read-only' : ''}${notice ? `: ${notice}` : ''}`);
  if (notice && mainWindow) void dialog.showMessageBox(mainWindow, { message: notice });
  mainWindow?.reload();
}

const DATASET_FILTERS = [{ name: 'AutoCredify Mapper dataset', extensions: [DATASET_EXTENSION.slice(1)] }];

/** Undo or redo: the text being typed if a text field has the focus, else the dataset's last change, through the page. */
async function historyStep(direction: HistoryDirection): Promise<void> {
  const contents = mainWindow?.webContents;
  if (!contents || !store) return;
  const answer = (await contents.executeJavaScript(historyRequest(direction))) as HistoryRequestAnswer;
  if (answer !== 'text') return;
  if (direction === 'undo') contents.undo();
  else contents.redo();
}

const menuActions: MenuActions = {
  newDataset: () => {
    const path = dialog.showSaveDialogSync(mainWindow!, { title: 'New dataset', defaultPath: `mapping${DATASET_EXTENSION}`, filters: DATASET_FILTERS });
    if (!path) return;
    // Replacing the file this window has open would pull it from under its own connection.
    if (store && resolve(path) === resolve(store.path)) {
      dialog.showErrorBox('New dataset', `${path} is the dataset open in this window. Choose another name for the new dataset.`);
      return;
    }
    switchTo(() => createHostEmptyStore(path, nativeOptions()));
  },
  openDataset: () => {
    const [path] = dialog.showOpenDialogSync(mainWindow!, { title: 'Open a dataset', properties: ['openFile'], filters: DATASET_FILTERS }) ?? [];
    if (path) switchTo(() => openHostStore(path, nativeOptions()));
  },
  openRecent: (path) => switchTo(() => openHostStore(path, nativeOptions())),
  saveAs: () => {
    const current = store;
    if (!current) return;
    const path = dialog.showSaveDialogSync(mainWindow!, { title: 'Save the dataset as', defaultPath: basename(current.path), filters: DATASET_FILTERS });
    if (!path) return;
    try {
      refuseIfOpenElsewhere(path);
    } catch (error) {
      dialog.showErrorBox('Save As failed', (error as Error).message);
      return;
    }
    // The online backup copies in steps between which the window keeps working; progress shows on
    // the taskbar, and a dialog that belongs to no window (so it blocks none) offers to cancel.
    const cancel = new AbortController();
    const finished = new AbortController();
    void dialog
      .showMessageBox({ message: `Saving a copy as ${basename(path)}…`, detail: 'You can keep working meanwhile.', buttons: ['Cancel'], cancelId: 0, noLink: true, signal: finished.signal })
      .then(() => {
        if (!finished.signal.aborted) cancel.abort();
      });
    saveStoreAs(current, path, (done, total) => mainWindow?.setProgressBar(total === 0 ? 1 : done / total), cancel.signal)
      .then(() => switchTo(() => openHostStore(path, nativeOptions())))
      .catch((error: unknown) => {
        if (error instanceof SaveAsCancelled) {
          log.info('Save As cancelled');
          return;
        }
        log.failed('Save As failed', error);
        dialog.showErrorBox('Save As failed', (error as Error).message);
      })
      .finally(() => {
        finished.abort();
        mainWindow?.setProgressBar(-1);
      });
  },
  // The renderer picks the file itself (its bytes go through merge.check and merge.run, as in the browser host).
  mergeDataset: () => void mainWindow?.webContents.executeJavaScript(`location.hash = '#/merge'`),
  reportPack: () => void mainWindow?.webContents.executeJavaScript(REPORT_PACK_REQUEST),
  undo: () => void historyStep('undo'),
  redo: () => void historyStep('redo'),
  about: () => void dialog.showMessageBox({ message: PRODUCT_NAME, detail: `Version ${app.getVersion()}\nDataset: ${store?.path ?? 'none'}` }),
};

function nativeOptions(): { nativeBinding?: string } {
  const nativeBinding = electronNativeBinding();
  return nativeBinding ? { nativeBinding } : {};
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
  logUncaughtErrors(log);
  log.info(`App started (version ${app.getVersion()}, pid ${process.pid})`);
  await app.whenReady();
  lockDownContents();
  // In an installed app the worker's script is unpacked beside app.asar (electron-builder.yml asarUnpack).
  configureJobs(join(__dirname, 'jobWorker.mjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`), electronNativeBinding());
  try {
    store = openHostStore(datasetFromArgs(process.argv), nativeOptions());
  } catch (error) {
    log.failed('Could not open the dataset', error);
    dialog.showErrorBox(`${PRODUCT_NAME} cannot open the dataset`, (error as Error).message);
    app.quit();
    return;
  }
  const openedStore = store;
  const openedNotice = openingNotice(openedStore);
  log.info(`Opened ${openedStore.path}${openedStore.readOnly ? ' read-only' : ''}${openedNotice ? `: ${openedNotice}` : ''}`);
  ipcMain.handle('autocredify:call', async (event, operation: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return fail('forbidden', 'This window may not use the dataset.');
    if (!store) return fail('store_unusable', 'No dataset is open.');
    // A structured clone may be any object, even one whose conversion to a string throws.
    if (typeof operation !== 'string') return fail('unknown_operation', 'An operation is named by a string.');
    const result = await dispatchServing(store, operation, input);
    if (!result.ok) log.operationFailed(operation.slice(0, 80), result.error);
    return result;
  });
  createWindow(openedStore);
  showDataset(openedStore);
  if (openedNotice && mainWindow) void dialog.showMessageBox(mainWindow, { message: openedNotice });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && store) createWindow(store);
  });
}

app.on('window-all-closed', () => {
  store?.close();
  store = null;
  if (process.platform !== 'darwin') app.quit();
});

void start();
