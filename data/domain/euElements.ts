/**
 * The information elements a micro-credential documents, from Annex I of the Council
 * Recommendation of 16 June 2022 on a European approach to micro-credentials (OJ C 243, 27.6.2022, Annex I):
 * eleven mandatory, five optional. For each practice a researcher records whether its
 * credentials document each element. Pure data, for the store, the contract and the renderer.
 */

export const MANDATORY_ELEMENT_IDS = [
  'learner_identification',
  'title',
  'issuer_country',
  'awarding_body',
  'date_of_issuing',
  'learning_outcomes',
  'notional_workload',
  'level',
  'assessment_type',
  'participation_form',
  'quality_assurance',
] as const;

export const OPTIONAL_ELEMENT_IDS = ['prerequisites', 'supervision_identity', 'grade', 'integration_stackability', 'further_information'] as const;

/** Mandatory first, in the Recommendation's order, then the optional ones. */
export const EU_ELEMENT_IDS = [...MANDATORY_ELEMENT_IDS, ...OPTIONAL_ELEMENT_IDS] as const;
export type EuElementId = (typeof EU_ELEMENT_IDS)[number];

export const EU_ELEMENT_LABELS: Record<EuElementId, string> = {
  learner_identification: 'Identification of the learner',
  title: 'Title',
  issuer_country: 'Country or region of the issuer',
  awarding_body: 'Awarding body',
  date_of_issuing: 'Date of issuing',
  learning_outcomes: 'Learning outcomes',
  notional_workload: 'Notional workload (ECTS wherever possible)',
  level: 'Level (EQF, QF-EHEA) if applicable',
  assessment_type: 'Type of assessment',
  participation_form: 'Form of participation',
  quality_assurance: 'Type of quality assurance',
  prerequisites: 'Prerequisites',
  supervision_identity: 'Supervision and identity verification during assessment',
  grade: 'Grade',
  integration_stackability: 'Integration and stackability options',
  further_information: 'Further information',
};

export function isMandatoryElement(id: EuElementId): boolean {
  return (MANDATORY_ELEMENT_IDS as readonly string[]).includes(id);
}

/** Does the practice's credential document the element? No row in the store means unknown. */
export const ELEMENT_STATUSES = ['yes', 'partly', 'no', 'unknown'] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

export const ELEMENT_STATUS_LABELS: Record<ElementStatus, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unknown: 'Unknown',
};
