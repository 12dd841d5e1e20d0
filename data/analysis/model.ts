/** What the analysis operations return. Plain data; the renderer imports these types. */
import type { CountryGroup, DimensionId } from '../domain/domain.js';
import type { GroupField, MeasureField } from './schemas.js';
import type { ElementStatus, EuElementId } from '../domain/euElements.js';
import type { SelectionCriterionId } from '../domain/selectionCriteria.js';

export interface DimensionTarget {
  id: DimensionId;
  name: string;
  target: number;
}

/** A group's key: the raw value (null = not recorded) and how a person reads it. */
export interface GroupKey {
  value: string | null;
  label: string;
}

export interface CompareCell {
  narrative: string | null;
  /** The practice's score on the dimension: the mean of its raters, null when nobody rated it. */
  score: number | null;
  raters: number;
}

export interface CompareRow {
  id: string;
  name: string;
  code: string | null;
  country: string;
  countryGroup: CountryGroup;
  practiceNumber: number | null;
  /** The row's group when the table is grouped (a practice may appear in several technology-domain groups). */
  group: GroupKey | null;
  cells: Record<DimensionId, CompareCell>;
  /** The EU information elements recorded for the practice; an element not here is unknown. */
  elements: Partial<Record<EuElementId, { status: ElementStatus; note: string | null }>>;
  /** The selection criteria it meets. */
  criteria: SelectionCriterionId[];
  shortlisted: boolean;
}

export interface CompareTable {
  dimensions: DimensionTarget[];
  groupBy: GroupField | null;
  rows: CompareRow[];
  /** Distinct practices in the table. */
  practices: number;
}

export interface GapCell {
  /** Practices with a score on this dimension. */
  rated: number;
  mean: number | null;
  /** target - mean; positive means the group falls short. */
  gap: number | null;
}

export interface GapGroup extends GroupKey {
  practices: number;
  cells: Record<DimensionId, GapCell>;
}

export interface GapTable {
  dimensions: DimensionTarget[];
  groupBy: GroupField | null;
  groups: GapGroup[];
  overall: GapGroup;
}

export interface DistributionRow {
  dimension: DimensionId;
  name: string;
  /** Practices whose score rounds to 0, 1, 2, 3, 4 (a mean of raters of 2.5 counts as 3). */
  counts: [number, number, number, number, number];
  unrated: number;
}

export interface Distribution {
  practices: number;
  rows: DistributionRow[];
}

export interface ProfileRow extends DimensionTarget {
  score: number | null;
  groupMean: number | null;
  groupRated: number;
}

export interface Profile {
  practice: { id: string; name: string };
  groupBy: GroupField;
  group: GroupKey & { practices: number };
  rows: ProfileRow[];
}

/** Descriptive statistics of one numeric field; empty values are counted in `missing`, never as zero. */
export interface Summary {
  n: number;
  missing: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Quartiles by linear interpolation (numpy's default, Excel's QUARTILE.INC). */
  q1: number | null;
  q3: number | null;
}

export interface StatsRow {
  /** One key per grouping field, in the order asked. */
  groups: GroupKey[];
  count: number;
  /** count / all filtered practices. */
  share: number;
  measures: Partial<Record<MeasureField, Summary>>;
}

export interface StatsTable {
  groupBy: GroupField[];
  measures: MeasureField[];
  total: number;
  rows: StatsRow[];
  /** Every filtered practice as one group. */
  overall: StatsRow;
  /** The summary row's name: "All practices", or "All filtered practices" when a filter chose them. */
  overallLabel: string;
}

export interface Coverage {
  /** Top-level practices mapped per country group, against the mapping's targets. */
  countries: { group: CountryGroup; mapped: number; target: number }[];
  /** Filtered practices with and without a score, per dimension. */
  dimensions: { id: DimensionId; name: string; scored: number; unscored: number }[];
  /** Per rater: practices scored on each dimension. */
  raters: { id: string; name: string; seed: boolean; scored: Record<DimensionId, number>; total: number }[];
  practices: number;
}

