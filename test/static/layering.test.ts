/**
 * The layers, checked on the source: data/ imports neither electron nor react; the renderer
 * reaches data only through modules that are pure (no Node built-ins, no SQLite, no Electron),
 * whatever those modules import in turn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(root, dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base]) {
    try {
      readFileSync(candidate);
      return relative(root, candidate);
    } catch {
      // try the next spelling
    }
  }
  return null;
}

describe('layering', () => {
  it('data/ imports neither electron nor react, nor anything from the hosts or the UI', () => {
    for (const file of sourceFiles('data')) {
      for (const specifier of importsOf(file)) {
        expect(specifier, file).not.toMatch(/^(electron|react|react-dom)(\/|$)/);
        expect(resolveLocal(file, specifier) ?? '', file).not.toMatch(/^(electron|renderer)\//);
      }
    }
  });

  it('the renderer reaches only pure data modules (no Node built-ins, SQLite or Electron, at any depth)', () => {
    const seen = new Set<string>();
    const queue = sourceFiles('renderer/src');
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^(node:|better-sqlite3|electron|fs$|path$|crypto$|child_process$)/);
        const local = resolveLocal(file, specifier);
        if (local && !local.endsWith('.json')) queue.push(local);
      }
    }
    expect([...seen].some((f) => f.startsWith('data/'))).toBe(true);
  });
});
