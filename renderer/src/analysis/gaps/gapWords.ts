/**
 * A gap (target − mean score) in words that read the right way round: "0.8 short" of the target,
 * "0.3 above" it, or "on target" — never "+0.8", which reads as a surplus.
 */
export interface GapWords {
  /** The distance to the target, unsigned, one decimal. */
  amount: string;
  /** short / above / on target */
  side: 'short' | 'above' | 'on target';
}

export function gapWords(gap: number): GapWords {
  const amount = Math.abs(gap).toFixed(1);
  if (amount === '0.0') return { amount, side: 'on target' };
  return { amount, side: gap > 0 ? 'short' : 'above' };
}

/** "0.8 short of target 3", "0.3 above target 3", "on target 3". */
export function describeGap(gap: number, target: number): string {
  const { amount, side } = gapWords(gap);
  return side === 'on target' ? `on target ${target}` : `${amount} ${side === 'short' ? 'short of' : 'above'} target ${target}`;
}

/** The legend's step: "2 short", "on target", "1 above". */
export function gapStepLabel(step: number): string {
  const { amount, side } = gapWords(step);
  return side === 'on target' ? 'on target' : `${Number(amount)} ${side}`;
}
