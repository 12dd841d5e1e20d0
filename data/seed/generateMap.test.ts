import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/tempFiles.js';
import { generateMap } from './generateMap.js';
import { openStore } from '../store/store.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function generated(name: string, seed: number) {
  const store = openStore(tmp.file(name));
  const result = generateMap(store.db, { practices: 50, raters: 2, seed });
  const rows = store.db.prepare('SELECT id, name, parent_id, country, hours FROM practices ORDER BY id').all();
  const scores = store.db.prepare('SELECT practice_id, dimension_id, rater_id, value FROM scores ORDER BY 1, 2, 3').all();
  store.close();
  return { result, rows, scores };
}

describe('generated maps', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = generated('a.acmap', 7);
    const b = generated('b.acmap', 7);
    const c = generated('c.acmap', 8);
    expect(a.result).toMatchObject({ practices: 50, raters: 2 });
    expect(a.result.scores).toBe(a.scores.length);
    expect(b.rows).toEqual(a.rows);
    expect(b.scores).toEqual(a.scores);
    expect(c.rows).not.toEqual(a.rows);
    expect(a.rows.filter((r) => (r as { parent_id: string | null }).parent_id !== null)).toHaveLength(5);
  });
});
