/**
 * Mean score per dimension against the target, one bar per group (recharts). Targets: one
 * reference line when all dimensions share it, else a marker across each dimension's bars.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { GapTable } from '../../../../data/analysis/model';
import { groupFieldLabel, groupLabel } from '../analysisLabels';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatFixed, formatNumber } from '../../ui/format';
import { ChartFrame } from '../../charts/ChartFrame';
import { SvgLegend, legendHeight, type LegendItem } from '../../charts/SvgLegend';
import { categoryColour, TARGET_COLOUR, textOn } from '../../charts/palette';
import { fitText } from '../../charts/measureText';
import { makeWrappedTick } from '../../charts/WrappedTick';

/** More groups than colours cannot be told apart; the gap map shows all of them. */
const MAX_GROUPS = 8;
const PLOT_HEIGHT = 340;

interface Datum {
  name: string;
  target: number;
  [key: string]: number | string | null;
}

function TargetMarkers({ data }: { data: Datum[] }) {
  const { t } = useTranslation('analysis');
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="target-markers">
      {data.map((d) => {
        const x0 = x(d.name, { position: 'start' });
        const x1 = x(d.name, { position: 'end' });
        const yy = y(d.target);
        if (x0 === undefined || x1 === undefined || yy === undefined) return null;
        return (
          <g key={d.name}>
            <line x1={x0} x2={x1} y1={yy} y2={yy} stroke={TARGET_COLOUR} strokeWidth={2} strokeDasharray="6 3" />
            <text x={x1} y={yy - 4} textAnchor="end" fontSize={11} fill={TARGET_COLOUR}>
              {t('gaps.targetMarker', { value: formatNumber(d.target) })}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
}

/**
 * A bar's group written on it (upright text along the bar), so a bar is read without matching
 * colours to the legend: for readers who cannot tell the colours apart, and in a grey print.
 * Where the bar is too short, the name stands above it.
 */
function directLabel(name: string, colour: string) {
  return function BarLabel(props: BarLabelProps) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const width = Number(props.width ?? 0);
    const height = Number(props.height ?? 0);
    if (width < 9 || !Number.isFinite(height)) return null;
    const fontSize = Math.min(11, Math.max(9, width - 3));
    const inside = fitText(name, Math.max(0, height - 8), fontSize);
    const fits = inside === name || (inside.length >= 4 && height >= 40);
    const text = fits ? inside : fitText(name, 60, fontSize);
    const cx = x + width / 2 + fontSize / 3;
    const baseY = fits ? y + height - 4 : y - 4;
    return (
      <text x={cx} y={baseY} transform={`rotate(-90 ${cx} ${baseY})`} fontSize={fontSize} fill={fits ? textOn(colour) : '#1c2430'} aria-hidden="true">
        {text}
      </text>
    );
  };
}

export function GapBarChart({ table }: { table: GapTable }) {
  const { t } = useTranslation('analysis');
  const groups = [...table.groups].sort((a, b) => b.practices - a.practices).slice(0, MAX_GROUPS);
  const shownGroups = table.groups.filter((g) => groups.includes(g));
  const data: Datum[] = table.dimensions.map((d) => {
    const datum: Datum = { name: dimensionLabel(d.id, d.name), target: d.target };
    shownGroups.forEach((g, i) => {
      datum[`g${i}`] = g.cells[d.id].mean;
      datum[`n${i}`] = g.cells[d.id].rated;
    });
    return datum;
  });
  const targets = new Set(table.dimensions.map((d) => d.target));
  const sameTarget = targets.size === 1 ? [...targets][0] : undefined;
  const title = table.groupBy ? t('gaps.barTitleBy', { field: groupFieldLabel(table.groupBy).toLowerCase() }) : t('gaps.barTitle');
  const nameOf = (g: (typeof shownGroups)[number]) => groupLabel(g, table.groupBy);
  const withN = (g: (typeof shownGroups)[number]) => t('gaps.groupWithN', { group: nameOf(g), n: formatCount(g.practices) });
  const legend: LegendItem[] = [
    ...shownGroups.map((g, i) => ({ label: withN(g), colour: categoryColour(i) })),
    { label: sameTarget !== undefined ? t('gaps.legendTarget', { value: formatNumber(sameTarget) }) : t('gaps.legendTargetPerDimension'), colour: TARGET_COLOUR, shape: 'line' as const },
  ];
  const hidden = table.groups.length - shownGroups.length;
  const shown = `${t('gaps.barPractices', { n: formatCount(table.overall.practices) })}${
    hidden > 0 ? t('gaps.barLargest', { max: formatCount(MAX_GROUPS), total: formatCount(table.groups.length) }) : ''
  }${t('gaps.barBars')}`;
  // An image has no tooltip: it says how many were rated overall instead.
  const rated = table.dimensions.map((d) => t('gaps.ratedCount', { name: dimensionLabel(d.id, d.name), n: formatCount(table.overall.cells[d.id].rated) })).join(', ');
  const exportSubtitle = t('gaps.barExportSubtitle', { shown, rated });

  return (
    <ChartFrame title={title} subtitle={t('gaps.barSubtitle', { shown })} exportSubtitle={exportSubtitle}>
      {(width) => {
        const legendH = legendHeight(legend, width - 80);
        const height = PLOT_HEIGHT + legendH + 40;
        const band = (width - 72 - 60) / Math.max(1, data.length);
        return (
          <BarChart
            width={width}
            height={height}
            data={data}
            margin={{ top: 16, right: 56, bottom: legendH + 40, left: 16 }}
            barCategoryGap="18%"
            title={title}
            desc={exportSubtitle}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" vertical={false} />
            <XAxis
              dataKey="name"
              interval={0}
              height={44}
              tick={makeWrappedTick(band)}
              label={{ value: t('gaps.dimensionAxis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: '#1c2430' }}
            />
            <YAxis
              domain={[0, 4]}
              ticks={[0, 1, 2, 3, 4]}
              allowDecimals={false}
              tick={{ fontSize: 12, fill: '#1c2430' }}
              tickFormatter={(v: number) => formatNumber(v)}
              label={{ value: t('gaps.meanScoreAxis'), angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, fill: '#1c2430', style: { textAnchor: 'middle' } }}
            />
            <Tooltip
              formatter={(value, name, item) => {
                const row = item.payload as Datum;
                const key = String(item.dataKey ?? '').replace(/^g/, 'n');
                const rated = row[key];
                const mean = typeof value === 'number' ? formatFixed(value, 2) : t('gaps.notRatedLower');
                return [t('gaps.tooltipRated', { value: mean, n: formatCount(typeof rated === 'number' ? rated : 0) }), name];
              }}
              labelFormatter={(label, payload) => {
                const row = payload[0]?.payload as Datum | undefined;
                return row ? t('gaps.tooltipTarget', { label: String(label), target: formatNumber(row.target) }) : String(label);
              }}
            />
            {shownGroups.map((g, i) => (
              <Bar
                key={g.value ?? `none-${i}`}
                dataKey={`g${i}`}
                name={withN(g)}
                fill={categoryColour(i)}
                isAnimationActive={false}
                label={directLabel(nameOf(g), categoryColour(i))}
              />
            ))}
            {sameTarget !== undefined ? (
              <ReferenceLine
                y={sameTarget}
                stroke={TARGET_COLOUR}
                strokeWidth={2}
                strokeDasharray="6 3"
                label={{ value: t('gaps.targetLine', { value: formatNumber(sameTarget) }), position: 'right', fontSize: 11, fill: TARGET_COLOUR }}
              />
            ) : (
              <TargetMarkers data={data} />
            )}
            <SvgLegend items={legend} x={64} y={PLOT_HEIGHT + 34} width={width - 80} />
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
