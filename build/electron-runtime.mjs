// Electron's runtime, fetched by `npm start` when it is missing. package.json's allowScripts keeps
// npm (11 and later) from running Electron's install script at `npm ci`, so that `npm ci` never fails
// where Electron's download host cannot be reached; the download happens here instead, by running
// that same install script (node_modules/electron/install.js, i.e. @electron/get), so ELECTRON_MIRROR,
// ELECTRON_CUSTOM_DIR, electron_config_cache, the checksums (checksums.json, or SHASUMS256.txt with
// electron_use_remote_checksums) and ELECTRON_SKIP_BINARY_DOWNLOAD mean what Electron documents.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'npm_config_https_proxy', 'npm_config_proxy'];
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** The runtime's executable as Electron's package names it (its index.js), or null when it is not there. */
export function installedElectron() {
  try {
    // index.js computes the path when it is loaded; after a download it must be read afresh.
    delete require.cache[require.resolve('electron')];
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  return require('electron/package.json').version;
}

/** The proxy Electron's download goes through (undici's EnvHttpProxyAgent reads the same variables), if any. */
function configuredProxy(env) {
  const name = PROXY_VARIABLES.find((key) => env[key]);
  return name ? { name, url: env[name] } : null;
}

function bypassesProxy(url, env) {
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(/[\s,]+/).filter(Boolean);
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return noProxy.some((entry) => entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`));
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const megabytes = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Prints download progress: one line rewritten in a terminal, a line per quarter in a log. */
function progressPrinter(version) {
  const tty = process.stdout.isTTY === true;
  let lastQuarter = -1;
  let open = false;
  return {
    update(transferred, total) {
      const percent = total ? Math.min(100, Math.floor((transferred * 100) / total)) : null;
      const text = `Downloading Electron ${version} (once): ${percent === null ? megabytes(transferred) : `${percent}% of ${megabytes(total)}`}`;
      if (tty) {
        process.stdout.write(`\r${text}`);
        open = true;
        return;
      }
      const quarter = percent === null ? 0 : Math.floor(percent / 25);
      if (quarter !== lastQuarter) {
        lastQuarter = quarter;
        console.log(text);
      }
    },
    end() {
      if (open) process.stdout.write('\n');
      open = false;
    },
  };
}

/** One sentence saying why the download failed and how to retry, from what install.js and the fetch reported. */
function explainFailure({ events, stderr, env, logPath }) {
  const retry = 'run npm start again to retry';
  const proxy = configuredProxy(env);
  const throughProxy = (url) => proxy !== null && env.ELECTRON_GET_USE_PROXY && !bypassesProxy(url, env);
  if (/did not match expected checksum|No checksum found in checksum file|ChecksumMismatch/i.test(stderr)) {
    return `The Electron runtime downloaded from ${hostOf(events.find((e) => e.type === 'request' && e.url.endsWith('.zip'))?.url ?? 'its mirror')} was refused because its checksum does not match (a damaged download, or a mirror serving other files than Electron's); ${retry}, or check ELECTRON_MIRROR.`;
  }
  const failed = events.find((e) => e.type === 'error');
  if (failed) {
    const code = failed.code ?? 'no connection';
    if (throughProxy(failed.url)) {
      return `The Electron runtime could not be downloaded through the proxy ${proxy.url} (set by ${proxy.name}: ${code}); check the proxy settings (HTTPS_PROXY, NO_PROXY) and ${retry}.`;
    }
    const offline = UNREACHABLE.has(code) ? 'you seem to be offline' : 'the connection failed';
    return `The Electron runtime could not be downloaded: ${hostOf(failed.url)} cannot be reached (${code}), ${offline}; run npm start again once online, or set ELECTRON_MIRROR to a mirror you can reach.`;
  }
  const refused = events.find((e) => e.type === 'response' && e.status >= 400);
  if (refused) {
    if (refused.status === 407) {
      return `The Electron runtime could not be downloaded: the proxy ${proxy?.url ?? ''} asks for credentials (HTTP 407); put them in HTTPS_PROXY and ${retry}.`;
    }
    return `The Electron runtime could not be downloaded: ${refused.url} answered HTTP ${refused.status} ${refused.statusText}; check ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR, and ${retry}.`;
  }
  const firstLine = stderr.split('\n').find((line) => line.trim()) ?? 'no message';
  return `The Electron runtime could not be installed (${firstLine.trim()}; details in ${logPath}); ${retry}.`;
}

/**
 * Makes sure the runtime is there, downloading it through Electron's install script when it is not.
 * Resolves to { path } or to { reason }: one sentence for the person at the terminal.
 */
export async function ensureElectronRuntime() {
  const installed = installedElectron();
  if (installed) return { path: installed };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    // The user said where the runtime is; install.js would unpack elsewhere, so there is nothing to fetch.
    return { reason: `The Electron runtime is not installed here (ELECTRON_OVERRIDE_DIST_PATH points at ${process.env.ELECTRON_OVERRIDE_DIST_PATH}, which holds none).` };
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { reason: 'The Electron runtime is not installed here and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded (unset it and run npm start again).' };
  }

  const version = electronVersion();
  const packageDir = dirname(require.resolve('electron/package.json'));
  const env = { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' };
  const proxy = configuredProxy(env);
  if (proxy) {
    // @electron/get uses a proxy only when asked to; npm's own proxy settings count as asking.
    env.ELECTRON_GET_USE_PROXY ??= '1';
    env.HTTPS_PROXY ??= env.https_proxy ?? env.npm_config_https_proxy ?? env.npm_config_proxy;
    env.HTTP_PROXY ??= env.http_proxy ?? env.npm_config_proxy ?? env.HTTPS_PROXY;
  }

  console.log(`Electron ${version} is not installed yet; fetching it from ${hostOf(env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror ?? 'github.com')}...`);
  const progress = progressPrinter(version);
  const events = [];
  let stderr = '';
  let stdout = '';
  const exitCode = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', join(root, 'build', 'electron-fetch-progress.cjs'), join(packageDir, 'install.js')], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let pending = '';
    child.stdio[3].on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const event = JSON.parse(line);
        events.push(event);
        if ((event.type === 'progress' || event.type === 'done') && event.url.endsWith('.zip')) progress.update(event.transferred, event.total);
      }
    });
    child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      stderr += `${error.message}\n`;
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  progress.end();

  const logPath = join(root, '.cache', 'electron-runtime', 'install.log');
  mkdirSync(dirname(logPath), { recursive: true });
  writeFileSync(logPath, `exit code ${exitCode}\n--- requests\n${events.filter((e) => e.type !== 'progress').map((e) => JSON.stringify(e)).join('\n')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);

  const path = exitCode === 0 ? installedElectron() : null;
  if (path) {
    console.log(`Electron ${version} installed (checksum verified).`);
    return { path };
  }
  return { reason: explainFailure({ events, stderr, env, logPath: relative(process.cwd(), logPath) || logPath }) };
}
