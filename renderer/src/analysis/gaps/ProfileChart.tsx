/** One practice's profile (radar): its score per dimension against the target and its group's mean. */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { GroupField } from '../../../../data/analysis/schemas';
import type { Profile } from '../../../../data/analysis/model';
import { groupFieldLabel, groupLabel } from '../analysisLabels';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatFixed, formatNumber } from '../../ui/format';
import { ChartFrame } from '../../charts/ChartFrame';
import { SvgLegend, legendHeight, type LegendItem } from '../../charts/SvgLegend';
import { OKABE_ITO, TARGET_COLOUR } from '../../charts/palette';

const PRACTICE_COLOUR = OKABE_ITO[0];
const GROUP_COLOUR = OKABE_ITO[1];
const RADAR_HEIGHT = 380;

interface Datum {
  name: string;
  score: number | null;
  target: number;
  groupMean: number | null;
  groupRated: number;
}

export function ProfileChart({ profile, groupBy }: { profile: Profile; groupBy: GroupField }) {
  const { t } = useTranslation('analysis');
  const rows = profile.rows.map((r) => ({ ...r, name: dimensionLabel(r.id, r.name) }));
  const data: Datum[] = rows.map((r) => ({ name: r.name, score: r.score, target: r.target, groupMean: r.groupMean, groupRated: r.groupRated }));
  const groupName = groupLabel(profile.group, groupBy);
  const group = t('gaps.groupWithN', { group: groupName, n: formatCount(profile.group.practices) });
  const unrated = rows.filter((r) => r.score === null).map((r) => r.name);
  const targetName = t('gaps.target');
  const legend: LegendItem[] = [
    { label: profile.practice.name, colour: PRACTICE_COLOUR },
    { label: t('gaps.profileMeanOf', { field: groupFieldLabel(groupBy).toLowerCase(), group }), colour: GROUP_COLOUR },
    { label: targetName, colour: TARGET_COLOUR, shape: 'line' },
  ];
  const title = t('gaps.profileTitle', { name: profile.practice.name });
  const subtitle = `${t('gaps.profileSubtitle', { group: groupName, n: formatCount(profile.group.practices) })}${
    unrated.length ? t('gaps.profileNotRated', { list: unrated.join(', ') }) : ''
  }`;

  return (
    <ChartFrame title={title} subtitle={subtitle} level={3}>
      {(width) => {
        const w = Math.min(width, 720);
        const legendH = legendHeight(legend, w - 40);
        return (
          <RadarChart width={w} height={RADAR_HEIGHT + legendH} data={data} outerRadius={Math.min(140, w / 4)} cy={RADAR_HEIGHT / 2} title={title} desc={subtitle}>
            <PolarGrid stroke="#c9d0d9" />
            <PolarAngleAxis dataKey="name" tick={{ fontSize: 12, fill: '#1c2430' }} />
            <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={54} tick={{ fontSize: 10, fill: '#5d6878' }} tickFormatter={(v: number) => formatNumber(v)} axisLine={false} />
            <Radar name={targetName} dataKey="target" stroke={TARGET_COLOUR} strokeWidth={2} strokeDasharray="6 3" fill="none" isAnimationActive={false} />
            <Radar name={t('gaps.profileMeanOfGroup', { group })} dataKey="groupMean" stroke={GROUP_COLOUR} strokeWidth={2} fill={GROUP_COLOUR} fillOpacity={0.15} isAnimationActive={false} />
            <Radar name={profile.practice.name} dataKey="score" stroke={PRACTICE_COLOUR} strokeWidth={2.5} fill={PRACTICE_COLOUR} fillOpacity={0.25} dot isAnimationActive={false} />
            <Tooltip
              formatter={(value, name, item) => {
                const row = item.payload as Datum;
                const shown = typeof value === 'number' ? formatFixed(value, 2) : t('gaps.notRatedLower');
                return [item.dataKey === 'groupMean' ? t('gaps.tooltipRated', { value: shown, n: formatCount(row.groupRated) }) : shown, name];
              }}
            />
            <SvgLegend items={legend} x={20} y={RADAR_HEIGHT} width={w - 40} />
          </RadarChart>
        );
      }}
    </ChartFrame>
  );
}
