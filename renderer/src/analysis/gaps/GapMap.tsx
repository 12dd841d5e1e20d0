/**
 * The gap map: groups x dimensions. Each cell is a square coloured by the mean score or the mean
 * gap (target - mean) and sized by how many practices were rated (side ∝ √n). A cell links to the
 * practice table filtered to its group (on top of the current filter). Drawn as plain SVG so the
 * export keeps everything.
 */
import { useTranslation } from 'react-i18next';
import type { GapTable } from '../../../../data/analysis/model';
import type { PracticeFilter } from '../../../../data/contract/contract';
import { groupFieldLabel, groupLabel } from '../analysisLabels';
import { ChartFrame } from '../../charts/ChartFrame';
import { GapMapLegend, GAP_MAP_LEGEND_HEIGHT } from './GapMapLegend';
import { filterForGroup } from '../../filter/groupFilter';
import { describeGap, gapWords, sideWord } from './gapWords';
import { fitText, textWidth, wrapText } from '../../charts/measureText';
import { gapColour, scoreColour, textOn } from '../../charts/palette';
import { useNavigation } from '../../app/navigation';
import { dimensionLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatFixed, formatNumber } from '../../ui/format';

export type GapMapColour = 'gap' | 'score';

interface Props {
  table: GapTable;
  filter: PracticeFilter;
  colour: GapMapColour;
  onColourChange(colour: GapMapColour): void;
}

const HEAD = 56;
const PAD = 8;


