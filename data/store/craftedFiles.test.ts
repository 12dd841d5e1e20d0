/**
 * Crafted dataset files (security review, issue 13): each must be refused by open and by merge,
 * and the file with every file beside it must be left byte for byte as it was.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore, StoreOpenError } from './store.js';
import { createPractice } from '../practices/practices.js';
import { EMPTY_PRACTICE_FIELDS } from '../contract/contract.js';
import { client } from '../../test/support/apiClient.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

/** A dataset of ours with one practice in it, closed: no side files. */
function ourFile(name: string): string {
  const path = tmp.file(`${n++}-${name}`);
  const store = openStore(path);
  createPractice(store.db, { ...EMPTY_PRACTICE_FIELDS, name: 'Sähköauton huolto', country: 'Finland' }, 'ev');
  store.close();
  return path;
}

/** The file and every file beside it that shares its name (-wal, -shm, -journal, .lock...), by content. */
function filesOf(path: string): Record<string, string> {
  const prefix = basename(path);
  return Object.fromEntries(
    readdirSync(dirname(path))
      .filter((f) => f.startsWith(prefix))
      .map((f) => [f, createHash('sha256').update(readFileSync(`${dirname(path)}/${f}`)).digest('hex')]),
  );
}

function expectOpenRefused(path: string, text: RegExp): void {
  const before = filesOf(path);
  let error: unknown;
  try {
    openStore(path, { checkIntegrity: true }).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StoreOpenError);
  expect((error as Error).message).toMatch(text);
  expect(filesOf(path)).toEqual(before);
}

function expectMergeRefused(path: string, text: RegExp): void {
  const ours = openStore(tmp.file(`${n++}-ours.acmap`));
  try {
    const api = client(ours);
    const before = snapshot(ours.db);
    const bytes = filesOf(path);
    const file = { name: 'partner.acmap', contentBase64: readFileSync(path).toString('base64') };
    for (const operation of ['merge.check', 'merge.run'] as const) {
      const result = api.call(operation, { file });
      expect(result.ok, operation).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(text);
      }
    }
    expect(snapshot(ours.db)).toEqual(before);
    expect(filesOf(path)).toEqual(bytes);
  } finally {
    ours.close();
  }
}

/** Runs `sql` on the file as another program would, leaving it closed and without side files. */
function craft(path: string, sql: string): void {
  const db = new Database(path);
  db.unsafeMode(true); // lets writable_schema write sqlite_schema, as the sqlite3 shell does
  db.exec(sql);
  db.pragma('journal_mode = DELETE');
  db.close();
}

const WIPE = `BEGIN DELETE FROM narratives; UPDATE scores SET value = 0; END`;

describe('schema objects whose names only look like SQLite’s own', () => {
  const cases: [string, string, RegExp][] = [
    // `_` in LIKE 'sqlite_%' matched any character: these passed the old check.
    ['trigger sqliteXevil', `CREATE TRIGGER sqliteXevil AFTER UPDATE ON practices ${WIPE};`, /trigger "sqliteXevil"/],
    ['table sqlite1x', `CREATE TABLE sqlite1x (hidden TEXT); INSERT INTO sqlite1x VALUES ('smuggled');`, /table "sqlite1x"/],
    ['view sqlite2x', `CREATE VIEW sqlite2x AS SELECT * FROM practices;`, /view "sqlite2x"/],
    [
      'trigger sqlite_evil written into the schema directly',
      `PRAGMA writable_schema = ON;
       INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql)
         VALUES ('trigger', 'sqlite_evil', 'practices', 0, 'CREATE TRIGGER sqlite_evil AFTER UPDATE ON practices ${WIPE}');
       PRAGMA writable_schema = OFF;`,
      /trigger "sqlite_evil"/,
    ],
  ];
  for (const [label, sql, said] of cases) {
    it(`refuses a file with a ${label}, by open and by merge, leaving it as it was`, () => {
      const path = ourFile(`${label.split(' ')[1]}.acmap`);
      craft(path, sql);
      expectOpenRefused(path, said);
      expectMergeRefused(path, said);
    });
  }

  it('still opens a file of ours after ANALYZE (SQLite’s own statistics tables, by their exact names)', () => {
    const path = ourFile('analyzed.acmap');
    craft(path, 'ANALYZE;');
    openStore(path, { checkIntegrity: true }).close();
  });

  it('refuses a statistics table whose definition is not SQLite’s own', () => {
    const path = ourFile('fake-stat.acmap');
    craft(path, `PRAGMA writable_schema = ON;
      INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('view', 'sqlite_stat1', 'sqlite_stat1', 0, 'CREATE VIEW sqlite_stat1 AS SELECT name AS tbl, NULL AS idx, NULL AS stat FROM practices');
      PRAGMA writable_schema = OFF;`);
    expectOpenRefused(path, /view "sqlite_stat1"/);
  });
});

describe('a refused file’s side files', () => {
  /** Our file, and beside it a -wal (as a crash leaves it) that adds a trigger we never create. */
  function withForeignWal(name: string, keepShm: boolean): string {
    const source = ourFile(`source-${name}`);
    const path = tmp.file(`${n++}-${name}`);
    const db = new Database(source);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(`CREATE TRIGGER wipe AFTER UPDATE ON practices ${WIPE};`);
    // Copied while the writer still has it open: the trigger is only in the -wal.
    copyFileSync(source, path);
    copyFileSync(`${source}-wal`, `${path}-wal`);
    if (keepShm) copyFileSync(`${source}-shm`, `${path}-shm`);
    db.close();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    return path;
  }

  it('are left byte for byte: a -wal that adds a foreign trigger is refused, not folded into the file', () => {
    const path = withForeignWal('wal.acmap', false);
    expectOpenRefused(path, /trigger "wipe"/);
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('leave the file and its -wal byte for byte when the -wal comes with its -shm (a file SQLite may have open elsewhere)', () => {
    const path = withForeignWal('wal-shm.acmap', true);
    const { [`${basename(path)}-shm`]: _shm, ...before } = filesOf(path);
    expect(() => openStore(path).close()).toThrow(/trigger "wipe"/);
    // The -shm is SQLite's shared index of the -wal, which every reader of a live file maintains.
    const { [`${basename(path)}-shm`]: _after, ...after } = filesOf(path);
    expect(after).toEqual(before);
  });

  it('are not created beside a refused file that had none', () => {
    const path = ourFile('lone.acmap');
    craft(path, `CREATE TRIGGER lone AFTER UPDATE ON practices ${WIPE};`);
    expectOpenRefused(path, /trigger "lone"/);
    expect(Object.keys(filesOf(path))).toEqual([basename(path)]);
  });
});

describe('an empty file', () => {
  it('is refused, not filled with a new dataset: it may be a copy still being written', () => {
    const path = tmp.file(`${n++}-copying.acmap`);
    writeFileSync(path, '');
    expectOpenRefused(path, /is empty \(0 bytes\).*copy still being written/);
    expect(statSync(path).size).toBe(0);
  });

  it('is filled when it is the app’s own (an interrupted first start left it)', () => {
    const path = tmp.file(`${n++}-own.acmap`);
    writeFileSync(path, '');
    const store = openStore(path, { adoptEmptyFile: true });
    expect(store.created).toBe(true);
    store.close();
  });
});
