/**
 * The app's local log, `<data folder>/logs/autocredify.log`: what a person helping with a problem
 * needs to know (starts, datasets opened, operations that failed with their code, crashes), never
 * the research data itself. Error messages are written for the person at the screen and quote what
 * they are about (a refused practice's name, a CSV cell, a rater's note), so the log keeps none
 * of them: an operation's failure is its name and code, a failure elsewhere (an open refused, Save
 * As, a crash) its kind, code and stack frames. It rotates at about 1 MB and keeps three older files, so it never
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
  /** An operation that came back as an error envelope: its name and code, never its message or input. */
  operationFailed(operation: string, error: { code: string; message: string }): void;
  /** Something that failed outside an operation (`what`: "Could not open /path"): the error's kind and code, never its message. */
  failed(what: string, error: unknown): void;
}

/** An operation's name as the log may show it: one the contract knows, else a placeholder (the name came from a request, and may be anything). */
function operationName(operation: string, code: string): string {
  return code !== 'unknown_operation' && /^[A-Za-z][A-Za-z0-9.]{0,79}$/.test(operation) ? operation : '(an unknown operation)';
}

/** What kind of error it was, without its message: "StoreOpenError (foreign_objects)", "SqliteError (SQLITE_FULL)". */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const { problem, code } = error as { problem?: unknown; code?: unknown };
  const detail = [problem, code].filter((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_]{1,60}$/.test(v));
  const name = /^[A-Za-z]{1,60}$/.test(error.name) ? error.name : 'Error';
  return detail.length > 0 ? `${name} (${detail.join(', ')})` : name;
}

/** Where an error was thrown: the stack's frames (file, line, function), not its message. */
function framesOf(error: unknown): string {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return '';
  return error.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
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
    operationFailed: (operation, error) => write(error.code === 'internal' ? 'ERROR' : 'WARN', `${operationName(operation, error.code)} failed (${error.code})`),
    failed: (what, error) => write('ERROR', `${what}: ${errorKind(error)}`),
  };
}

/** Records crashes without changing how the process reacts to them (Node still prints and exits). Returns the way to stop. */
export function logUncaughtErrors(log: Log): () => void {
  const monitor = (error: unknown, origin: NodeJS.UncaughtExceptionOrigin) => {
    // The frames say where; the message could quote data, so it stays out.
    const frames = framesOf(error);
    log.error(`Uncaught ${origin === 'unhandledRejection' ? 'promise rejection' : 'exception'}: ${errorKind(error)}${frames ? `\n${frames}` : ''}`);
  };
  process.on('uncaughtExceptionMonitor', monitor);
  return () => process.off('uncaughtExceptionMonitor', monitor);
}
