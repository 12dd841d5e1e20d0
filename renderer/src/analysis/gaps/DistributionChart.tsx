/** How many practices score 0, 1, 2, 3, 4 or are not rated, per dimension: stacked horizontal bars. */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Distribution } from '../../../../data/analysis/model';
import { ChartFrame } from '../../charts/ChartFrame';
import { SvgLegend, legendHeight, type LegendItem } from '../../charts/SvgLegend';
import { NOT_RATED_COLOUR, SCORE_LEVEL_COLOURS, textOn } from '../../charts/palette';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatNumber } from '../../ui/format';

/** One series per score level, then the unrated, named in the interface's language. */
function seriesOf(t: TFunction<'analysis'>) {
  return [
    ...SCORE_LEVEL_COLOURS.map((colour, level) => ({ key: `s${level}`, label: t('gaps.scoreLevel', { level: formatNumber(level) }), colour })),
    { key: 'unrated', label: t('gaps.notRated'), colour: NOT_RATED_COLOUR },
  ];
}
const ROW_HEIGHT = 46;

export function DistributionChart({ distribution }: { distribution: Distribution }) {
  const { t } = useTranslation('analysis');
  const SERIES = seriesOf(t);
  const data = distribution.rows.map((r) => ({
    name: dimensionLabel(r.dimension, r.name),
    s0: r.counts[0],
    s1: r.counts[1],
    s2: r.counts[2],
    s3: r.counts[3],
    s4: r.counts[4],
    unrated: r.unrated,
  }));
  const legend: LegendItem[] = SERIES.map((s) => ({ label: s.label, colour: s.colour }));
  const title = t('gaps.distributionTitle');
  const subtitle = t('gaps.distributionSubtitle', { n: formatCount(distribution.practices) });

  return (
    <ChartFrame title={title} subtitle={subtitle}>
      {(width) => {
        const legendH = legendHeight(legend, width - 90);
        const plot = data.length * ROW_HEIGHT + 50;
        // Counts are written inside a segment only where they fit.
        const pxPerPractice = (width - 16 - 24 - 170) / Math.max(1, distribution.practices);
        const fits = (v: unknown) => typeof v === 'number' && v > 0 && v * pxPerPractice >= 16;
        return (
          <BarChart
            width={width}
            height={plot + legendH + 18}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: legendH + 18, left: 16 }}
            barCategoryGap="22%"
            title={title}
            desc={subtitle}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              domain={[0, distribution.practices || 'auto']}
              tick={{ fontSize: 12, fill: '#1c2430' }}
              tickFormatter={(v: number) => formatCount(v)}
              label={{ value: t('gaps.practicesAxis'), position: 'insideBottom', offset: -4, fontSize: 12, fill: '#1c2430' }}
              height={40}
            />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12, fill: '#1c2430' }} label={{ value: t('gaps.dimensionAxis'), angle: -90, position: 'insideLeft', offset: 0, fontSize: 12, fill: '#1c2430', style: { textAnchor: 'middle' } }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatCount(value) : String(value ?? ''))} />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="all" fill={s.colour} stroke="#ffffff" strokeWidth={0.5} isAnimationActive={false}>
                <LabelList dataKey={s.key} position="center" fontSize={11} fill={textOn(s.colour)} formatter={(v: unknown) => (fits(v) ? formatCount(Number(v)) : '')} />
              </Bar>
            ))}
            <SvgLegend items={legend} x={72} y={plot + 14} width={width - 90} />
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
