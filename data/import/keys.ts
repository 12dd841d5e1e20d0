/**
 * How a row finds its practice. By default (`auto`) a row with an id is that practice (or a new one
 * with that id); a row without one is matched by a natural key: its code, else its name, with its
 * country, and its provider where the file has providers, because the same course name at forty
 * institutions is forty practices. A row that matches nothing is a new practice.
 */
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../store/search.js';

export type ImportKey = 'auto' | 'id' | 'nameCountry';

/** What to do with rows of one file that share a natural key: reject them all, or import each as its own practice. */
export type Duplicates = 'reject' | 'separate';

/** Which fields make the natural key of this import, decided once from the columns the file maps (and the --set values). */
export interface NaturalKeyShape {
  code: boolean;
  provider: boolean;
}

export interface KeyFields {
  name?: string | null | undefined;
  country?: string | null | undefined;
  code?: string | null | undefined;
  provider?: string | null | undefined;
}

const fold = (text: string | null | undefined) => foldForSearch((text ?? '').trim());

/** The row's natural key, or null when it lacks what the key needs (a country, and a code or a name). */
export function naturalKey(fields: KeyFields, shape: NaturalKeyShape): string | null {
  const country = fold(fields.country);
  if (country === '') return null;
  const provider = shape.provider ? `\u0000${fold(fields.provider)}` : '';
  const code = shape.code ? fold(fields.code) : '';
  if (code !== '') return `code\u0000${code}\u0000${country}${provider}`;
  const name = fold(fields.name);
  return name === '' ? null : `name\u0000${name}\u0000${country}${provider}`;
}

/** The key in words, for messages: "code TMVG0109, country Spain, provider CIFP X". */
export function describeKey(fields: KeyFields, shape: NaturalKeyShape): string {
  const code = shape.code && fold(fields.code) !== '';
  const parts = [code ? `code ${fields.code ?? ''}` : `name “${fields.name ?? ''}”`, `country ${fields.country ?? ''}`];
  if (shape.provider) parts.push(fields.provider ? `provider “${fields.provider}”` : 'no provider');
  return parts.join(', ');
}

/** The dataset's practices by natural key, in the order they were created (read once per plan: a lookup per row would be quadratic). */
export function practicesByNaturalKey(db: Database, shape: NaturalKeyShape): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const rows = db.prepare('SELECT id, name, country, code, provider FROM practices ORDER BY rowid').iterate() as Iterable<{
    id: string;
    name: string;
    country: string;
    code: string | null;
    provider: string | null;
  }>;
  for (const row of rows) {
    const key = naturalKey(row, shape);
    if (key === null) continue;
    const ids = index.get(key);
    if (ids) ids.push(row.id);
    else index.set(key, [row.id]);
  }
  return index;
}

/** "rows 3, 17 and 40" */
export function listRows(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}
