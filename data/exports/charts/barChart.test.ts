/**
 * The gap chart drawn on the Node side: the SVG has a bar per value and every label; the PNG is a
 * valid PNG (each chunk's CRC checked by node:zlib's own crc32, the pixels inflated back) whose bars
 * are in the series' colours at print resolution.
 */
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barChartPng, barChartSvg, type BarChart } from './barChart.js';

const chart: BarChart = {
  title: 'Gap to target by dimension',
  axisLabel: 'Gap (target − mean score)',
  categories: ['Governance', 'Pedagogy', 'Financial sustainability'],
  series: [
    { label: 'Spain (n=5)', values: [1.5, 0.25, null] },
    { label: 'Finland (n=3)', values: [-0.5, 2, 1] },
  ],
  format: (v) => String(v).replace('.', ','),
};

function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    expect(crc32(typed) >>> 0).toBe(view.getUint32(at + 8 + length));
    out.push({ type: new TextDecoder().decode(typed.subarray(0, 4)), data: typed.subarray(4) });
    at += 12 + length;
  }
  return out;
}

describe('the gap chart', () => {
  it('as SVG: one bar per value, the categories, the legend and the ticks in the locale’s way', () => {
    const svg = barChartSvg(chart);
    // Five values plus two legend swatches and the background; grid lines are thinner than a bar.
    const fills = [...svg.matchAll(/fill="(#1b6ca8|#e07b00)"/g)].length;
    expect(fills).toBe(5 + 2);
    for (const text of ['Governance', 'Pedagogy', 'Spain (n=5)', 'Finland (n=3)', '1,5', 'Gap to target by dimension']) expect(svg).toContain(text);
  });

  it('as PNG: valid chunks, 1600 x 900 at 192 dpi, the bars in the series’ colours', () => {
    const png = barChartPng(chart);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const header = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([1600, 900]);
    expect(Math.round(new DataView(parts[1]!.data.buffer, parts[1]!.data.byteOffset).getUint32(0) * 0.0254)).toBe(192);
    const raw = inflateSync(parts[2]!.data);
    expect(raw.length).toBe(900 * (1600 * 3 + 1));
    const colours = new Set<string>();
    for (let y = 0; y < 900; y += 3) for (let x = 0; x < 1600; x += 3) {
      const at = y * (1600 * 3 + 1) + 1 + x * 3;
      colours.add(`${raw[at]},${raw[at + 1]},${raw[at + 2]}`);
    }
    expect(colours.has('27,108,168')).toBe(true);
    expect(colours.has('224,123,0')).toBe(true);
  });
});
