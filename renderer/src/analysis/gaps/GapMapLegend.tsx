/** The gap map's legend, in SVG: the colour scale (gap or score) and the square sizes (rated practices). */
import { useTranslation } from 'react-i18next';
import { gapColour, scoreColour } from '../../charts/palette';
import { formatCount, formatNumber } from '../../ui/format';
import { gapStepLabel } from './gapWords';

export const GAP_MAP_LEGEND_HEIGHT = 76;

interface Props {
  x: number;
  y: number;
  colour: 'gap' | 'score';
  maxRated: number;
  maxSide: number;
}

export function GapMapLegend({ x, y, colour, maxRated, maxSide }: Props) {
  const { t } = useTranslation('analysis');
  const steps = colour === 'gap' ? [-2, -1, 0, 1, 2] : [0, 1, 2, 3, 4];
  // Gap steps are words ("2 short", "on target"): wider swatches so they do not run into each other.
  const swatch = colour === 'gap' ? 52 : 34;
  const sizes = [...new Set([1, Math.round(maxRated / 2), maxRated])].filter((n) => n >= 1);
  const sizeBox = Math.min(36, maxSide);
  const sizeX = steps.length * swatch + 150;
  return (
    <g transform={`translate(${x},${y})`} className="gap-map__legend">
      <text x={0} y={12} fontSize={12} fontWeight={600} fill="#1c2430">
        {colour === 'gap' ? t('gaps.legendGap') : t('gaps.legendScore')}
      </text>
      {steps.map((value, i) => {
        const fill = colour === 'gap' ? gapColour(value) : scoreColour(value);
        return (
          <g key={value} transform={`translate(${i * swatch},20)`}>
            <rect width={swatch} height={14} fill={fill} stroke="#4b5563" strokeWidth={0.5} />
            <text x={swatch / 2} y={28} textAnchor="middle" fontSize={colour === 'gap' ? 10 : 11} fill="#1c2430">
              {colour === 'gap' ? gapStepLabel(value) : formatNumber(value)}
            </text>
          </g>
        );
      })}
      {colour === 'gap' ? (
        <text x={0} y={62} fontSize={10.5} fill="#5d6878">
          {t('gaps.legendGapColours')}
        </text>
      ) : null}
      <text x={sizeX} y={12} fontSize={12} fontWeight={600} fill="#1c2430">
        {t('gaps.legendRated')}
      </text>
      {sizes.map((n, i) => {
        const side = Math.max(8, sizeBox * Math.sqrt(n / maxRated));
        const cx = sizeX + i * (sizeBox + 26) + sizeBox / 2;
        return (
          <g key={n}>
            <rect x={cx - side / 2} y={20 + (sizeBox - side) / 2} width={side} height={side} fill="#c9d3df" stroke="#4b5563" strokeWidth={0.5} />
            <text x={cx} y={20 + sizeBox + 12} textAnchor="middle" fontSize={11} fill="#1c2430">
              {t('gaps.legendN', { n: formatCount(n) })}
            </text>
          </g>
        );
      })}
    </g>
  );
}
