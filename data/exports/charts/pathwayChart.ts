/**
 * A pathway as a stacked diagram drawn on the Node side (the command line's SVG and PNG): one row
 * per practice, indented by its level, a bar as long as its hours against the pathway's total, and
 * its figures and marks (entry point, credential, shared) beside it. One layout feeds both.
 */
import { Raster, hexColour } from './raster.js';

export interface PathwayChartRow {
  depth: number;
  label: string;
  /** The bar's length (hours); null draws no bar. */
  value: number | null;
  /** What the row says after its label: "60 h · entry · credential: …". */
  note: string;
}

export interface PathwayChart {
  title: string;
  /** A line under the title (the total). */
  subtitle: string;
  rows: PathwayChartRow[];
}

const WIDTH = 900;
const ROW = 22;
const TOP = 52;
const INDENT = 18;
const LABEL_WIDTH = 420;
const BAR_LEFT = 460;
const BAR_MAX = WIDTH - BAR_LEFT - 16;
const LEVEL_COLOURS = ['#1b6ca8', '#e07b00', '#2e8b57', '#7d3c98', '#546e7a'];

interface Shape {
  rects: { x: number; y: number; w: number; h: number; fill: string }[];
  texts: { x: number; y: number; text: string; size: number; bold?: boolean; fill?: string }[];
  height: number;
}

const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

function layout(chart: PathwayChart): Shape {
  const max = Math.max(1, ...chart.rows.map((r) => r.value ?? 0));
  const shape: Shape = { rects: [], texts: [], height: TOP + chart.rows.length * ROW * 1.6 + 16 };
  shape.texts.push({ x: 12, y: 10, text: chart.title, size: 12, bold: true });
  shape.texts.push({ x: 12, y: 30, text: chart.subtitle, size: 8, fill: '#5d6878' });
  chart.rows.forEach((row, i) => {
    const y = TOP + i * ROW * 1.6;
    const colour = LEVEL_COLOURS[row.depth % LEVEL_COLOURS.length]!;
    shape.rects.push({ x: 12 + row.depth * INDENT, y: y + 2, w: 4, h: ROW - 6, fill: colour });
    shape.texts.push({ x: 22 + row.depth * INDENT, y: y + 2, text: clip(row.label, Math.floor((LABEL_WIDTH - row.depth * INDENT) / 7)), size: 8, bold: row.depth === 0 });
    shape.texts.push({ x: 22 + row.depth * INDENT, y: y + 16, text: clip(row.note, 90), size: 7, fill: '#5d6878' });
    if (row.value !== null && row.value > 0) shape.rects.push({ x: BAR_LEFT, y: y + 2, w: Math.max(2, (row.value / max) * BAR_MAX), h: ROW - 8, fill: colour });
  });
  return shape;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function pathwayChartSvg(chart: PathwayChart): string {
  const { rects, texts, height } = layout(chart);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${Math.ceil(height)}" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="${WIDTH}" height="${Math.ceil(height)}" fill="#ffffff"/>`,
    ...rects.map((r) => `<rect x="${r.x.toFixed(1)}" y="${r.y.toFixed(1)}" width="${r.w.toFixed(1)}" height="${r.h.toFixed(1)}" fill="${r.fill}"/>`),
    ...texts.map(
      (t) =>
        `<text x="${t.x.toFixed(1)}" y="${(t.y + t.size * 1.1).toFixed(1)}" font-size="${(t.size * 1.4).toFixed(1)}" fill="${t.fill ?? '#1c2430'}"${t.bold ? ' font-weight="bold"' : ''}>${escapeXml(t.text)}</text>`,
    ),
    '</svg>',
  ].join('\n');
}

/** The same diagram as PNG, `scale` pixels per unit. */
export function pathwayChartPng(chart: PathwayChart, scale = 2): Uint8Array {
  const { rects, texts, height } = layout(chart);
  const raster = new Raster(WIDTH * scale, Math.ceil(height) * scale);
  for (const r of rects) raster.fillRect(r.x * scale, r.y * scale, r.w * scale, r.h * scale, hexColour(r.fill));
  for (const t of texts) raster.text(t.text, t.x * scale, t.y * scale, Math.max(1, Math.round((t.size / 8) * scale)), hexColour(t.fill ?? '#1c2430'));
  return raster.toPng(96 * scale);
}
