/**
 * The checks before an export, decided once for every host: the data-quality rules over the
 * practices the export shows, and, for a report pack (where a report's printed figures go), its
 * claims. The app shows the errors before it writes the file; the command line warns on standard
 * error, and with --strict refuses.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { exportedPracticeIds } from '../analysis/index.js';
import type { exportInputSchema } from '../analysis/schemas.js';
import { runChecks } from './checks.js';
import { claimFindings } from './claims.js';
import type { ExportChecks } from './model.js';

export function checksBeforeExport(db: Database, input: z.output<typeof exportInputSchema>): ExportChecks {
  const exported = exportedPracticeIds(db, input);
  const report = runChecks(db, { filter: {} }, input.view === 'report' ? claimFindings : () => []);
  const findings = report.findings.filter((f) => f.practiceId === null || exported.has(f.practiceId));
  const errors = findings.filter((f) => f.severity === 'error');
  return { errors, warnings: findings.length - errors.length, practices: exported.size };
}
