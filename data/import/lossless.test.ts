/**
 * Every character survives export and import (issue 12, item 8): values that begin with an
 * apostrophe before a formula, with spaces, tabs or line breaks; and what no export could carry (a
 * NUL, half a character) is refused at the door of the write operations, so no dataset holds it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/apiClient.js';
import { tempDir } from '../../test/support/tempFiles.js';
import { openStore } from '../store/store.js';
import { UNSTORABLE_TEXT_MESSAGE } from '../domain/schemas.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => {
  const store = openStore(tmp.file(`lossless-${n++}.acmap`));
  return { store, api: client(store) };
};

const AWKWARD = {
  name: 'Curso “raro”',
  country: 'Spain',
  notes: "'=SUM(A1)",
  limitations: "''=double mark",
  relevance: "'quoted'",
  region: '  two spaces at both ends  ',
  typeAsStated: '\tstarts with a tab',
  strengths: '\nstarts with a line break\n  and an indented line  \n',
  provider: '+34 600 000 000',
  code: '-x',
  workloadNote: '@home',
  nameOriginal: "'",
  level: '=1+1',
  stackability: 'a;b,"c"\r\nd',
} as const;

describe('the practice export read back by the import', () => {
  it.each(['csv', 'csv-excel'] as const)('gives back every awkward text exactly (%s)', (format) => {
    const source = fresh();
    const target = fresh();
    try {
      const created = source.api.value('practices.create', { fields: { ...AWKWARD, narratives: { governance: ' spaced narrative\twith a tab ' } } });
      const exported = source.api.value('analysis.export', { view: 'practices', input: { filter: {} }, format }) as { content: string };
      const result = target.api.value('import.run', { file: { name: 'x.csv', contentBase64: Buffer.from(exported.content, 'utf8').toString('base64') }, dryRun: false });
      expect(result.counts).toMatchObject({ new: 1, rejected: 0 });
      const back = target.api.value('practices.get', { id: created.practice.id }).practice;
      expect(back).toMatchObject(AWKWARD);
      expect(back.narratives.governance).toBe(' spaced narrative\twith a tab ');
      // And once more: the same file again changes nothing.
      expect(target.api.value('import.run', { file: { name: 'x.csv', contentBase64: Buffer.from(exported.content, 'utf8').toString('base64') }, dryRun: true }).counts).toMatchObject({ unchanged: 1 });
    } finally {
      source.store.close();
      target.store.close();
    }
  });
});

describe('text no export can carry', () => {
  it('is refused by every write that takes it, with one clear message, and nothing is written', () => {
    const { store, api } = fresh();
    try {
      const practice = api.value('practices.create', { fields: { name: 'Fine', country: 'Spain' } }).practice;
      const rater = api.value('raters.create', { name: 'Ana' });
      const attempts: [string, unknown][] = [
        ['practices.create', { fields: { name: 'Nul\u0000here', country: 'Spain' } }],
        ['practices.create', { fields: { name: 'Fine', country: 'Spain', notes: 'half \uD800 a pair' } }],
        ['practices.update', { id: practice.id, fields: { sources: [{ document: 'Doc\u0000', section: '' }] } }],
        ['practices.update', { id: practice.id, fields: { narratives: { pedagogy: 'lone \uDC80 low half' } } }],
        ['raters.create', { name: 'A\u0000na' }],
        ['scores.set', { practiceId: practice.id, dimension: 'governance', raterId: rater.id, value: 2, evidence: 'x\u0000' }],
      ];
      for (const [operation, input] of attempts) {
        const result = api.call(operation as never, input as never);
        expect(result.ok, operation).toBe(false);
        expect(JSON.stringify(result), operation).toContain(UNSTORABLE_TEXT_MESSAGE);
      }
      // A whole surrogate pair (an emoji) is a character like any other.
      expect(api.call('practices.update', { id: practice.id, fields: { notes: 'ok 🚗' } }).ok).toBe(true);
      expect(api.value('practices.list', {}).rows.map((r) => r.name)).toEqual(['Fine']);
    } finally {
      store.close();
    }
  });
});
