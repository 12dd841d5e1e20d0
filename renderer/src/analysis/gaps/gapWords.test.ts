import { describe, expect, it } from 'vitest';
import { describeGap, gapStepLabel, gapWords } from './gapWords';

describe('gaps in words', () => {
  it('says how far short of or above the target, never with a plus sign', () => {
    expect(gapWords(0.8)).toEqual({ amount: '0.8', side: 'short' });
    expect(gapWords(-0.34)).toEqual({ amount: '0.3', side: 'above' });
    expect(gapWords(0.04)).toEqual({ amount: '0.0', side: 'on target' });
    expect(describeGap(0.8, 3)).toBe('0.8 short of target 3');
    expect(describeGap(-0.5, 3)).toBe('0.5 above target 3');
    expect(gapStepLabel(2)).toBe('2 short');
    expect(gapStepLabel(0)).toBe('on target');
  });
});
