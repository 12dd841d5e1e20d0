/** Every message exists in all four languages, non-empty, with the same placeholders as the English. */
import { describe, expect, it } from 'vitest';
import { CATALOGS, NAMESPACES, type Catalog } from './catalogs';
import { LANGUAGES } from './languages';

/** "a.b_one" -> message, flattened. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** `{{count}}`, `{{name}}`, and nested `$t(...)` references. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}|\$t\(([^)]+)\)/g)].map((m) => m[1] ?? m[2] ?? '').sort();
}

/**
 * Spanish and Portuguese have a plural form "many" (for millions); i18next falls back to "other"
 * when a catalog leaves it out, so it may be there or not.
 */
const optionalKey = (key: string) => /_many$/.test(key);

describe('the catalogs', () => {
  for (const namespace of NAMESPACES) {
    const english = flatten(CATALOGS.en[namespace]);
    for (const language of LANGUAGES) {
      it(`${namespace}: ${language} has every English message, with the same placeholders`, () => {
        const messages = flatten(CATALOGS[language][namespace]);
        const missing = [...english.keys()].filter((key) => !messages.has(key));
        const extra = [...messages.keys()].filter((key) => !english.has(key) && !optionalKey(key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key);
        expect(empty).toEqual([]);
        const mismatched = [...messages]
          .filter(([key]) => english.has(key))
          .filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
          .map(([key, text]) => `${key}: "${text}" vs "${english.get(key)}"`);
        expect(mismatched).toEqual([]);
      });
    }
  }

  it('a plural message has its "one" and "other" forms in every language', () => {
    for (const language of LANGUAGES) {
      for (const namespace of NAMESPACES) {
        const keys = [...flatten(CATALOGS[language][namespace]).keys()];
        const bases = new Set(keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
        for (const base of bases) {
          expect(keys, `${language} ${namespace}:${base}`).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
        }
      }
    }
  });
});
