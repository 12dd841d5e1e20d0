/**
 * `autocredify merge FILE` as a script would run it: the partner's raters and scores arrive, a
 * dry run and unsettled conflicts write nothing (exit 1), and the same file twice changes nothing.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from './support/apiClient.js';
import { snapshot } from './support/storeSnapshot.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';
import { openStore, type Store } from '../data/store/store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const cli = commandLine(tmp.file('data'));
function withStore<T>(path: string, use: (api: ReturnType<typeof client>, store: Store) => T): T {
  const store = openStore(path);
  try {
    return use(client(store), store);
  } finally {
    store.close();
  }
}

describe('autocredify merge', () => {
  it('merges a partner’s copy: dry run first, conflicts settled on the command line, nothing new the second time', () => {
    const ours = tmp.file('ours.acmap');
    const theirs = tmp.file('theirs.acmap');
    withStore(ours, (api) => {
      api.value('practices.create', { id: 'sfs', fields: { name: 'SFS 6002', country: 'Finland', provider: 'Tukes' } });
    });
    copyFileSync(ours, theirs);
    withStore(theirs, (api) => {
      const bo = api.value('raters.create', { name: 'Bo', team: 'Tampere' }).id;
      api.value('scores.set', { practiceId: 'sfs', dimension: 'governance', raterId: bo, value: 2, evidence: 'Electrical safety only' });
      api.value('practices.update', { id: 'sfs', fields: { provider: 'SESKO' } });
    });
    withStore(ours, (api) => api.value('practices.update', { id: 'sfs', fields: { provider: 'Sähköturvallisuus' } }));
    const before = withStore(ours, (_api, store) => snapshot(store.db));

    const dry = cli('merge', theirs, '--db', ours, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing written): theirs.acmap holds 3 changes this dataset has not seen.');
    expect(dry.stdout).toContain('Scores by Bo (Tampere): 1');
    expect(dry.stdout).toContain('“SFS 6002”, Provider or awarding body: here “Sähköturvallisuus”, theirs “SESKO” (before: “Tukes”)');

    const refused = cli('merge', theirs, '--db', ours);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/1 field was changed differently in both files.*\n.*--prefer ours\|theirs/);
    expect(withStore(ours, (_api, store) => snapshot(store.db))).toEqual(before);

    const json = JSON.parse(cli('merge', theirs, '--db', ours, '--dry-run', '--format', 'json').stdout) as { conflicts: { id: string }[] };
    const resolutions = tmp.file('resolutions.json');
    writeFileSync(resolutions, JSON.stringify({ [json.conflicts[0]!.id]: 'theirs' }));
    const merged = cli('merge', theirs, '--db', ours, '--resolutions', resolutions);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toContain('Merged: theirs.acmap');
    withStore(ours, (api) => {
      const detail = api.value('practices.get', { id: 'sfs' });
      expect(detail.practice.provider).toBe('SESKO');
      expect(detail.scores.map((s) => s.value)).toEqual([2]);
      expect(api.value('raters.list', {}).map((r) => r.name)).toContain('Bo');
    });

    const again = cli('merge', theirs, '--db', ours);
    expect(again).toMatchObject({ status: 0, stdout: 'Nothing to merge: every change in theirs.acmap is already in this dataset.\n' });
  });

  it('refuses a file that is not a dataset, with the reason on standard error and nothing written', () => {
    const ours = tmp.file('plain.acmap');
    withStore(ours, () => undefined);
    const junk = tmp.file('junk.acmap');
    writeFileSync(junk, 'not a database at all');
    const run = cli('merge', junk, '--db', ours);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/“junk.acmap” is not an AutoCredify Mapper dataset/);
    expect(cli('merge', '--db', ours).status).toBe(2);
    expect(cli('merge', junk, '--prefer', 'mine', '--db', ours).status).toBe(1); // junk is refused before --prefer is read
  });
});
