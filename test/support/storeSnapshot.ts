/** Every row of every table, in a stable order: tests compare it before and after a refused change. */
import type { Database } from 'better-sqlite3';

export function snapshot(db: Database): Record<string, unknown[]> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const columns = (db.pragma(`table_info("${name}")`) as unknown[]).length;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      return [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all()];
    }),
  );
}
