/** A category-axis tick whose label wraps onto two lines to fit its band (long dimension names). */
import type { XAxisTickContentProps } from 'recharts';
import { wrapText } from './measureText';

export function makeWrappedTick(bandWidth: number) {
  return function WrappedTick(props: XAxisTickContentProps) {
    const x = Number(props.x);
    const y = Number(props.y);
    const lines = wrapText(String(props.payload.value), Math.max(40, bandWidth - 6), 12);
    return (
      <text x={x} y={y + 12} textAnchor="middle" fontSize={12} fill="#1c2430">
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
