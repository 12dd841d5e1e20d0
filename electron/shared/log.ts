/**
 * The app's local log, `<data folder>/logs/autocredify.log`: what a person helping with a problem
 * needs to know (starts, datasets opened, operations that failed with their code, crashes), never
 * the research data itself. It rotates at about 1 MB and keeps three older files, so it never
 * grows without bound on a laptop that runs the app for years.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE_NAME = 'autocredify.log';
const MAX_BYTES = 1024 * 1024;
const KEEP = 3;
/** Long enough for an error message and a few stack frames; a whole CSV never fits. */
const MAX_LINE_CHARS = 2000;

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

export interface Log {
  readonly path: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** An operation that came back as an error envelope: its name, code and message, never its input. */
  operationFailed(operation: string, error: { code: string; message: string }): void;
}

export interface LogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

export function logDirOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** autocredify.log -> .1 -> .2 -> ... ; the oldest falls off. */
function rotate(path: string, keep: number): void {
  rmSync(`${path}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) {
    try {
      renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    } catch {
      // that generation does not exist yet
    }
  }
  renameSync(path, `${path}.1`);
}

/** One line per entry: newlines inside a message would make a line look like a new entry. */
function oneLine(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ⏎ ');
  return flat.length > MAX_LINE_CHARS ? `${flat.slice(0, MAX_LINE_CHARS)}… (${flat.length - MAX_LINE_CHARS} more characters)` : flat;
}

export function openLog(dataDir: string, options: LogOptions = {}): Log {
  const dir = logDirOf(dataDir);
  const path = join(dir, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const keep = options.keep ?? KEEP;
  const now = options.now ?? (() => new Date());

  const write = (level: LogLevel, message: string) => {
    const line = `${now().toISOString()} ${level.padEnd(5)} [${process.pid}] ${oneLine(message)}\n`;
    // Logging must never be what breaks the app: a full disk or a locked file loses the line only.
    try {
      mkdirSync(dir, { recursive: true });
      // Size read from the file each time: the browser host and the command line may share the log.
      const size = sizeOf(path);
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(path, keep);
      appendFileSync(path, line);
    } catch {
      // nowhere better to report it
    }
  };

  return {
    path,
    info: (message) => write('INFO', message),
    warn: (message) => write('WARN', message),
    error: (message) => write('ERROR', message),
    operationFailed: (operation, error) => write(error.code === 'internal' ? 'ERROR' : 'WARN', `${operation} failed (${error.code}): ${error.message}`),
  };
}

/** Records crashes without changing how the process reacts to them (Node still prints and exits). Returns the way to stop. */
export function logUncaughtErrors(log: Log): () => void {
  const monitor = (error: unknown, origin: NodeJS.UncaughtExceptionOrigin) => {
    const detail = error instanceof Error ? `${error.stack ?? error.message}` : String(error);
    log.error(`Uncaught ${origin === 'unhandledRejection' ? 'promise rejection' : 'exception'}: ${detail}`);
  };
  process.on('uncaughtExceptionMonitor', monitor);
  return () => process.off('uncaughtExceptionMonitor', monitor);
}
