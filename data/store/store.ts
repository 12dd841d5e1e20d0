/**
 * Opening a store file: create-and-migrate a new one, migrate an older one (after a backup),
 * and refuse, without touching it, a file that is not ours, is newer than this code, or carries
 * schema objects we never create.
 *
 * "Without touching it" includes the files SQLite keeps beside it: a connection that may write
 * folds a -wal into the file when it closes (and rolls back a -journal when it opens), so a refusal
 * made on such a connection changed the file it refused. An existing file is therefore checked
 * first on a connection that cannot change it or its side files (see `inspect`), and only opened
 * for writing once it passed.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from './migrations.js';
import { initReferenceData } from './referenceData.js';
import { registerSearchFunctions } from './search.js';
import { schemaProblem } from './schemaCheck.js';

/** "ACMP" in ASCII: how a dataset file says it is an AutoCredify Mapper store. */
export const APPLICATION_ID = 0x41434d50;

export interface Store {
  readonly db: Db;
  readonly path: string;
  readonly readOnly: boolean;
  /** True when this open created the file's schema (a new, empty dataset). */
  readonly created: boolean;
  /** Set when opening migrated the file: where the copy of the old version was kept. */
  readonly migratedFrom: { version: number; backupPath: string } | null;
  /** Why the store is read-only, in words for the user; null when it can be written. */
  readonly readOnlyReason: string | null;
  close(): void;
}

export type StoreProblem = 'not_ours' | 'newer' | 'foreign_objects' | 'damaged' | 'cannot_open';