export function GapMap({ table, filter, colour, onColourChange }: Props) {
  const { t } = useTranslation('analysis');
  const { viewLink } = useNavigation();
  const groups = table.groupBy ? table.groups : [table.overall];
  const maxRated = Math.max(1, ...groups.flatMap((g) => table.dimensions.map((d) => g.cells[d.id].rated)));
  const field = table.groupBy;
  const byField = field ? groupFieldLabel(field).toLowerCase() : null;
  const title =
    colour === 'gap'
      ? byField ? t('gaps.mapTitleGapBy', { field: byField }) : t('gaps.mapTitleGap')
      : byField ? t('gaps.mapTitleScoreBy', { field: byField }) : t('gaps.mapTitleScore');
  const practices = formatCount(table.overall.practices);
  const subtitle = colour === 'gap' ? t('gaps.mapSubtitleGap', { n: practices }) : t('gaps.mapSubtitleScore', { n: practices });
  const dimensions = table.dimensions.map((d) => ({ ...d, name: dimensionLabel(d.id, d.name) }));

  const toggle = (
    <fieldset className="segmented segmented--small">
      <legend className="visually-hidden">{t('gaps.colourBy')}</legend>
      {(['gap', 'score'] as const).map((mode) => (
        <label key={mode} className={`segmented__option${colour === mode ? ' is-checked' : ''}`}>
          <input type="radio" name="gap-map-colour" value={mode} checked={colour === mode} onChange={() => onColourChange(mode)} />
          <span>{mode === 'gap' ? t('gaps.meanGap') : t('gaps.meanScore')}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <ChartFrame title={title} subtitle={subtitle} controls={toggle} className="gap-map">
      {(width) => {
        const labelWidth = Math.min(280, Math.max(90, ...groups.map((g) => textWidth(`${groupLabel(g, field)} (${formatCount(g.practices)})`) + 16)));
        const cell = Math.max(48, Math.min(120, Math.floor((width - labelWidth - PAD * 2) / dimensions.length)));
        const gridWidth = labelWidth + cell * dimensions.length;
        const height = HEAD + cell * groups.length + PAD + GAP_MAP_LEGEND_HEIGHT;
        return (
          <svg data-chart-root width={Math.max(gridWidth + PAD * 2, 540)} height={height} className="gap-map__svg" role="group" aria-label={title}>
            {dimensions.map((d, j) => (
              <text key={d.id} x={labelWidth + cell * j + cell / 2} y={HEAD - 36} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1c2430">
                <title>{t('gaps.dimensionTarget', { name: d.name, target: formatNumber(d.target) })}</title>
                {wrapText(d.name, cell - 6, 12, 600).map((line, k) => (
                  <tspan key={k} x={labelWidth + cell * j + cell / 2} y={HEAD - 36 + k * 14}>
                    {line}
                  </tspan>
                ))}
                <tspan x={labelWidth + cell * j + cell / 2} y={HEAD - 8} fontSize={11} fontWeight={400} fill="#5d6878">
                  {t('gaps.targetMarker', { value: formatNumber(d.target) })}
                </tspan>
              </text>
            ))}
            {groups.map((g, i) => {
              const y = HEAD + i * cell;
              const name = groupLabel(g, field);
              const narrowed = field ? filterForGroup(filter, field, g.value) : filter;
              return (
                <g key={`${g.value ?? 'none'}:${i}`}>
                  <text x={labelWidth - 8} y={y + cell / 2 + 4} textAnchor="end" fontSize={12} fill="#1c2430">
                    <title>{t('gaps.groupPractices', { name, count: g.practices, n: formatCount(g.practices) })}</title>
                    {fitText(`${name} (${formatCount(g.practices)})`, labelWidth - 12)}
                  </text>
                  {dimensions.map((d, j) => {
                    const c = g.cells[d.id];
                    const x = labelWidth + j * cell;
                    const value = colour === 'gap' ? c.gap : c.mean;
                    const fill = value === null ? '#ffffff' : colour === 'gap' ? gapColour(value) : scoreColour(value);
                    const side = c.rated === 0 ? cell * 0.3 : Math.max(8, (cell - 8) * Math.sqrt(c.rated / maxRated));
                    const words = value !== null && colour === 'gap' ? gapWords(value) : null;
                    // The visible words are part of the cell's name (speech input), so they read as it does.
                    const label = value === null ? '' : words ? (words.side === 'on target' ? sideWord('on target') : words.amount) : formatFixed(value, 1);
                    const description =
                      c.mean === null
                        ? t('gaps.cellNoRated', { group: name, dimension: d.name })
                        : t('gaps.cellDescription', {
                            group: name,
                            dimension: d.name,
                            mean: formatFixed(c.mean, 1),
                            gap: describeGap(c.gap ?? 0, d.target),
                            count: c.rated,
                            n: formatCount(c.rated),
                          });
                    const content = (
                      <>
                        <rect x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} fill="#fafbfc" stroke="#e3e7ec" />
                        <rect
                          x={x + (cell - side) / 2}
                          y={y + (cell - side) / 2}
                          width={side}
                          height={side}
                          fill={fill}
                          stroke={c.rated === 0 ? '#9aa3ae' : '#4b5563'}
                          strokeWidth={c.rated === 0 ? 1 : 0.5}
                          strokeDasharray={c.rated === 0 ? '3 2' : undefined}
                        />
                        {label && side >= 26 ? (
                          <text x={x + cell / 2} y={y + cell / 2 + (words && words.side !== 'on target' ? -1 : 4)} textAnchor="middle" fontSize={11} fontWeight={600} fill={textOn(fill)}>
                            {label}
                            {/* The side under the amount: "0.8 / short", never "+0.8". */}
                            {words && words.side !== 'on target' ? (
                              <tspan x={x + cell / 2} dy={11} fontSize={9} fontWeight={400}>
                                {` ${sideWord(words.side)}`}
                              </tspan>
                            ) : null}
                          </text>
                        ) : null}
                        <title>{description}</title>
                      </>
                    );
                    return (
                      <a
                        key={d.id}
                        className="gap-map__cell"
                        href={viewLink('table', { filter: narrowed })}
                        data-dimension={d.id}
                        data-group={g.value ?? ''}
                        aria-label={t('gaps.cellOpen', { description })}
                      >
                        {content}
                      </a>
                    );
                  })}
                </g>
              );
            })}
            <GapMapLegend x={PAD} y={HEAD + cell * groups.length + PAD} colour={colour} maxRated={maxRated} maxSide={cell - 8} />
          </svg>
        );
      }}
    </ChartFrame>
  );
}
