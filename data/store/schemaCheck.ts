/**
 * Whether a file's schema is exactly the one our migrations create. A dataset file is untrusted
 * input: views and triggers could change data behind our back, unknown tables could hide data,
 * and columns we never create would reach SQL text (a record's state is read with SELECT * and
 * written back column by column, by undo and by a merge). So every table, index, view and
 * trigger is compared with a store migrated to the file's version, down to its SQL text.
 *
 * Nothing is skipped by a name pattern: SQLite's LIKE reads `_` as any character, so a filter such
 * as `NOT LIKE 'sqlite_%'` let a trigger named `sqliteXevil` through (and a `sqlite_evil` one can be
 * written with writable_schema). SQLite's own objects are compared like ours (its autoindexes are in
 * the reference); the only objects allowed beyond the reference are the tables SQLite itself adds
 * later (ANALYZE's statistics, AUTOINCREMENT's counters), by exact name, type and SQL.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations.js';
import { registerSearchFunctions } from './search.js';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const SCHEMA_QUERY = `SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`;

/** Tables SQLite creates by itself in a file of ours (ANALYZE, AUTOINCREMENT), exactly as it writes them. */
const SQLITE_OWN_TABLES: ReadonlyMap<string, string> = new Map([
  ['sqlite_sequence', 'CREATE TABLE sqlite_sequence(name,seq)'],
  ['sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'],
  ['sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'],
]);

const isSqliteOwnTable = (o: SchemaObject) => o.type === 'table' && o.tbl_name === o.name && SQLITE_OWN_TABLES.get(o.name) === o.sql;

const references = new Map<number, Map<string, SchemaObject>>();

/** The schema our migrations create up to `version`, built once per version in memory. */
function referenceSchema(version: number, nativeBinding: string | undefined): Map<string, SchemaObject> {
  let reference = references.get(version);
  if (reference === undefined) {
    const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      registerSearchFunctions(db); // migration 0003 fills a column with it
      migrate(db, MIGRATIONS.slice(0, version));
      reference = new Map((db.prepare(SCHEMA_QUERY).all() as SchemaObject[]).map((o) => [`${o.type} ${o.name}`, o]));
    } finally {
      db.close();
    }
    references.set(version, reference);
  }
  return reference;
}

// A crafted name may be megabytes long: the message names it, shortened.
const describe = (o: SchemaObject) => `${o.type} "${o.name.length > 80 ? `${o.name.slice(0, 80)}…` : o.name}"`;

/** Why the file's schema is not ours, as the end of a sentence about the file; null when it is ours. */
export function schemaProblem(db: Db, version: number, nativeBinding: string | undefined): string | null {
  const reference = referenceSchema(version, nativeBinding);
  const objects = db.prepare(SCHEMA_QUERY).all() as SchemaObject[];
  const foreign = objects.filter((o) => !reference.has(`${o.type} ${o.name}`) && !isSqliteOwnTable(o));
  if (foreign.length > 0) return `holds schema objects AutoCredify Mapper never creates (${foreign.map(describe).join(', ')}); it was not opened.`;
  const altered = objects.filter((o) => {
    const ours = reference.get(`${o.type} ${o.name}`);
    return ours !== undefined && (o.tbl_name !== ours.tbl_name || o.sql !== ours.sql);
  });
  const missing = [...reference.values()].filter((o) => !objects.some((mine) => mine.type === o.type && mine.name === o.name));
  if (altered.length > 0 || missing.length > 0) {
    const list = [...altered.map((o) => `${describe(o)} is altered`), ...missing.map((o) => `${describe(o)} is missing`)].join(', ');
    return `is laid out differently from any dataset AutoCredify Mapper writes (${list}); it was not opened.`;
  }
  return null;
}
