/**
 * Running the data-quality checks on demand, and switching rules off per dataset. Which rules are
 * off is a tracked setting (data/history/settings.ts), so switching one off is undoable, travels in
 * a merge like other settings, and keeps its reason and time beside it.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { readSetting, writeSetting } from '../history/settings.js';
import { filteredPractices } from '../practices/index.js';
import { scoresBySource, viewerOf } from '../scoring/index.js';
import type { QualityFinding, QualityReport, QualityRuleState } from './model.js';
import { claimFindings } from './claims.js';
import { practiceFindings } from './rules.js';
import {
  QUALITY_RULE_IDS,
  QUALITY_RULES,
  DISABLED_RULES_SETTING,
  disabledRulesSchema,
  type checksRunInputSchema,
  type checksSetRuleInputSchema,
  type DisabledRules,
  type QualityRuleId,
} from './schemas.js';

export function disabledRules(db: Database): DisabledRules {
  return readSetting(db, DISABLED_RULES_SETTING, disabledRulesSchema) ?? {};
}

function ruleStates(db: Database, findings: QualityFinding[]): QualityRuleState[] {
  const off = disabledRules(db);
  return QUALITY_RULE_IDS.map((id) => ({
    id,
    ...QUALITY_RULES[id],
    enabled: off[id] === undefined,
    disabledReason: off[id]?.reason ?? null,
    disabledAt: off[id]?.at ?? null,
    findings: findings.filter((f) => f.rule === id).length,
  }));
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/**
 * Every rule that is on, over the practices the filter selects. Findings about the dataset as a
 * whole (claims, given by `datasetFindings`) are kept whatever the filter: a claim has its own.
 */
export function runChecks(
  db: Database,
  input: z.output<typeof checksRunInputSchema>,
  datasetFindings: (db: Database) => QualityFinding[] = claimFindings,
): QualityReport {
  const viewer = viewerOf(db);
  const { sql, params } = filteredPractices(input.filter, { meansTable: () => scoresBySource(db, viewer) });
  const selected = new Set((db.prepare(`SELECT p.id ${sql}`).pluck().all(...params) as string[]));
  const off = disabledRules(db);
  const order = new Map(QUALITY_RULE_IDS.map((id, i) => [id, i]));
  const findings = [...practiceFindings(db, viewer).filter((f) => f.practiceId === null || selected.has(f.practiceId)), ...datasetFindings(db)]
    .filter((f) => off[f.rule] === undefined)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
        (a.practiceName ?? '').localeCompare(b.practiceName ?? '') ||
        (a.practiceId ?? '').localeCompare(b.practiceId ?? ''),
    );
  return {
    rules: ruleStates(db, findings),
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    practices: selected.size,
  };
}

/** Switches a rule off (with its reason, recorded in the history) or on again; returns every rule's state. */
export function setRule(db: Database, input: z.output<typeof checksSetRuleInputSchema>): QualityRuleState[] {
  const off = disabledRules(db);
  const rule: QualityRuleId = input.rule;
  const next: DisabledRules = { ...off };
  if (input.enabled) delete next[rule];
  else next[rule] = { reason: input.reason ?? '', at: new Date().toISOString() };
  // Switching on a rule that is on (or off again with the same reason) changes nothing.
  const same = input.enabled ? off[rule] === undefined : off[rule]?.reason === input.reason;
  if (!same) writeSetting(db, DISABLED_RULES_SETTING, next, true);
  return ruleStates(db, []).map(({ findings: _findings, ...state }) => ({ ...state, findings: 0 }));
}
