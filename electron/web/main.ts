/**
 * `npm run web`: serves the app to a browser on 127.0.0.1 behind a per-launch token.
 * Flags: --db PATH, --port N (0 = any free port), --no-open, --read-only.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { StoreOpenError } from '../../data/store/store.js';
import { openHostStore, openingNotice } from '../common/hostStore.js';
import { startWebHost } from './server.js';
import { configureJobs } from '../../data/jobs/jobs.js';
import { logUncaughtErrors, openLog } from '../common/log.js';
import { userDataDir } from '../common/storeLocation.js';

const USAGE = `Usage: npm run web -- [--db PATH] [--port N] [--no-open] [--read-only]

Serves AutoCredify Mapper to your browser on http://127.0.0.1 only.
  --db PATH     dataset file to open (default: the app's own dataset; a new file starts with the seed data)
  --port N      port to listen on; 0 (the default) picks any free port
  --no-open     print the address but do not open a browser
  --read-only   open the dataset without changing it`;

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => console.error('Could not open a browser; open the address above yourself.'));
    child.unref();
  } catch {
    console.error('Could not open a browser; open the address above yourself.');
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '0' },
        'no-open': { type: 'boolean', default: false },
        'read-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (got "${values.port}").`);
    process.exit(2);
  }
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(rendererDir)) {
    console.error('The user interface is not built yet: run "npm run build" first.');
    process.exit(1);
  }
  const log = openLog(userDataDir());
  logUncaughtErrors(log);
  log.info(`Browser host started (pid ${process.pid}, Node ${process.version})`);
  let store;
  try {
    store = openHostStore(values.db, { readOnly: values['read-only'] });
  } catch (error) {
    const message = error instanceof StoreOpenError ? error.message : `Could not open the dataset: ${(error as Error).message}`;
    // The message is for the person at the terminal; the log keeps what failed, not what it quoted.
    log.failed(`Could not open ${values.db ?? 'the default dataset'}`, error);
    console.error(message);
    process.exit(1);
  }
  const notice = openingNotice(store);
  log.info(`Opened ${store.path}${store.readOnly ? ' read-only' : ''}${notice ? `: ${notice}` : ''}`);
  if (notice) console.log(notice);
  configureJobs(new URL('./jobWorker.mjs', import.meta.url));
  let host;
  try {
    host = await startWebHost({
      store,
      rendererDir,
      port,
      onResult: (operation, result) => {
        if (!result.ok) log.operationFailed(operation, result.error);
      },
    });
  } catch (error) {
    store.close();
    console.error(`Could not listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`AutoCredify Mapper is serving ${store.path}`);
  console.log(host.url);
  console.log('Press Ctrl+C to stop.');
  if (!values['no-open']) openBrowser(host.url);

  const stop = () => {
    void host.close().then(() => {
      store.close();
      log.info('Browser host stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
