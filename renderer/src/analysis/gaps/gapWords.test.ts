import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n/i18n';
import { describeGap, gapStepLabel, gapWords, sideWord } from './gapWords';

describe('gaps in words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says how far short of or above the target, never with a plus sign', () => {
    expect(gapWords(0.8)).toEqual({ amount: '0.8', side: 'short' });
    expect(gapWords(-0.34)).toEqual({ amount: '0.3', side: 'above' });
    expect(gapWords(0.04)).toEqual({ amount: '0.0', side: 'on target' });
    expect(describeGap(0.8, 3)).toBe('0.8 short of target 3');
    expect(describeGap(-0.5, 3)).toBe('0.5 above target 3');
    expect(gapStepLabel(2)).toBe('2 short');
    expect(gapStepLabel(0)).toBe('on target');
  });

  it('speaks the interface language, with its decimal mark', async () => {
    await i18n.changeLanguage('es');
    expect(gapWords(0.8)).toEqual({ amount: '0,8', side: 'short' });
    expect(describeGap(0.8, 3)).toBe('0,8 por debajo del objetivo 3');
    expect(gapStepLabel(-1)).toBe('1 por encima');
    await i18n.changeLanguage('fi');
    expect(describeGap(-0.5, 2.5)).toBe('0,5 yli tavoitteen 2,5');
    expect(sideWord('on target')).toBe('tavoitteessa');
    await i18n.changeLanguage('pt');
    expect(gapStepLabel(2)).toBe('2 abaixo');
  });
});
