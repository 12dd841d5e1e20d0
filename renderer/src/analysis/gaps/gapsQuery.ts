/**
 * The gaps view's own settings in the hash (the filter is shared, see views.ts):
 *   groupBy=<field>|none (default country group)   color=gap|score (gap map)   profile=<practice id>
 */
import type { GroupField } from '../../../../data/analysis/schemas';
import { isGroupField } from '../analysisLabels';
import type { GapMapColour } from './GapMap';

export interface GapsSettings {
  groupBy: GroupField | null;
  colour: GapMapColour;
  profile: string | null;
}

const DEFAULT_GROUP: GroupField = 'countryGroup';

export function parseGapsSettings(params: URLSearchParams): GapsSettings {
  const group = params.get('groupBy');
  return {
    groupBy: group === 'none' ? null : isGroupField(group) ? group : DEFAULT_GROUP,
    colour: params.get('color') === 'score' ? 'score' : 'gap',
    profile: params.get('profile')?.trim() || null,
  };
}

export function gapsSettingsToParams(settings: GapsSettings): URLSearchParams {
  const params = new URLSearchParams();
  if (settings.groupBy !== DEFAULT_GROUP) params.set('groupBy', settings.groupBy ?? 'none');
  if (settings.colour !== 'gap') params.set('color', settings.colour);
  if (settings.profile) params.set('profile', settings.profile);
  return params;
}
