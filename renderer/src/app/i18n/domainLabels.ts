/**
 * The domain's labels in the chosen language, by id (data/domain holds the ids and the English).
 * A value the domain does not list (a country typed by hand, a dimension a team renamed) is shown
 * as it is stored.
 */
import type { DimensionId } from '../../../../data/domain/domain';
import type { FieldKey } from '../../../../data/domain/fields';
import { currentLanguage, i18n } from './i18n';

export type DomainKind =
  | 'dimension'
  | 'practiceType'
  | 'technologyDomain'
  | 'deliveryMode'
  | 'digitalIssuance'
  | 'scope'
  | 'countryGroup'
  | 'country'
  | 'euElement'
  | 'elementStatus'
  | 'criterion'
  | 'caseStudySection'
  | 'field'
  | 'fieldLong'
  | 'fieldHeader';

/** The label of a domain id, or `fallback` (else the id) when the domain has none for it. */
export function domainLabel(kind: DomainKind, id: string, fallback: string = id): string {
  return labelIn(currentLanguage(), kind, id) ?? labelIn('en', kind, id) ?? fallback;
}

function labelIn(language: string, kind: DomainKind, id: string): string | null {
  // Looked up as a resource, not through t(): ids are data, and t() would read dots in an id as a path.
  const kindLabels: unknown = i18n.getResource(language, 'domain', kind);
  const label = kindLabels && typeof kindLabels === 'object' ? (kindLabels as Record<string, unknown>)[id] : undefined;
  return typeof label === 'string' && label !== '' ? label : null;
}

/** A field's label (`long`: where there is room; `header`: a narrow column's heading), translated. */
export function fieldText(key: FieldKey, form: 'label' | 'long' | 'header' = 'label'): string {
  const label = domainLabel('field', key);
  if (form === 'long') return domainLabel('fieldLong', key, label);
  if (form === 'header') return domainLabel('fieldHeader', key, label);
  return label;
}

/**
 * A dimension's name: the store's, translated while it is the default English name (a team that
 * renamed a dimension sees its own name in every language).
 */
export function dimensionLabel(id: DimensionId, storedName?: string): string {
  const english = labelIn('en', 'dimension', id) ?? id;
  if (storedName !== undefined && storedName !== english) return storedName;
  return domainLabel('dimension', id, storedName ?? english);
}

export const countryLabel = (country: string): string => domainLabel('country', country);
export const countryGroupLabel = (group: string): string => domainLabel('countryGroup', group);
