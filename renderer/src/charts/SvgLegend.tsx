/**
 * A legend drawn inside the chart's SVG (so exports keep it): swatches and labels laid out in
 * rows that fit the width. `legendHeight` tells the chart how much room to leave.
 */
import { textWidth } from './measureText';
import { translate } from '../app/i18n/i18n';

export interface LegendItem {
  label: string;
  colour: string;
  /** 'line' draws a dashed line (targets); default a square swatch. */
  shape?: 'square' | 'line' | 'circle';
}

const ROW = 20;
const SWATCH = 12;
const GAP = 6;
const SPACING = 20;

interface Placed extends LegendItem {
  x: number;
  row: number;
}

function layout(items: LegendItem[], width: number): { placed: Placed[]; rows: number } {
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + GAP + textWidth(item.label) + SPACING;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ ...item, x, row });
    x += w;
  }
  return { placed, rows: items.length ? row + 1 : 0 };
}

export function legendHeight(items: LegendItem[], width: number): number {
  return layout(items, width).rows * ROW + 8;
}

export function SvgLegend({ items, x, y, width }: { items: LegendItem[]; x: number; y: number; width: number }) {
  const { placed } = layout(items, width);
  return (
    <g className="svg-legend" transform={`translate(${x},${y})`} role="list" aria-label={translate('charts')('legend')}>
      {placed.map((item) => (
        <g key={item.label} transform={`translate(${item.x},${item.row * ROW})`} role="listitem">
          {item.shape === 'line' ? (
            <line x1={0} x2={SWATCH} y1={SWATCH / 2} y2={SWATCH / 2} stroke={item.colour} strokeWidth={2} strokeDasharray="4 2" />
          ) : item.shape === 'circle' ? (
            <circle cx={SWATCH / 2} cy={SWATCH / 2} r={SWATCH / 2 - 1} fill={item.colour} />
          ) : (
            <rect width={SWATCH} height={SWATCH} fill={item.colour} stroke="#333333" strokeWidth={0.5} />
          )}
          <text x={SWATCH + GAP} y={SWATCH - 1} fontSize={12} fill="#1c2430">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
