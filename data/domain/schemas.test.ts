import { describe, expect, it } from 'vitest';
import init from '../migrations/0001_init.sql';
import consensus from '../migrations/0006_consensus.sql';
import { SCORE_LEVELS } from './domain.js';
import { scoreValueSchema } from './schemas.js';

describe('the score rule', () => {
  it('accepts exactly the score levels, with one message for anything else', () => {
    for (const level of SCORE_LEVELS) expect(scoreValueSchema.parse(level)).toBe(level);
    for (const bad of [-1, 5, 2.5, '3', null]) {
      const result = scoreValueSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('A score is a whole number from 0 to 4');
    }
  });

  it('is the range the store itself enforces for scores and consensus scores', () => {
    const range = `value BETWEEN ${SCORE_LEVELS[0]} AND ${SCORE_LEVELS[4]}`;
    expect(init).toContain(range);
    expect(consensus).toContain(range);
    expect(SCORE_LEVELS).toEqual([0, 1, 2, 3, 4]);
  });
});
