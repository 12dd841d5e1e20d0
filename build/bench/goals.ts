/** The goals of issue #6 and whether one run met them, judged at 100,000 practices. */
import type { BenchResults, SizeResults } from './results.js';
import { ms } from './timing.js';

export const GOAL_SIZE = 100_000;

export type GoalId = 'import' | 'queries' | 'queriesAfterEdit' | 'firstRows' | 'frames' | 'memory';

export interface GoalVerdict {
  id: GoalId;
  goal: string;
  measured: string;
  met: boolean | null;
}

const judge = (size: SizeResults | undefined, id: GoalId, goal: string, read: (s: SizeResults) => { measured: string; met: boolean } | null): GoalVerdict => {
  const result = size ? read(size) : null;
  return result ? { id, goal, ...result } : { id, goal, measured: `not measured at ${GOAL_SIZE.toLocaleString('en')} practices in this run`, met: null };
};

export function verdicts(results: BenchResults): GoalVerdict[] {
  const size = results.sizes.find((s) => s.practices === GOAL_SIZE);
  return [
    judge(size, 'import', 'CSV import within 2× of the sqlite3 command line’s `.import`', (s) => {
      const measured = s.imports.filter((i) => !i.refused);
      if (measured.length === 0) return null;
      const ratios = measured.map((i) => ({ file: i.file, ratio: i.importMs / i.importReferenceMs, text: `${i.file} ${ms(i.importMs)} vs ${ms(i.importReferenceMs)}` }));
      return {
        measured: ratios.map((r) => `${r.text}: ${r.ratio.toFixed(1)}×`).join('; ') + (measured.length < s.imports.length ? '; a file was refused' : ''),
        met: measured.length === s.imports.length && ratios.every((r) => r.ratio <= 2),
      };
    }),
    judge(size, 'queries', 'List, aggregate and pivot p95 under 50 ms', (s) => {
      const worst = [...s.queries].sort((a, b) => b.ours.p95 - a.ours.p95)[0];
      if (!worst) return null;
      return { measured: `slowest p95 ${ms(worst.ours.p95)} (${worst.name})`, met: s.queries.every((q) => q.ours.p95 < 50) };
    }),
    judge(size, 'queriesAfterEdit', 'The first list, aggregate or pivot after a score edit: p95 under 100 ms (issue 16)', (s) => {
      const edited = s.queries.filter((q) => q.afterEdit);
      const worst = [...edited].sort((a, b) => b.afterEdit.p95 - a.afterEdit.p95)[0];
      if (!worst) return null;
      return { measured: `slowest p95 ${ms(worst.afterEdit.p95)} (${worst.name})`, met: edited.every((q) => q.afterEdit.p95 < 100) };
    }),
    judge(size, 'firstRows', 'First table rows within 1.5 s of navigation', (s) => {
      if (!s.browser) return null;
      const worst = Math.max(s.browser.firstRowsCold, s.browser.firstRows.p95);
      return { measured: `first navigation ${ms(s.browser.firstRowsCold)}, later p95 ${ms(s.browser.firstRows.p95)}`, met: worst <= 1500 };
    }),
    judge(size, 'frames', 'Scrolling the table without dropped frames', (s) => {
      if (!s.browser) return null;
      const f = s.browser.frames;
      return { measured: `${f.dropped} of ${f.frames} frames over 25 ms (p95 ${ms(f.p95)}, max ${ms(f.max)})`, met: f.dropped === 0 };
    }),
    judge(size, 'memory', 'Host process memory under 400 MB', (s) => {
      if (!s.browser) return null;
      const mb = s.browser.hostPeakKb / 1024;
      return { measured: `peak ${Math.round(mb)} MB (VmHWM)`, met: mb < 400 };
    }),
  ];
}
