/**
 * The records that the API returns. Plain data, no behaviour: the renderer imports these types.
 */
import type {
  CountryGroup,
  DeliveryMode,
  DigitalIssuance,
  DimensionId,
  PracticeType,
  Scope,
  TechnologyDomain,
} from '../domain/domain.js';
import type { ElementStatus, EuElementId } from '../domain/euElements.js';
import type { SelectionCriterionId } from '../domain/selectionCriteria.js';
import type { ConsensusScore, Score } from '../scoring/model.js';
import type { CaseStudySection } from '../domain/caseStudy.js';

export interface PracticeSource {
  document: string;
  section: string;
}

/** Every editable field of a practice (what create and update take). */
export interface PracticeFields {
  name: string;
  nameOriginal: string | null;
  code: string | null;
  parentId: string | null;
  practiceNumber: number | null;
  caseStudy: boolean;
  caseStudyNumber: number | null;
  /** On the researchers' shortlist of case-study candidates (caseStudy is the documents' own selection). */
  shortlisted: boolean;
  country: string;
  region: string | null;
  scope: Scope | null;
  practiceType: PracticeType | null;
  typeAsStated: string | null;
  provider: string | null;
  technologyDomains: TechnologyDomain[];
  level: string | null;
  eqfLevel: number | null;
  ects: number | null;
  hours: number | null;
  workloadNote: string | null;
  deliveryMode: DeliveryMode | null;
  deliveryNote: string | null;
  releaseYear: number | null;
  registeredProviders: number | null;
  assessmentType: string | null;
  qaType: string | null;
  digitalIssuance: DigitalIssuance | null;
  stackability: string | null;
  strengths: string | null;
  limitations: string | null;
  relevance: string | null;
  notes: string | null;
  /** Comparison-table cell per dimension. */
  narratives: Partial<Record<DimensionId, string>>;
  sources: PracticeSource[];
}

export interface Practice extends PracticeFields {
  id: string;
  countryGroup: CountryGroup;
  createdAt: string;
  updatedAt: string;
}

/** A short reference to another practice (parent or child). */
export interface PracticeRef {
  id: string;
  name: string;
  code: string | null;
}

/** The fields of a practice that its row in the table shows as they are. */
type RowFields = Pick<
  Practice,
  | 'id' | 'name' | 'code' | 'parentId' | 'practiceNumber' | 'caseStudy' | 'shortlisted' | 'country' | 'countryGroup' | 'region' | 'scope'
  | 'practiceType' | 'provider' | 'technologyDomains' | 'level' | 'eqfLevel' | 'ects' | 'hours' | 'deliveryMode' | 'releaseYear'
  | 'registeredProviders' | 'digitalIssuance' | 'updatedAt'
>;

/** One row of the practice table. `scores` is the mean of the raters' values, null when nobody rated. */
export interface PracticeRow extends RowFields {
  parentName: string | null;
  childCount: number;
  /** How many of the seven selection criteria are ticked. */
  criteriaMet: number;
  scores: Record<DimensionId, number | null>;
}

export interface PracticePage {
  rows: PracticeRow[];
  /** Rows matching the filter, across all pages. */
  total: number;
  offset: number;
}

export interface PracticeDetail {
  practice: Practice;
  parent: PracticeRef | null;
  children: PracticeRef[];
  scores: Score[];
  /** The sixteen EU information elements, in the Recommendation's order. */
  elements: PracticeElement[];
  criteria: PracticeCriteria;
  /** The case-study write-up: the ten sections of D3.3's template in order, empty ones with no blocks. */
  caseStudy: CaseStudySection[];
  /** The team's agreed score per dimension, where one was recorded (see analysis.disagreements). */
  consensus: Partial<Record<DimensionId, ConsensusScore>>;
  /** Blind mode: how many other raters' scores are hidden per dimension until the current rater scores it. */
  hiddenScores: Partial<Record<DimensionId, number>>;
}

export interface Facet {
  value: string;
  count: number;
}

/** Distinct values present in the store, for filter menus. */
export interface PracticeFacets {
  countryGroup: Facet[];
  country: Facet[];
  practiceType: Facet[];
  technologyDomain: Facet[];
  deliveryMode: Facet[];
  scope: Facet[];
  digitalIssuance: Facet[];
  level: Facet[];
  /** Practices meeting each selection criterion. */
  criteria: Facet[];
}

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

export type { CaseStudyBlock, CaseStudySection, CaseStudySectionId, CaseStudySource } from '../domain/caseStudy.js';

/** What practices.importCaseStudies did: practices whose write-up changed, and sections written. */
export interface CaseStudyImportResult {
  practices: number;
  sections: number;
}
