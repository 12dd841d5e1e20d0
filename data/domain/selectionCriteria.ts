/**
 * The mapping's selection criteria: D3.2 Good Practice Mapping §1.2 ("Practices were prioritised
 * based on the guidance in Annex 1 – Mapping Criteria"), seed document 000. The wording is the
 * document's, word for word (data/selectionCriteria.test.ts checks it). A researcher ticks the
 * criteria a practice meets; no row in the store means not (yet) ticked.
 */

export const SELECTION_CRITERION_IDS = [
  'occupational_relevance',
  'explicit_learning_outcomes',
  'assessment_evidence',
  'provider_credibility',
  'quality_assurance',
  'transferability_scalability',
  'mc_dimensions_alignment',
] as const;
export type SelectionCriterionId = (typeof SELECTION_CRITERION_IDS)[number];

/** As D3.2 lists them. */
export const SELECTION_CRITERION_WORDING: Record<SelectionCriterionId, string> = {
  occupational_relevance: 'occupational relevance',
  explicit_learning_outcomes: 'explicit learning outcomes',
  assessment_evidence: 'assessment evidence',
  provider_credibility: 'provider credibility',
  quality_assurance: 'quality assurance',
  transferability_scalability: 'transferability and scalability',
  mc_dimensions_alignment: 'alignment with MC ecosystem dimensions',
};

export const SELECTION_CRITERION_LABELS: Record<SelectionCriterionId, string> = Object.fromEntries(
  SELECTION_CRITERION_IDS.map((id) => [id, SELECTION_CRITERION_WORDING[id].replace(/^./, (c) => c.toUpperCase())]),
) as Record<SelectionCriterionId, string>;

/** Where the list comes from, for labels and exports. */
export const SELECTION_CRITERIA_SOURCE = 'D3.2 §1.2, Annex 1 – Mapping Criteria';
