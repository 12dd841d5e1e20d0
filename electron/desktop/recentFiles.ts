/** The "Open Recent" list: the last datasets opened, kept in the user's data folder. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const MAX = 10;
const listSchema = z.array(z.string().min(1)).max(50);

export function recentFilesPath(dataDir: string): string {
  return join(dataDir, 'recent.json');
}

export function readRecentFiles(dataDir: string): string[] {
  try {
    const parsed = listSchema.safeParse(JSON.parse(readFileSync(recentFilesPath(dataDir), 'utf8')) as unknown);
    return parsed.success ? parsed.data.filter((p) => existsSync(p)).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberRecentFile(dataDir: string, path: string): string[] {
  const list = [path, ...readRecentFiles(dataDir).filter((p) => p !== path)].slice(0, MAX);
  mkdirSync(dirname(recentFilesPath(dataDir)), { recursive: true });
  writeFileSync(recentFilesPath(dataDir), `${JSON.stringify(list, null, 2)}\n`);
  return list;
}
