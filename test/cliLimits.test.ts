/**
 * The command line checks every size limit before it reads a file (security review, issue 13):
 * a file over the limit is refused in one sentence naming the limit, never with V8's own message
 * (ERR_STRING_TOO_LONG) or a stack trace, and the dataset is not changed.
 */
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../data/domain/fileSchemas.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = tmp.file('limits.acmap');

const cli = commandLine(tmp.file('data'), '--db', db);

/** A file of `size` bytes that takes no room on disk (sparse): only its size matters here. */
function sparse(name: string, size: number): string {
  const path = tmp.file(name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

const expectRefusal = (run: ReturnType<typeof cli>, limit: RegExp) => {
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(limit);
  expect(run.stderr).not.toMatch(/ERR_STRING_TOO_LONG|Cannot create a string longer|\n\s+at /);
};

describe('files over the command line’s limits', () => {
  it('refuses an import file over 256 MB, naming the limit, before reading it', () => {
    expectRefusal(cli('import', sparse('huge.csv', MAX_FILE_BYTES + 1)), /huge\.csv is 256\.0 MB; a file to import can be at most 256 MB/);
  });

  it('refuses a dataset file to merge over 256 MB the same way', () => {
    expectRefusal(cli('merge', sparse('huge.acmap', 600 * 1024 * 1024)), /huge\.acmap is 600\.0 MB; a dataset file to merge can be at most 256 MB/);
  });

  it('refuses a mapping file over its limit', () => {
    const csv = tmp.file('small.csv');
    writeFileSync(csv, 'Name;Country\r\nA;Spain\r\n');
    expectRefusal(cli('import', csv, '--mapping', sparse('mapping.json', 5 * 1024 * 1024)), /mapping\.json is 5\.0 MB; a mapping file can be at most 1\.0 MB/);
  });

  it('says in one line what went wrong with a file it cannot read', () => {
    expectRefusal(cli('import', tmp.dir), /Cannot read .*: it is not a file/);
    expectRefusal(cli('merge', tmp.file('missing.acmap')), /Cannot read .*missing\.acmap: no such file/);
  });
});
