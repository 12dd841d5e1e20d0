/**
 * The statistics view's own settings in the hash (the filter is shared, see views.ts):
 *   groupBy=<field>&groupBy=<field> (at most two; groupBy=none for no grouping)   measure=hours&measure=score.pedagogy
 */
import { MEASURE_FIELDS, type GroupField, type MeasureField } from '../../../../data/analysis/schemas';
import { isGroupField, isMeasureField } from '../analysisLabels';

export interface StatsSettings {
  groupBy: GroupField[];
  measures: MeasureField[];
}

export const DEFAULT_STATS: StatsSettings = { groupBy: ['countryGroup'], measures: ['hours', 'ects'] };

export function parseStatsSettings(params: URLSearchParams): StatsSettings {
  const groupParams = params.getAll('groupBy');
  const groupBy = groupParams.length === 0 ? DEFAULT_STATS.groupBy : [...new Set(groupParams.filter(isGroupField))].slice(0, 2);
  const measureParams = params.getAll('measure');
  const chosen = new Set(measureParams.filter(isMeasureField));
  const measures = measureParams.length === 0 || chosen.size === 0 ? DEFAULT_STATS.measures : MEASURE_FIELDS.filter((m) => chosen.has(m));
  return { groupBy, measures };
}

export function statsSettingsToParams(settings: StatsSettings): URLSearchParams {
  const params = new URLSearchParams();
  const defaultGroups = settings.groupBy.length === 1 && settings.groupBy[0] === 'countryGroup';
  if (!defaultGroups) {
    if (settings.groupBy.length === 0) params.append('groupBy', 'none');
    for (const g of settings.groupBy) params.append('groupBy', g);
  }
  const defaultMeasures = settings.measures.join(',') === DEFAULT_STATS.measures.join(',');
  if (!defaultMeasures) for (const m of settings.measures) params.append('measure', m);
  return params;
}