/** Why a file could not be opened as a store; the message is meant for a person. */
export class StoreOpenError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenOptions {
  /** Open without writing anything, even if the file is writable. */
  readOnly?: boolean;
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Run SQLite's integrity check first: for files that came from elsewhere (Open, --db). */
  checkIntegrity?: boolean;
  /**
   * Treat a 0-byte file as new and fill it. Only for a path the app itself creates (its default
   * dataset, which an interrupted first start may leave empty): a 0-byte file the user names is
   * more likely a copy still being written, which filling would destroy.
   */
  adoptEmptyFile?: boolean;
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function connect(path: string, readOnly: boolean, nativeBinding: string | undefined): Db {
  try {
    const db = new Database(path, {
      readonly: readOnly,
      fileMustExist: readOnly,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    // A dataset file is untrusted input: schema may not call functions with side effects.
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    registerSearchFunctions(db);
    return db;
  } catch (error) {
    throw new StoreOpenError('cannot_open', `Cannot open ${path}: ${(error as Error).message}`);
  }
}

/** Whether the file is ours and at a version we read; its version. Throws a StoreOpenError naming `path`. */
function checkContent(db: Db, path: string, options: OpenOptions): number {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) {
    throw new StoreOpenError('not_ours', `${path} is not an AutoCredify Mapper dataset (it is another kind of file or another program's database); it was not opened.`);
  }
  const version = schemaVersionOf(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new StoreOpenError('newer', `${path} was written by a newer AutoCredify Mapper (dataset version ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update the app to open it; the file was not changed.`);
  }
  const problem = schemaProblem(db, version, options.nativeBinding);
  if (problem !== null) throw new StoreOpenError('foreign_objects', `${path} ${problem}`);
  return version;
}

/**
 * Checks an existing file (ours, version, schema, integrity when asked) without changing it or the
 * files beside it. A file SQLite has open elsewhere (its -wal and -shm exist) is read on a read-only
 * connection, which never writes the file or its -wal. Otherwise, a -wal or -journal left beside it
 * (a crash, or a crafted file) is recovered in a private copy, as opening it for writing would
 * recover it, and a lone file is copied too: a read-only connection would leave a -wal and -shm
 * beside it that were not there.
 */
function inspect(path: string, options: OpenOptions): void {
  const live = existsSync(`${path}-wal`) && existsSync(`${path}-shm`);
  if (live) {
    const db = connect(path, true, options.nativeBinding);
    try {
      checkContent(db, path, options);
      if (options.checkIntegrity) checkIntegrity(db, path);
    } catch (error) {
      throw asOpenError(error, path);
    } finally {
      db.close();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'autocredify-check-'));
  try {
    const copy = join(dir, 'check.acmap');
    try {
      copyFileSync(path, copy);
      for (const side of ['-wal', '-journal']) if (existsSync(`${path}${side}`)) copyFileSync(`${path}${side}`, `${copy}${side}`);
    } catch (error) {
      throw new StoreOpenError('cannot_open', `${path} could not be checked before opening: a private copy could not be written to ${tmpdir()} (${(error as Error).message}); it was not opened or changed.`);
    }
    let db: Db | undefined;
    try {
      db = connect(copy, false, options.nativeBinding);
      checkContent(db, path, options);
      if (options.checkIntegrity) checkIntegrity(db, path);
    } catch (error) {
      const refusal = asOpenError(error, path);
      // Errors from SQLite itself name the copy: the user knows only their file.
      throw new StoreOpenError(refusal.problem, refusal.message.replaceAll(copy, path));
    } finally {
      db?.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkIntegrity(db: Db, path: string): void {
  const problems = (db.pragma('integrity_check(5)') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    throw new StoreOpenError('damaged', `${path} is damaged (SQLite's integrity check found: ${problems.join('; ')}); it was not opened. If it came by e-mail, ask for it again.`);
  }
}

function isEmptyDatabase(db: Db): boolean {
  const row = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  return row.n === 0 && (db.pragma('application_id', { simple: true }) as number) === 0;
}

function backupPathFor(path: string, version: number): string {
  let candidate = `${path}.v${version}.bak`;
  for (let i = 2; existsSync(candidate); i++) candidate = `${path}.v${version}.${i}.bak`;
  return candidate;
}

/**
 * Opens (or creates) a store. A new file gets our application id, the schema and the rubric;
 * filling it with practices is the caller's choice (see seed.ts).
 */
export function openStore(path: string, options: OpenOptions = {}): Store {
  const size = existsSync(path) ? statSync(path).size : null;
  if (size === 0 && !options.adoptEmptyFile) {
    throw new StoreOpenError(
      'not_ours',
      `${path} is empty (0 bytes), so it is not an AutoCredify Mapper dataset: it may be a copy still being written. It was not opened or changed; wait until the copy has finished, then open it again.`,
    );
  }
  const exists = size !== null && size > 0;
  if (exists) inspect(path, options);
  // SQLite writes beside the file too (its -wal and -shm): in a folder it may not write to, it can only read.
  const readOnly = options.readOnly === true || (exists && (!isWritable(path) || !isWritable(dirname(path))));
  if (readOnly && !exists) throw new StoreOpenError('cannot_open', `${path} does not exist, so it cannot be opened read-only.`);
  const db = connect(path, readOnly, options.nativeBinding);
  let migratedFrom: Store['migratedFrom'] = null;
  let created = false;
  try {
    if (!readOnly && isEmptyDatabase(db)) {
      created = true;
      db.pragma('journal_mode = WAL');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      initReferenceData(db);
    } else {
      // Checked already by `inspect`; again here, cheaply, in case the file changed in between.
      const version = checkContent(db, path, options);
      if (version < LATEST_SCHEMA_VERSION) {
        if (readOnly) {
          throw new StoreOpenError('cannot_open', `${path} is from an older version (dataset version ${version}) and is read-only, so it cannot be upgraded. Copy it somewhere writable and open the copy.`);
        }
        const backupPath = backupPathFor(path, version);
        try {
          db.prepare('VACUUM INTO ?').run(backupPath);
        } catch (error) {
          rmSync(backupPath, { force: true });
          throw new StoreOpenError(
            'cannot_open',
            `${path} is from an older version (dataset version ${version}) and is upgraded only after a copy of it is kept, but the copy could not be written (${(error as Error).message}); it was left as it was. Free some space and open it again.`,
          );
        }
        try {
          // All the migrations or none: each is its own savepoint inside this one transaction.
          db.transaction(() => migrate(db))();
        } catch (error) {
          throw new StoreOpenError('cannot_open', `${path} could not be upgraded from dataset version ${version} (${(error as Error).message}); it was left as it was, and a copy of it is kept as ${backupPath}.`);
        }
        migratedFrom = { version, backupPath };
      }
      if (!readOnly) db.pragma('journal_mode = WAL');
    }
  } catch (error) {
    db.close();
    throw asOpenError(error, path);
  }
  return {
    db,
    path,
    readOnly,
    created,
    migratedFrom,
    readOnlyReason: readOnly
      ? options.readOnly
        ? 'It was opened read-only, as asked.'
        : 'The file, or the folder it is in, cannot be written: you can look, filter and export, but not change it. Save a copy elsewhere to edit it.'
      : null,
    close: () => db.close(),
  };
}

/** What went wrong opening `path`, as a StoreOpenError with words for a person. */
function asOpenError(error: unknown, path: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CORRUPT') {
    return new StoreOpenError('damaged', `${path} is damaged (${(error as Error).message}); it was not opened. If it came by e-mail, ask for it again.`);
  }
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT') {
    return new StoreOpenError(
      'cannot_open',
      `${path} is in a folder AutoCredify Mapper may not write to, and SQLite needs to keep its working files (-wal, -shm) beside a dataset even to read it. Copy the file to a folder you can write to and open the copy; the file was not changed.`,
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new StoreOpenError('not_ours', `${path} is not an AutoCredify Mapper dataset (it is not a readable SQLite database); it was not opened.`);
  }
  return new StoreOpenError('cannot_open', `Cannot open ${path}: ${(error as Error).message}`);
}
