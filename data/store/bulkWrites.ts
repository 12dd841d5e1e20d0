/**
 * Writing many rows at once (an import, a merge): many rows per statement, and a new or empty
 * table's secondary indexes built once at the end instead of row by row. The callers own their
 * tables' SQL; this module only repeats a row shape and sorts out the indexes.
 */
import type { Database } from 'better-sqlite3';
import { statement } from './statements.js';

/** Rows per INSERT: well inside SQLite's 32,766 bound values at 40 columns a row. */
const ROWS_PER_STATEMENT = 200;

/**
 * Runs `INSERT INTO table (columns) VALUES (...), (...), …` over `rows` (each a list of values in
 * `columns`' order), ROWS_PER_STATEMENT at a time. Values are bound exactly as a one-row INSERT
 * binds them, so what is stored is what the row-by-row statement stored.
 */
export function insertRows(db: Database, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], verb = 'INSERT'): void {
  const head = `${verb} INTO ${table} (${columns.join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const textFor = (count: number) => head + Array.from({ length: count }, () => tuple).join(', ');
  const full = rows.length >= ROWS_PER_STATEMENT ? statement(db, textFor(ROWS_PER_STATEMENT)) : null;
  let start = 0;
  for (; full && start + ROWS_PER_STATEMENT <= rows.length; start += ROWS_PER_STATEMENT) full.run(rows.slice(start, start + ROWS_PER_STATEMENT).flat());
  if (start < rows.length) db.prepare(textFor(rows.length - start)).run(rows.slice(start).flat());
}

/**
 * Runs `write` with `table`'s secondary indexes dropped when the table is empty, then creates them
 * again from their own SQL text (so the schema reads exactly as before): building an index over
 * 100,000 sorted rows once costs a fraction of keeping it current through 100,000 inserts. Inside
 * the caller's transaction, so a failed or cancelled write puts the indexes back with the rows.
 */
export function withIndexesBuiltAfter<T>(db: Database, table: string, write: () => T): T {
  if (!db.inTransaction) throw new Error('withIndexesBuiltAfter runs inside the caller’s transaction.');
  if (statement(db, `SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined) return write();
  const indexes = statement(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table) as {
    name: string;
    sql: string;
  }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  const result = write();
  for (const index of indexes) db.exec(index.sql);
  return result;
}
