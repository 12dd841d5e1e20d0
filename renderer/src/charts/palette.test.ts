/**
 * The chart categories' colours stay apart for colour-blind readers: each pair of the first four,
 * simulated for deuteranopia, protanopia and tritanopia (Machado, Oliveira & Fernandes 2009,
 * severity 1) and for normal vision, at least 20 apart in CIELAB (ΔE 1976).
 */
import { describe, expect, it } from 'vitest';
import { categoryColour } from './palette';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];
const SIMULATIONS: Record<string, Matrix> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

function lab(hex: string, m: Matrix): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => linear(v / 255));
  const [r, g, b] = m.map((row) => Math.max(0, Math.min(1, row[0] * c[0]! + row[1] * c[1]! + row[2] * c[2]!))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('category colours', () => {
  it('keep the first four groups apart under every colour-vision deficiency', () => {
    const colours = [0, 1, 2, 3].map(categoryColour);
    for (const [name, m] of Object.entries(SIMULATIONS)) {
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const a = lab(colours[i]!, m);
          const b = lab(colours[j]!, m);
          const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
          expect(distance, `${name}: ${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('never give a group the target line\'s black among the first seven', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(categoryColour)).not.toContain('#000000');
  });
});
