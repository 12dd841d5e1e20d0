/**
 * The records that the API returns. Plain data, no behaviour: the renderer imports these types.
 */
import type {
  Confidence,
  CountryGroup,
  DeliveryMode,
  DigitalIssuance,
  DimensionId,
  PracticeType,
  Scope,
  ScoreValue,
  TechnologyDomain,
} from '../domain/domain.js';
import type { PracticeCriteria, PracticeElement } from './checklistModel.js';
import type { ConsensusScore } from '../scoring/model.js';

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

/** One row of the practice table. `scores` is the mean of the raters' values, null when nobody rated. */
export interface PracticeRow {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  parentName: string | null;
  childCount: number;
  practiceNumber: number | null;
  caseStudy: boolean;
  shortlisted: boolean;
  /** How many of the seven selection criteria are ticked. */
  criteriaMet: number;
  country: string;
  countryGroup: CountryGroup;
  region: string | null;
  scope: Scope | null;
  practiceType: PracticeType | null;
  provider: string | null;
  technologyDomains: TechnologyDomain[];
  level: string | null;
  eqfLevel: number | null;
  ects: number | null;
  hours: number | null;
  deliveryMode: DeliveryMode | null;
  releaseYear: number | null;
  registeredProviders: number | null;
  digitalIssuance: DigitalIssuance | null;
  scores: Record<DimensionId, number | null>;
  updatedAt: string;
}

export interface PracticePage {
  rows: PracticeRow[];
  /** Rows matching the filter, across all pages. */
  total: number;
  offset: number;
}

export interface Score {
  practiceId: string;
  dimension: DimensionId;
  raterId: string;
  /** null = not rated (different from 0). */
  value: ScoreValue | null;
  evidence: string | null;
  confidence: Confidence | null;
  rubricVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface PracticeDetail {
  practice: Practice;
  parent: PracticeRef | null;
  children: PracticeRef[];
  scores: Score[];
  /** The sixteen EU information elements, in the Recommendation's order. */
  elements: PracticeElement[];
  criteria: PracticeCriteria;
  /** The team's agreed score per dimension, where one was recorded (see analysis.disagreements). */
  consensus: Partial<Record<DimensionId, ConsensusScore>>;
  /** Blind mode: how many other raters' scores are hidden per dimension until the current rater scores it. */
  hiddenScores: Partial<Record<DimensionId, number>>;
}

export interface Dimension {
  id: DimensionId;
  name: string;
  position: number;
  /** Score the mapping aims for; gap = target - score. */
  target: number;
}

export interface Rubric {
  version: number;
  label: string;
  createdAt: string;
  /** descriptors[dimension][level 0..4] */
  descriptors: Record<DimensionId, [string, string, string, string, string]>;
}

/** A rubric version in the list of versions: when it was made, what it changed, scores given under it. */
export interface RubricVersionSummary {
  version: number;
  label: string;
  createdAt: string;
  scores: number;
}

export interface Rater {
  id: string;
  name: string;
  team: string | null;
  createdAt: string;
  /** The seed's own reading of the rubric: shown with its evidence, never chosen to score as. */
  seed: boolean;
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

export interface AppInfo {
  appName: string;
  appVersion: string;
  storePath: string;
  /** Schema version of the open store (PRAGMA user_version). */
  schemaVersion: number;
  readOnly: boolean;
  /** Why it is read-only (another window has it, the file cannot be written...). */
  readOnlyReason: string | null;
  /** Set when opening upgraded the file from an older version: which, and where the old copy was kept. */
  upgradedFrom: { version: number; backupPath: string } | null;
  practiceCount: number;
  scoreCount: number;
  sqliteVersion: string;
}

/** Preferences the UI keeps in the store so they survive restarts under either host. */
export interface Preferences {
  currentRaterId: string | null;
  /** null until the user first chooses: the UI then hides its default set of secondary columns. */
  hiddenColumns: string[] | null;
  /** Hide other raters' scores on a practice's dimension until the current rater has scored it. */
  blindMode: boolean;
}
