/** What the EU-elements and selection-criteria operations return. Plain data; the renderer imports these types. */
import type { ElementStatus, EuElementId } from './euElements.js';
import type { SelectionCriterionId } from './selectionCriteria.js';

/** One information element of one practice; `unknown` with no note when nothing is recorded. */
export interface PracticeElement {
  element: EuElementId;
  status: ElementStatus;
  note: string | null;
}

/** Which of the seven selection criteria a practice meets (false = not ticked). */
export type PracticeCriteria = Record<SelectionCriterionId, boolean>;

/** Practices in one group, and how many of them document every mandatory element. */
export interface EuElementsGroup {
  /** The group's raw value (null = not recorded) and how a person reads it. */
  value: string | null;
  label: string;
  practices: number;
  /** All eleven mandatory elements documented ("yes"): the full definition. */
  allMandatory: number;
  /** All eleven at least partly documented ("yes" or "partly"). */
  allMandatoryAtLeastPartly: number;
}

/** How often one element is documented across the filtered practices. */
export interface EuElementCount {
  element: EuElementId;
  label: string;
  mandatory: boolean;
  yes: number;
  partly: number;
  no: number;
  unknown: number;
  /** Not documented or not known to be: no + unknown (what the view ranks by). */
  missing: number;
}

export interface EuElementsSummary {
  /** Filtered practices counted. */
  practices: number;
  allMandatory: number;
  allMandatoryAtLeastPartly: number;
  byCountryGroup: EuElementsGroup[];
  byPracticeType: EuElementsGroup[];
  /** Every element, most often missing first (then most often only partly documented, then the Recommendation's order). */
  elements: EuElementCount[];
}
