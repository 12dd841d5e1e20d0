/**
 * `autocredify check`: the data-quality rules and the report's claims, as the checks view shows
 * them, for a script before publishing. Exits with EXIT_CHECK_ERRORS when an error was found (or a
 * warning, with --fail-on warning), so a build can stop on it.
 */
import type { OperationOutput } from '../../data/contract/contract.js';
import { CliInputError } from './inputError.js';
import { whereFieldsHelp } from './where.js';

/** Findings of the severity asked for: distinct from 1 (the command failed) and 2 (bad input). */
export const EXIT_CHECK_ERRORS = 4;

export const CHECK_USAGE = `Usage: autocredify check [options]

Runs every data-quality rule that is on for this dataset, and recomputes the figures the reports
state (claims), flagging those the data no longer gives. Rules switched off (checks.setRule) are
listed with the reason recorded.

  --where FIELD=VALUE    check only these practices (claims keep their own filters); repeatable.
${whereFieldsHelp('                         ')}
  --format FORMAT        text (default) | md | json
  --fail-on SEVERITY     error (default) | warning: exit ${EXIT_CHECK_ERRORS} when a finding this severe (or worse) is found
  --db PATH              dataset file (default: the app's own dataset)
  --read-only            open the dataset read-only (it must exist)

Example: autocredify check --where countryGroup=Spain`;

type Report = OperationOutput<'checks.run'>;

const who = (f: Report['findings'][number]) => (f.practiceId === null ? (f.claimId ? `claim ${f.claimId}` : 'dataset') : `${f.practiceName ?? ''} (${f.practiceId})`);

function asText(report: Report): string {
  const lines = report.findings.map((f) => `${f.severity.toUpperCase().padEnd(7)} ${f.rule.padEnd(30)} ${who(f)}: ${f.message}`);
  const off = report.rules.filter((r) => !r.enabled).map((r) => `  ${r.id}: ${r.disabledReason ?? ''}`);
  return [
    ...lines,
    ...(off.length > 0 ? ['', 'Switched off for this dataset:', ...off] : []),
    '',
    `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} in ${report.practices} practices.`,
  ].join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function asMarkdown(report: Report): string {
  return [
    '| Severity | Rule | Practice or claim | Finding |',
    '|---|---|---|---|',
    ...report.findings.map((f) => `| ${f.severity} | ${f.rule} | ${cell(who(f))} | ${cell(f.message)} |`),
    '',
    `${report.errors} errors, ${report.warnings} warnings in ${report.practices} practices.`,
  ].join('\n');
}

export function formatCheck(report: Report, format: string): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  if (format === 'md') return asMarkdown(report);
  if (format === 'text') return asText(report);
  throw new CliInputError('--format takes "text", "md" or "json".');
}

export function checkFails(report: Report, failOn: string): boolean {
  if (failOn !== 'error' && failOn !== 'warning') throw new CliInputError('--fail-on takes "error" or "warning".');
  return report.errors > 0 || (failOn === 'warning' && report.warnings > 0);
}
