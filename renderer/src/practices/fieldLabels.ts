/** Plain-word labels for every practice field: the practice page, the form and error lists use them. */
import type { PracticeFields } from '../../../data/practices/model';

export const FIELD_LABELS: Record<keyof PracticeFields, string> = {
  name: 'Name',
  nameOriginal: 'Name in the original language',
  code: 'Code',
  parentId: 'Part of (parent practice)',
  practiceNumber: 'Practice number',
  caseStudy: 'Selected as a case study',
  caseStudyNumber: 'Case study number',
  shortlisted: 'On the case-study shortlist',
  country: 'Country',
  region: 'Region',
  scope: 'Scope',
  practiceType: 'Practice type',
  typeAsStated: 'Type as stated by the source',
  provider: 'Provider or awarding body',
  technologyDomains: 'Technology domains',
  level: 'Level',
  eqfLevel: 'EQF level',
  ects: 'ECTS',
  hours: 'Hours',
  workloadNote: 'Workload note',
  deliveryMode: 'Delivery mode',
  deliveryNote: 'Delivery note',
  releaseYear: 'Release year',
  registeredProviders: 'Registered providers',
  assessmentType: 'Assessment type',
  qaType: 'Quality assurance type',
  digitalIssuance: 'Digital issuance',
  stackability: 'Stackability',
  strengths: 'Strengths',
  limitations: 'Limitations',
  relevance: 'Relevance',
  notes: 'Notes',
  narratives: 'Dimension narratives',
  sources: 'Sources',
};

/** A readable name for an error path such as "fields.sources.1.document". */
export function labelForPath(path: string): string {
  const parts = path.split('.');
  const field = parts[0] === 'fields' ? parts[1] : parts[0];
  if (field && Object.prototype.hasOwnProperty.call(FIELD_LABELS, field)) {
    const label = FIELD_LABELS[field as keyof PracticeFields];
    const rest = parts.slice(parts[0] === 'fields' ? 2 : 1);
    if (field === 'sources' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
      return `Source ${Number(rest[0]) + 1}${rest[1] ? ` (${rest[1]})` : ''}`;
    }
    return rest.length ? `${label} (${rest.join(' ').replace(/_/g, ' ')})` : label;
  }
  return path;
}
