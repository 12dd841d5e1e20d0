/**
 * The domain's labels as the "domain" namespace. Its English is built here from data/domain (the one
 * source of the ids and English labels), never typed again; Spanish, Portuguese and Finnish
 * (domain/{es,pt,fi}.json) translate the same keys, by id: `dimension.governance`,
 * `country.Spain`, `field.hours`... (kind, then id) The catalog test checks that every key has all four.
 */
import {
  COUNTRY_GROUPS,
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE_LABELS,
  DIMENSION_NAMES,
  PRACTICE_TYPE_LABELS,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAIN_LABELS,
} from '../../../../data/domain/domain';
import { KNOWN_COUNTRIES } from '../../../../data/domain/countries';
import { ELEMENT_STATUS_LABELS, EU_ELEMENT_LABELS } from '../../../../data/domain/euElements';
import { SELECTION_CRITERION_LABELS } from '../../../../data/domain/selectionCriteria';
import { CASE_STUDY_SECTIONS } from '../../../../data/domain/caseStudy';
import { FIELD_KEYS, fieldDefinition } from '../../../../data/domain/fields';

/** Kind, then id, then the label: `{ dimension: { governance: 'Governance' } }`. */
export type DomainCatalog = Record<string, Record<string, string>>;

const same = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

function fieldLabels(): DomainCatalog {
  const field: Record<string, string> = {};
  const fieldLong: Record<string, string> = {};
  const fieldHeader: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const definition = fieldDefinition(key);
    field[key] = definition.label;
    if (definition.longLabel) fieldLong[key] = definition.longLabel;
    if (definition.column?.header) fieldHeader[key] = definition.column.header;
  }
  return { field, fieldLong, fieldHeader };
}

/** The English "domain" namespace. */
export function englishDomainCatalog(): DomainCatalog {
  return {
    dimension: DIMENSION_NAMES,
    practiceType: PRACTICE_TYPE_LABELS,
    technologyDomain: TECHNOLOGY_DOMAIN_LABELS,
    deliveryMode: DELIVERY_MODE_LABELS,
    digitalIssuance: DIGITAL_ISSUANCE_LABELS,
    scope: SCOPE_LABELS,
    countryGroup: same(COUNTRY_GROUPS),
    country: same(KNOWN_COUNTRIES),
    euElement: EU_ELEMENT_LABELS,
    elementStatus: ELEMENT_STATUS_LABELS,
    criterion: SELECTION_CRITERION_LABELS,
    caseStudySection: Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.id, s.title])),
    ...fieldLabels(),
  };
}
