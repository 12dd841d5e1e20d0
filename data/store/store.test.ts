import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersionOf } from './migrations.js';
import { APPLICATION_ID, openStore, StoreOpenError } from './store.js';
import { createPractice } from '../practices/practices.js';
import { EMPTY_PRACTICE_FIELDS } from '../contract/contract.js';
import { initReferenceData } from './referenceData.js';
import { registerSearchFunctions } from './search.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectRefused(path: string, problem: StoreOpenError['problem'], text: RegExp): void {
  const before = sha(path);
  let error: unknown;
  try {
    openStore(path).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StoreOpenError);
  expect((error as StoreOpenError).problem).toBe(problem);
  expect((error as Error).message).toMatch(text);
  expect(sha(path)).toBe(before);
}

describe('a fresh store', () => {
  const path = tmp.file('fresh.acmap');
  const store = openStore(path);
  afterAll(() => store.close());

  it('is ours, at the latest schema version, in WAL mode with foreign keys on', () => {
    expect(store.created).toBe(true);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(schemaVersionOf(store.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('holds the five dimensions with target 3 and rubric version 1 with a descriptor per level', () => {
    const dims = store.db.prepare('SELECT id, target FROM dimensions ORDER BY position').all();
    expect(dims).toEqual([
      { id: 'governance', target: 3 },
      { id: 'pedagogy', target: 3 },
      { id: 'assessment', target: 3 },
      { id: 'quality_assurance', target: 3 },
      { id: 'financial_sustainability', target: 3 },
    ]);
    const descriptors = store.db.prepare('SELECT count(*) AS n FROM rubric_descriptors WHERE version = 1 AND length(descriptor) > 5').get();
    expect(descriptors).toEqual({ n: 25 });
  });

  it('opens again without being re-created', () => {
    const again = openStore(tmp.file('reopen.acmap'));
    again.close();
    const reopened = openStore(tmp.file('reopen.acmap'));
    expect(reopened.created).toBe(false);
    expect(reopened.migratedFrom).toBeNull();
    reopened.close();
  });
});

describe('files that are refused and left untouched', () => {
  it('refuses another program’s SQLite database', () => {
    const path = tmp.file('foreign.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);');
    db.close();
    expectRefused(path, 'not_ours', /not an AutoCredify Mapper dataset/);
  });

  it('refuses a file that is not a database at all', () => {
    const path = tmp.file('junk.acmap');
    writeFileSync(path, Buffer.from('PK\u0003\u0004 this is a zip file, not SQLite, followed by junk '.repeat(200)));
    expectRefused(path, 'not_ours', /not an AutoCredify Mapper dataset/);
  });

  it('refuses a store written by a newer version, naming both versions', () => {
    const path = tmp.file('newer.acmap');
    openStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expectRefused(path, 'newer', new RegExp(`version ${LATEST_SCHEMA_VERSION + 5}.*up to ${LATEST_SCHEMA_VERSION}`));
  });

  it('refuses a store carrying a trigger or a view we never create', () => {
    for (const [name, sql] of [
      ['trigger', `CREATE TRIGGER wipe AFTER INSERT ON scores BEGIN DELETE FROM practices; END;`],
      ['view', `CREATE VIEW everything AS SELECT * FROM practices;`],
    ] as const) {
      const path = tmp.file(`with-${name}.acmap`);
      openStore(path).close();
      const db = new Database(path);
      db.exec(sql);
      db.pragma('journal_mode = DELETE');
      db.close();
      expectRefused(path, 'foreign_objects', new RegExp(`${name} "`));
    }
  });
});

describe('migrations', () => {
  it('upgrade an older store of ours after keeping a backup copy beside it', () => {
    const path = tmp.file('old.acmap');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`); // a version-0 store: ours, no schema yet
    db.close();
    const store = openStore(path);
    expect(store.migratedFrom?.version).toBe(0);
    expect(existsSync(store.migratedFrom?.backupPath ?? '')).toBe(true);
    expect(schemaVersionOf(store.db)).toBe(LATEST_SCHEMA_VERSION);
    store.close();
  });

  it('carry a store of the version before a new migration forward with its data intact', () => {
    const path = tmp.file('upgrade.acmap');
    const store = openStore(path);
    createPractice(store.db, { ...EMPTY_PRACTICE_FIELDS, name: 'Sähköauton huolto', country: 'Finland', hours: 82.5 }, 'fi-unit');
    const before = snapshot(store.db);
    const next = { version: LATEST_SCHEMA_VERSION + 1, name: 'test_add_column', sql: 'ALTER TABLE practices ADD COLUMN test_extra TEXT;' };
    expect(migrate(store.db, [...MIGRATIONS, next])).toEqual([next.version]);
    expect(schemaVersionOf(store.db)).toBe(next.version);
    const after = snapshot(store.db);
    expect((after.practices as Record<string, unknown>[])[0]).toMatchObject({ id: 'fi-unit', name: 'Sähköauton huolto', hours: 82.5, test_extra: null });
    expect({ ...after, practices: null }).toEqual({ ...before, practices: null });
    store.close();
  });

  it('roll back a migration that fails, leaving version and data as they were', () => {
    const path = tmp.file('failing.acmap');
    const store = openStore(path);
    createPractice(store.db, { ...EMPTY_PRACTICE_FIELDS, name: 'Kept', country: 'Spain' }, 'kept');
    const before = snapshot(store.db);
    const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'ALTER TABLE practices ADD COLUMN half TEXT; INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(store.db, [...MIGRATIONS, broken])).toThrow(/nowhere/);
    expect(schemaVersionOf(store.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(snapshot(store.db)).toEqual(before);
    store.close();
  });
});

describe('a file laid out differently from ours', () => {
  it('is refused before anything is written, even an upgrade or its backup: a column we never create could reach SQL text', () => {
    const path = tmp.file('extra-column.acmap');
    // A version-2 file whose practices carry a column no version of the app creates.
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, 2));
    initReferenceData(db);
    db.exec('ALTER TABLE practices ADD COLUMN "x) VALUES (1); DROP TABLE raters; --" TEXT');
    db.close();
    const bytes = sha(path);
    expect(() => openStore(path).close()).toThrow(
      new StoreOpenError('foreign_objects', `${path} is laid out differently from any dataset AutoCredify Mapper writes (table "practices" is altered); it was not opened.`),
    );
    expect(sha(path)).toBe(bytes);
    expect(existsSync(`${path}.v2.bak`)).toBe(false);
  });

  it('is refused when an index of ours is missing or one is added', () => {
    const cases: [string, string][] = [
      ['DROP INDEX practices_sort_name', 'index "practices_sort_name" is missing'],
      ['CREATE INDEX practices_notes ON practices (notes)', 'holds schema objects AutoCredify Mapper never creates (index "practices_notes")'],
    ];
    for (const [i, [change, said]] of cases.entries()) {
      const path = tmp.file(`altered-${i}.acmap`);
      openStore(path).close();
      const db = new Database(path);
      db.exec(change);
      db.close();
      const bytes = sha(path);
      expect(() => openStore(path).close()).toThrow(said);
      expect(sha(path)).toBe(bytes);
    }
  });
});

describe('read-only files', () => {
  it('open read-only when asked and refuse to open read-only a file that does not exist', () => {
    const path = tmp.file('ro.acmap');
    openStore(path).close();
    const store = openStore(path, { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(() => store.db.prepare("INSERT INTO raters VALUES ('x', 'x', NULL, 'now')").run()).toThrow(/readonly/i);
    store.close();
    expect(() => openStore(tmp.file('missing.acmap'), { readOnly: true })).toThrow(StoreOpenError);
  });
});

const MOVED_TABLES = new Set(['practice_elements', 'practice_criteria']);

describe('each migration', () => {
  it('upgrades a store of the version before it, keeping its data and a backup', () => {
    for (const migration of MIGRATIONS.slice(1)) {
      const path = tmp.file(`v${migration.version - 1}.acmap`);
      // A store as the previous version of the app left it, with data in it.
      const db = new Database(path);
      registerSearchFunctions(db); // as every connection the app opens has them
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, MIGRATIONS.slice(0, migration.version - 1));
      initReferenceData(db);
      // Written with the columns of the first schema, as every earlier version of the app had them.
      db.prepare(
        `INSERT INTO practices (id, name, country, hours, technology_domains, search_text, created_at, updated_at)
         VALUES ('kept', 'Catálogo', 'Spain', 82.5, '[]', 'catalogo spain', '2026-01-01', '2026-01-01')`,
      ).run();
      const before = snapshot(db);
      db.close();

      const store = openStore(path);
      expect(store.migratedFrom?.version).toBe(migration.version - 1);
      expect(schemaVersionOf(store.db)).toBe(LATEST_SCHEMA_VERSION);
      const after = snapshot(store.db);
      // Every row and value is still there; a migration may only add columns, or move a table's
      // rows into another (0010: the EU elements' and criteria's into lens_answers, tested in
      // data/lenses/lensMigration.test.ts).
      for (const [table, rows] of Object.entries(before)) {
        if (MOVED_TABLES.has(table)) continue;
        expect(after[table], table).toHaveLength(rows.length);
        (rows as Record<string, unknown>[]).forEach((row, i) => expect((after[table] as Record<string, unknown>[])[i], table).toMatchObject(row));
      }
      store.close();
      const backup = new Database(store.migratedFrom!.backupPath, { readonly: true });
      expect(schemaVersionOf(backup)).toBe(migration.version - 1);
      expect(snapshot(backup)).toEqual(before);
      backup.close();
    }
  });
});

describe('migration 0004 (merge)', () => {
  it('gives every change set already recorded its own uid, so copies of the file can tell their changes apart', () => {
    const path = tmp.file('v3-history.acmap');
    const db = new Database(path);
    registerSearchFunctions(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, 3));
    const insert = db.prepare("INSERT INTO change_sets (operation, label, created_at) VALUES ('practices.update', 'Edited', '2026-01-01')");
    for (let i = 0; i < 3; i++) insert.run();
    db.close();
    const store = openStore(path);
    const uids = store.db.prepare('SELECT uid FROM change_sets').pluck().all() as string[];
    expect(uids).toHaveLength(3);
    expect(new Set(uids).size).toBe(3);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{32}$/);
    store.close();
  });
});
