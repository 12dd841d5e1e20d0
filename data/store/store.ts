/**
 * Opening a store file: create-and-migrate a new one, migrate an older one (after a backup),
 * and refuse, without touching it, a file that is not ours, is newer than this code, or carries
 * schema objects we never create.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from './migrations.js';
import { initReferenceData } from '../scoring/rubric.js';
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
  const exists = existsSync(path) && statSync(path).size > 0;
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
      if (options.checkIntegrity) checkIntegrity(db, path);
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
    if (error instanceof StoreOpenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT') {
      throw new StoreOpenError('damaged', `${path} is damaged (${(error as Error).message}); it was not opened. If it came by e-mail, ask for it again.`);
    }
    if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT') {
      throw new StoreOpenError(
        'cannot_open',
        `${path} is in a folder AutoCredify Mapper may not write to, and SQLite needs to keep its working files (-wal, -shm) beside a dataset even to read it. Copy the file to a folder you can write to and open the copy; the file was not changed.`,
      );
    }
    if (code === 'SQLITE_NOTADB') {
      throw new StoreOpenError('not_ours', `${path} is not an AutoCredify Mapper dataset (it is not a readable SQLite database); it was not opened.`);
    }
    throw new StoreOpenError('cannot_open', `Cannot open ${path}: ${(error as Error).message}`);
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
