/**
 * The layers, checked on the source (README, "How the code is laid out"): data/ imports neither
 * electron nor react; its folders import each other without cycles, domain/ and store/ import no
 * feature, and a feature is reached from other folders only through its public modules; every
 * operation's handler is in the folder the contract's rule names; the renderer reaches data only
 * through the contract's modules, which are pure (no Node built-ins, no SQLite, no Electron).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../data/contract/contract.js';
import { handlerFolderOf } from '../../data/contract/features.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) && !/\.(test|check)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
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

/** The folder of a file in data/ ("data/practices/list.ts" -> "practices"). */
const folderOf = (file: string) => file.split('/')[1] ?? '';

/** Every import between files of data/ (type-only imports too: they couple folders as much). */
function dataEdges(): { from: string; to: string }[] {
  return sourceFiles('data').flatMap((from) =>
    importsOf(from)
      .map((specifier) => resolveLocal(from, specifier))
      .filter((to): to is string => to !== null && to.startsWith('data/'))
      .map((to) => ({ from, to })),
  );
}

const FEATURES = ['practices', 'scoring', 'analysis', 'import', 'merge', 'quality', 'lenses'];
const PUBLIC_MODULES = ['index.ts', 'schemas.ts', 'model.ts'];

describe('the folders of data/', () => {
  it('import each other without cycles', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of dataEdges()) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)?.add(b);
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it('keep domain/ and store/ below every feature', () => {
    for (const { from, to } of dataEdges()) {
      if (folderOf(from) === 'domain') expect(folderOf(to), `${from} imports ${to}`).toBe('domain');
      if (folderOf(from) === 'store') expect(['domain', 'store', 'migrations'], `${from} imports ${to}`).toContain(folderOf(to));
    }
  });

  it('reach a feature from outside only through its public modules (index, schemas, model; handlers from the contract)', () => {
    const past: string[] = [];
    for (const { from, to } of dataEdges()) {
      const target = folderOf(to);
      if (!FEATURES.includes(target) || folderOf(from) === target) continue;
      const module = to.split('/').slice(2).join('/');
      const allowed = PUBLIC_MODULES.includes(module) || (module === 'handlers.ts' && from === 'data/contract/dispatch.ts');
      if (!allowed) past.push(`${from} -> ${to}`);
    }
    expect(past).toEqual([]);
  });
});

describe('operations', () => {
  /** The operation names a handlers.ts defines: its quoted keys. */
  const handled = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/^\s+'([a-zA-Z]+\.[a-zA-Z]+)':/gm)].map((m) => m[1] as string);

  it('each have their handler in data/<folder>/handlers.ts, the folder the contract’s rule names, and nowhere else', () => {
    const handlerFiles = sourceFiles('data').filter((f) => f.endsWith('/handlers.ts'));
    const where = new Map<string, string[]>();
    for (const file of handlerFiles) for (const name of handled(file)) where.set(name, [...(where.get(name) ?? []), file]);
    for (const name of OPERATION_NAMES) {
      expect(where.get(name), name).toEqual([`data/${handlerFolderOf(name)}/handlers.ts`]);
    }
    expect([...where.keys()].filter((name) => !(OPERATION_NAMES as readonly string[]).includes(name))).toEqual([]);
  });
});

describe('the renderer', () => {
  it('reaches data/ only through the contract, the domain vocabulary and features’ schemas and models', () => {
    const outside: string[] = [];
    for (const file of sourceFiles('renderer/src')) {
      for (const specifier of importsOf(file)) {
        const local = resolveLocal(file, specifier);
        if (!local?.startsWith('data/')) continue;
        const allowed = local === 'data/contract/contract.ts' || local.startsWith('data/domain/') || /^data\/[a-z]+\/(schemas|model)\.ts$/.test(local);
        if (!allowed) outside.push(`${file} -> ${local}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