/**
 * One dimension's agreement. Percentages are percent (0-100) everywhere, in JSON as in CSV and
 * Markdown (the field names say so); coefficients are plain numbers from -1 to 1. A figure that
 * cannot be given is null with the reason beside it.
 */
export interface AgreementRow {
  /** A dimension id, or "overall" for all dimensions pooled. */
  id: string;
  name: string;
  /** Practice-dimension items at least two of the raters scored. */
  items: number;
  /** Pairs of ratings on the same item behind the percentages. */
  pairs: number;
  /** Percent (0-100) of rating pairs with the same score. */
  exactPercent: number | null;
  /** Percent (0-100) of rating pairs at most one point apart. */
  withinOnePercent: number | null;
  /** Why the percentages are null (no item two raters scored, fewer than two raters), else null. */
  percentReason: string | null;
  /** Quadratic-weighted Cohen's kappa, only when exactly two raters are compared. */
  kappa: number | null;
  kappaItems: number;
  /** Why kappa is null (not two raters, no or one shared item, 0/0), else null. */
  kappaReason: string | null;
  /** Krippendorff's alpha, ordinal. */
  alpha: number | null;
  /** Why alpha is null (fewer than two raters, no or one shared item, 0/0), else null. */
  alphaReason: string | null;
}

export interface AgreementTable {
  /** Who is compared, in the order asked. */
  raters: { id: string; name: string; seed: boolean }[];
  /** Whether the seed's reading of the rubric is among the raters compared. */
  seedIncluded: boolean;
  /** Who is compared and what is left out, in a sentence a report can quote. */
  comparison: string;
  /** Blind mode: only the practice x dimension pairs the person at the screen has scored count (scoring/viewer.ts). */
  blind: BlindScope | null;
  practices: number;
  rows: AgreementRow[];
  overall: AgreementRow;
}

/** What blind mode left in an analysis of raters' scores. */
export interface BlindScope {
  raterId: string | null;
  raterName: string | null;
  note: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** utf8 text, or base64 for binary formats (xlsx). */
  encoding: 'utf8' | 'base64';
  content: string;
}

/** One practice in a pathway's tree (analysis.pathway), in depth-first order. */
export interface PathwayNode {
  id: string;
  name: string;
  code: string | null;
  level: string | null;
  /** 0 for the practice the pathway starts from. */
  depth: number;
  /** The node above it in this tree (null for the root). */
  parentId: string | null;
  /** How it is part of the node above: its own parent, or a link (a component shared with another pathway). */
  via: 'parent' | 'link' | null;
  /** Its components' ids in the tree's order. */
  components: string[];
  /** As recorded on the practice. */
  hours: number | null;
  ects: number | null;
  /** Its components' totals added up where all are known, else its own figure (a part of the sum says so). */
  totalHours: number | null;
  totalEcts: number | null;
  /** The components' sum differs from the figure the practice states. */
  hoursMismatch: boolean;
  /** A learner can start here: no prerequisite recorded inside the pathway. */
  entry: boolean;
  /** The credential a learner leaves with here, when one is recorded. */
  credential: string | null;
  /** What the practice must follow, by id. */
  requires: string[];
  /** Other pathways this practice is also a component of (besides the node above). */
  sharedWith: { id: string; name: string }[];
}

/** The figures of one level of the tree. */
export interface PathwayLevel {
  depth: number;
  practices: number;
  /** Sum of the hours recorded at this level; null when none is. */
  hours: number | null;
  ects: number | null;
  withoutHours: number;
}

export interface Pathway {
  root: { id: string; name: string };
  /** The practices above the root, topmost first (a component's pathway). */
  ancestors: { id: string; name: string }[];
  nodes: PathwayNode[];
  levels: PathwayLevel[];
  /** The root's totals (its components added up, or its own figure), and what the root states. */
  total: { hours: number | null; ects: number | null; statedHours: number | null; statedEcts: number | null };
  entries: string[];
  exits: string[];
  /** Components of this pathway that are part of another pathway too. */
  shared: { id: string; name: string; pathways: { id: string; name: string }[] }[];
  /** Links or prerequisites naming a practice that does not exist, said in words. */
  problems: string[];
}
