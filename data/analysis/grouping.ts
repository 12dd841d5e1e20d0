/** Which group(s) a practice falls in for a grouping field, and how a person reads each group. */
import type { GroupKey } from './model.js';
import {
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPE_LABELS,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAIN_LABELS,
  type DeliveryMode,
  type DigitalIssuance,
  type PracticeType,
  type Scope,
  type TechnologyDomain,
} from '../domain/domain.js';
import type { GroupField } from '../domain/fields.js';
import type { PracticeFact } from './facts.js';

export const NOT_RECORDED = '(not recorded)';

function key(value: string | number | null, label?: string): GroupKey {
  return value === null ? { value: null, label: NOT_RECORDED } : { value: String(value), label: label ?? String(value) };
}

/** A practice's groups: one for most fields, one per domain for technologyDomain (none recorded: the empty group). */
export function groupKeysOf(fact: PracticeFact, field: GroupField): GroupKey[] {
  switch (field) {
    case 'countryGroup':
      return [key(fact.countryGroup)];
    case 'country':
      return [key(fact.country)];
    case 'region':
      return [key(fact.region)];
    case 'scope':
      return [key(fact.scope, fact.scope ? SCOPE_LABELS[fact.scope as Scope] : undefined)];
    case 'practiceType':
      return [key(fact.practiceType, fact.practiceType ? PRACTICE_TYPE_LABELS[fact.practiceType as PracticeType] : undefined)];
    case 'technologyDomain':
      return fact.technologyDomains.length === 0
        ? [key(null)]
        : fact.technologyDomains.map((d) => key(d, TECHNOLOGY_DOMAIN_LABELS[d as TechnologyDomain]));
    case 'level':
      return [key(fact.level)];
    case 'eqfLevel':
      return [key(fact.eqfLevel, fact.eqfLevel === null ? undefined : `EQF ${fact.eqfLevel}`)];
    case 'deliveryMode':
      return [key(fact.deliveryMode, fact.deliveryMode ? DELIVERY_MODE_LABELS[fact.deliveryMode as DeliveryMode] : undefined)];
    case 'digitalIssuance':
      return [key(fact.digitalIssuance, fact.digitalIssuance ? DIGITAL_ISSUANCE_LABELS[fact.digitalIssuance as DigitalIssuance] : undefined)];
    case 'releaseYear':
      return [key(fact.releaseYear)];
    case 'caseStudy':
      return [key(fact.caseStudy ? 'true' : 'false', fact.caseStudy ? 'Case study' : 'Not a case study')];
    case 'hierarchy':
      return [key(fact.parentId === null ? 'top' : 'component', fact.parentId === null ? 'Top-level practice' : 'Component')];
    case 'parent':
      return [fact.parentId === null ? { value: null, label: '(top-level)' } : key(fact.parentId, fact.parentName ?? fact.parentId)];
  }
}

/** Groups in a stable, readable order: by label, "not recorded" last. */
export function compareGroupKeys(a: GroupKey, b: GroupKey): number {
  if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
  const na = Number(a.value);
  const nb = Number(b.value);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.label.localeCompare(b.label);
}
