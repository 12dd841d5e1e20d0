/**
 * Long-form score files: new scores are written and recorded in the history in bulk
 * (data/scores.ts setCheckedScores). Their history must be exactly what `track` records one
 * record at a time, or undo, redo and merges would see changes that are not there.
 */
import { expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { TRACKED } from '../history/entities.js';

const { store, api } = storePerTest('scores');
/** The tables of records, not the history (which keeps an undone change set). */
function dataOf(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(tables).filter(([name]) => name !== 'change_sets' && name !== 'changes'));
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (rows: string[][]) => ({ name: 'f.csv', contentBase64: Buffer.from(rows.map((r) => r.map(csvCell).join(',')).join('\r\n'), 'utf8').toString('base64') });

// Ids and evidence with every character JSON escapes, and some it does not.
const IDS = ['a"b', 'back\\slash', 'tab\there', 'ñandú-€', 'emoji😀', 'ctl\u0001x\u001f', 'line\u2028sep'];
const EVIDENCE = ['"quoted" and \\ backslash', 'two\nlines\r\nand a tab\t', 'control \u0002\u0008\u000c', '', 'plain'];

it('records new scores in the history exactly as one-by-one tracking would, beside updated ones, and undoes and redoes them', () => {
  api.value('import.run', { file: csv([['Practice id', 'Name', 'Country'], ...IDS.map((id, i) => [id, `Practice ${i}`, 'Spain'])]), key: 'id', dryRun: false });
  const rater = api.value('raters.create', { name: 'Ana' });
  // One score exists before the file: the file updates it, one at a time, beside the new ones.
  api.value('scores.set', { practiceId: IDS[0]!, dimension: 'governance', raterId: rater.id, value: 1, evidence: 'old', confidence: 'low' });
  const beforeImport = snapshot(store().db);

  const rows = [['Practice id', 'Dimension', 'Rater id', 'Rater', 'Team', 'Score', 'Evidence', 'Confidence']];
  IDS.forEach((id, i) => {
    rows.push([id, 'governance', rater.id, 'Ana', '', String(i % 5), EVIDENCE[i % EVIDENCE.length]!, i % 2 === 0 ? 'high' : '']);
    rows.push([id, 'Pedagogy', 'r-"new"', 'Rater "New"', 'Team\tB', i === 3 ? '' : '4', 'x', 'medium']);
  });
  const result = api.value('import.run', { file: csv(rows), key: 'id', dryRun: false });
  expect(result).toMatchObject({ kind: 'scores', counts: { new: 13, updated: 1, unchanged: 0, rejected: 0 } });

  const changes = store().db.prepare("SELECT seq, entity, entity_key AS key, before, after FROM changes WHERE change_set_id = (SELECT max(id) FROM change_sets) ORDER BY seq").all() as {
    seq: number;
    entity: string;
    key: string;
    before: string | null;
    after: string;
  }[];
  expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => i + 1));
  expect(changes.filter((c) => c.entity === 'rater')).toHaveLength(1);
  const scoreChanges = changes.filter((c) => c.entity === 'score');
  expect(scoreChanges).toHaveLength(14);
  for (const change of scoreChanges) {
    const key = JSON.parse(change.key) as { practiceId: string; dimension: string; raterId: string };
    // Byte for byte: the key as JSON.stringify writes it, and the after state as `track` reads it.
    expect(change.key).toBe(JSON.stringify({ practiceId: key.practiceId, dimension: key.dimension, raterId: key.raterId }));
    expect(change.after).toBe(JSON.stringify(TRACKED.score.read(store().db, key)));
  }
  expect(scoreChanges.filter((c) => c.before === null)).toHaveLength(13);
  const afterImport = snapshot(store().db);

  api.value('history.undo', {});
  expect(dataOf(snapshot(store().db))).toEqual(dataOf(beforeImport));
  api.value('history.redo', {});
  expect(dataOf(snapshot(store().db))).toEqual(dataOf(afterImport));
});
