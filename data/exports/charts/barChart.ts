/**
 * A grouped bar chart drawn by our own code, as SVG (vector, for Word's SVG support) and as PNG
 * (the fallback every reader shows, LibreOffice included): the gap chart of a report, made on the
 * Node side so the command line draws it as the app does. One layout feeds both renderers, so the
 * two pictures show the same bars.
 */
import { Raster, hexColour, textWidth } from './raster.js';

export interface BarSeries {
  label: string;
  /** One value per category; null = no value (no bar). */
  values: (number | null)[];
}

export interface BarChart {
  title: string;
  /** What the vertical axis measures ("Gap to target (target − mean score)"). */
  axisLabel: string;
  categories: string[];
  series: BarSeries[];
  /** Formats a bar's value label and the axis ticks (the locale's decimal mark). */
  format(value: number): string;
}

const PALETTE = ['#1b6ca8', '#e07b00', '#2e8b57', '#c0392b', '#7d3c98', '#8d6e63', '#d81b60', '#546e7a', '#00838f', '#9e9d24'];
const WIDTH = 800;
const HEIGHT = 450;
const FONT = 8; // units: the bitmap font's height; the SVG's text is sized to match

interface Layout {
  rects: { x: number; y: number; w: number; h: number; fill: string }[];
  lines: { x: number; y: number; w: number; h: number; fill: string }[];
  texts: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; size: number; bold?: boolean }[];
}

function niceRange(values: number[]): { min: number; max: number; step: number } {
  const min = Math.min(0, Math.floor(Math.min(...values, 0)));
  const max = Math.max(1, Math.ceil(Math.max(...values, 0)));
  return { min, max, step: max - min > 4 ? 1 : 0.5 };
}

/** Splits a label into lines of at most `width` units. */
function wrap(label: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size / FONT) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

export function layoutBarChart(chart: BarChart): Layout {
  const layout: Layout = { rects: [], lines: [], texts: [] };
  const legendRows = Math.ceil(chart.series.length / 4);
  const left = 64;
  const right = 16;
  const top = 44;
  const bottom = 64 + legendRows * 18;
  const plotW = WIDTH - left - right;
  const plotH = HEIGHT - top - bottom;
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { min, max, step } = niceRange(values);
  const yOf = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  layout.texts.push({ x: WIDTH / 2, y: 12, text: chart.title, anchor: 'middle', size: 12, bold: true });
  layout.texts.push({ x: 8, y: top - 16, text: chart.axisLabel, anchor: 'start', size: 8 });
  for (let v = min; v <= max + 1e-9; v += step) {
    layout.lines.push({ x: left, y: yOf(v), w: plotW, h: v === 0 ? 1.5 : 0.5, fill: v === 0 ? '#333333' : '#cccccc' });
    layout.texts.push({ x: left - 6, y: yOf(v) - FONT / 2, text: chart.format(v), anchor: 'end', size: 8 });
  }
  const groupW = plotW / Math.max(1, chart.categories.length);
  const barW = (groupW * 0.8) / Math.max(1, chart.series.length);
  chart.categories.forEach((category, c) => {
    const x0 = left + c * groupW + groupW * 0.1;
    chart.series.forEach((series, s) => {
      const value = series.values[c];
      if (value === null || value === undefined) return;
      const y = yOf(Math.max(value, 0));
      const h = Math.abs(yOf(value) - yOf(0));
      layout.rects.push({ x: x0 + s * barW, y, w: Math.max(1, barW - 2), h: Math.max(h, 1), fill: PALETTE[s % PALETTE.length]! });
    });
    wrap(category, groupW - 4, 8).forEach((line, i) => layout.texts.push({ x: left + c * groupW + groupW / 2, y: top + plotH + 8 + i * 11, text: line, anchor: 'middle', size: 8 }));
  });
  chart.series.forEach((series, s) => {
    const x = left + (s % 4) * (plotW / 4);
    const y = HEIGHT - bottom + 46 + Math.floor(s / 4) * 18;
    layout.rects.push({ x, y, w: 10, h: 10, fill: PALETTE[s % PALETTE.length]! });
    layout.texts.push({ x: x + 14, y: y + 1, text: series.label, anchor: 'start', size: 8 });
  });
  return layout;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function barChartSvg(chart: BarChart): string {
  const { rects, lines, texts } = layoutBarChart(chart);
  const shapes = [...lines, ...rects].map((r) => `<rect x="${r.x.toFixed(1)}" y="${r.y.toFixed(1)}" width="${r.w.toFixed(1)}" height="${r.h.toFixed(1)}" fill="${r.fill}"/>`);
  // Text's y is its top in the layout; SVG places the baseline, about 0.8 of the size lower.
  const labels = texts.map(
    (t) =>
      `<text x="${t.x.toFixed(1)}" y="${(t.y + t.size * 1.1).toFixed(1)}" font-size="${(t.size * 1.4).toFixed(1)}" text-anchor="${t.anchor}"${t.bold ? ' font-weight="bold"' : ''}>${escapeXml(t.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    ...shapes,
    ...labels,
    '</svg>',
  ].join('\n');
}

/** The same chart as PNG, `scale` pixels per unit (2: 1600 x 900, sharp at 16 cm wide). */
export function barChartPng(chart: BarChart, scale = 2): Uint8Array {
  const { rects, lines, texts } = layoutBarChart(chart);
  const raster = new Raster(WIDTH * scale, HEIGHT * scale);
  for (const r of [...lines, ...rects]) raster.fillRect(r.x * scale, r.y * scale, Math.max(1, r.w * scale), Math.max(1, r.h * scale), hexColour(r.fill));
  for (const t of texts) raster.text(t.text, t.x * scale, t.y * scale, Math.max(1, Math.round((t.size / FONT) * scale)), [0x22, 0x22, 0x22], t.anchor);
  return raster.toPng(96 * scale);
}

export const BAR_CHART_SIZE = { width: WIDTH, height: HEIGHT } as const;
