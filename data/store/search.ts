import type { Database } from 'better-sqlite3';

/** Accent- and case-insensitive matching, so "catalogo" finds "Catálogo" and "sahkoauton" finds "Sähköauton". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Escapes LIKE wildcards so a user's "50%" or "a_b" is matched literally (use with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Splits a search box value into folded terms; every term must match. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 10);
}

/** Registers fold() for column filters; openStore calls it on every connection. */
export function registerSearchFunctions(db: Database): void {
  db.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldForSearch(value) : null));
}
