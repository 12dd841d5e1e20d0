/** What the data-quality operations return. Plain data; the renderer imports these types. */
import type { MeasureField } from '../domain/fields.js';
import type { PracticeFilter } from '../practices/schemas.js';
import type { ClaimStatistic, QualityRuleId, Severity } from './schemas.js';

/** One thing a rule found: about a practice (with a link to it) or about the dataset (a claim). */
export interface QualityFinding {
  rule: QualityRuleId;
  severity: Severity;
  practiceId: string | null;
  practiceName: string | null;
  /** Other practices involved (the other duplicate, the parent). */
  related: { id: string; name: string }[];
  message: string;
  /** The claim a finding is about (rule claim.doesNotHold). */
  claimId?: string;
}

/** A rule as the checks view lists it: on or off (with the reason recorded), and what it found. */
export interface QualityRuleState {
  id: QualityRuleId;
  severity: Severity;
  title: string;
  sentence: string;
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  findings: number;
}

export interface QualityReport {
  rules: QualityRuleState[];
  /** Errors first, then warnings; within them by rule, then practice name. */
  findings: QualityFinding[];
  errors: number;
  warnings: number;
  /** Practices checked (those the filter selects). */
  practices: number;
}

/** A claim as recorded, with what the data gives now. */
export interface ClaimResult {
  id: string;
  label: string;
  quote: string | null;
  document: string | null;
  section: string | null;
  statistic: ClaimStatistic;
  measure: MeasureField | null;
  filter: PracticeFilter;
  subset: PracticeFilter | null;
  stated: number;
  decimals: number;
  /** What the data gives (a share in percent); null when it cannot be computed (no practice, no value). */
  computed: number | null;
  /** Practices the filter selects now. */
  practices: number;
  /** The computed value rounds to the stated one at the stated decimals. */
  holds: boolean;
  /** Why it cannot be computed, when it cannot. */
  problem: string | null;
}

/** What the checks before an export found (checks.beforeExport): the errors in full, the warnings counted. */
export interface ExportChecks {
  /** Error findings about the exported practices (and a report's claims): the export asks before it goes on. */
  errors: QualityFinding[];
  /** Warnings about them: mentioned, never in the way. */
  warnings: number;
  /** Practices the export shows. */
  practices: number;
}
