/**
 * A gap (target − mean score) in words that read the right way round: "0.8 short" of the target,
 * "0.3 above" it, or "on target" — never "+0.8", which reads as a surplus. In the interface's
 * language, the amount in its locale ("0,8 por debajo").
 */
import { translate } from '../../app/i18n/i18n';
import { formatFixed, formatNumber } from '../../ui/format';

export interface GapWords {
  /** The distance to the target, unsigned, one decimal. */
  amount: string;
  /** short / above / on target */
  side: 'short' | 'above' | 'on target';
}

export function gapWords(gap: number): GapWords {
  const amount = formatFixed(Math.abs(gap), 1);
  if (Math.round(Math.abs(gap) * 10) === 0) return { amount, side: 'on target' };
  return { amount, side: gap > 0 ? 'short' : 'above' };
}

/** The side in words: "short", "above", "on target". */
export function sideWord(side: GapWords['side']): string {
  const t = translate('analysis');
  return side === 'on target' ? t('gaps.onTarget') : side === 'short' ? t('gaps.short') : t('gaps.above');
}

/** "0.8 short of target 3", "0.3 above target 3", "on target 3". */
export function describeGap(gap: number, target: number): string {
  const t = translate('analysis');
  const { amount, side } = gapWords(gap);
  const shownTarget = formatNumber(target);
  if (side === 'on target') return t('gaps.gapOnTarget', { target: shownTarget });
  return side === 'short' ? t('gaps.gapShortOf', { amount, target: shownTarget }) : t('gaps.gapAbove', { amount, target: shownTarget });
}

/** The legend's step: "2 short", "on target", "1 above". */
export function gapStepLabel(step: number): string {
  const t = translate('analysis');
  const { side } = gapWords(step);
  const amount = formatNumber(Math.abs(step), 1);
  if (side === 'on target') return t('gaps.onTarget');
  return side === 'short' ? t('gaps.stepShort', { amount }) : t('gaps.stepAbove', { amount });
}
