/** What the data-quality operations return. Plain data; the renderer imports these types. */
import type { QualityRuleId, Severity } from './schemas.js';

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
