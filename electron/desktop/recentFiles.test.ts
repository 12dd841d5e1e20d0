import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { readRecentFiles, recentFilesPath, rememberRecentFile } from './recentFiles.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('recent files', () => {
  it('keep the last ten existing files, newest first, without repeats', () => {
    const files = Array.from({ length: 12 }, (_, i) => {
      const path = tmp.file(`d${i}.acmap`);
      writeFileSync(path, '');
      return path;
    });
    for (const f of files) rememberRecentFile(tmp.file('data'), f);
    rememberRecentFile(tmp.file('data'), files[3]!);
    const list = readRecentFiles(tmp.file('data'));
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(files[3]);
    expect(new Set(list).size).toBe(10);
  });

  it('survive a damaged list by starting again', () => {
    writeFileSync(recentFilesPath(tmp.file('data')), '{"not": "a list"');
    expect(readRecentFiles(tmp.file('data'))).toEqual([]);
  });
});
