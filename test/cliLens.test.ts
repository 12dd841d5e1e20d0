/** `autocredify lens LENS` (issue 15, item 1): the lens view from the command line, under --where, in the usual formats. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../data/contract/dispatch.js';
import { openSeededStore } from '../data/seed/seed.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
const seeded = tmp.file('seed.acmap');
const cli = commandLine(tmp.file('data'), '--db', seeded);

beforeAll(() => {
  const store = openSeededStore(seeded);
  const answers = ['validated_assessment', 'published_descriptors', 'stackability_rules'].map((item) => ({ item, status: 'yes' }));
  for (const id of ['cli-es', 'cli-pt']) {
    dispatch(store, 'practices.create', { id, fields: { name: `Practice ${id}`, country: id === 'cli-es' ? 'Spain' : 'Portugal' } });
    dispatch(store, 'lenses.setAnswers', { practiceId: id, lens: 'pathway_conditionality', answers });
  }
  store.close();
});
afterAll(() => tmp.cleanup());

describe('autocredify lens', () => {
  it('prints the practices meeting every item by country and the items most often missing', () => {
    const run = cli('lens', 'pathway_conditionality', '--group-by', 'country', '--format', 'md');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Pathway conditionality');
    expect(run.stdout).toMatch(/\| All filtered practices \| All \| \d+ \| 2 \|/);
    expect(run.stdout).toMatch(/\| By country \| Spain \| \d+ \| 1 \|/);
    expect(run.stdout).toContain('clear stackability rules');
    const portugal = cli('lens', 'pathway_conditionality', '--where', 'country=Portugal', '--format', 'json');
    expect(run.status, portugal.stderr).toBe(0);
    expect((JSON.parse(portugal.stdout) as { meeting: number }).meeting).toBe(1);
  });

  it('names an unknown lens or a missing one plainly', () => {
    const unknown = cli('lens', 'no_such_lens');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('There is no lens “no_such_lens”');
    const missing = cli('lens');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Name the lens');
  });
});
