/** docs/benchmarks.md from one run's results: machine, date, commands, a table per measurement, the goals. */
import { DROPPED_MS, type FrameFigure } from './browserBench.js';
import { CHANGES, EXPLANATIONS, MERGE_NOTE, METHOD_NOTES } from './explanations.js';
import { GOAL_SIZE, verdicts } from './goals.js';
import type { BenchResults, SizeResults } from './results.js';
import { ms, ratio } from './timing.js';

const n = (value: number) => value.toLocaleString('en');
const mb = (value: number) => `${value.toFixed(1)} MB`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');

function sizesTable(results: BenchResults): string {
  return table(
    ['practices', 'scores', 'file', 'generated'],
    results.sizes.map((s) => [n(s.practices), n(s.scores), mb(s.megabytes), s.generatedIn === null ? 'reused from an earlier run' : `${s.generatedIn.toFixed(1)} s`]),
  );
}

function importTable(sizes: SizeResults[]): string {
  const rows = sizes.flatMap((s) =>
    s.imports.map((i) => {
      const file = i.file === 'practices' ? 'practices (one row each)' : 'scores (long form)';
      if (i.refused) return [n(s.practices), file, '–', mb(i.megabytes), `refused: ${i.refused}`, '–', '–', '–', '0'];
      return [
        n(s.practices),
        file,
        n(i.rows),
        mb(i.megabytes),
        ms(i.importMs),
        ms(i.importReferenceMs),
        ratio(i.importMs, i.importReferenceMs),
        `${Math.round(i.rows / (i.importMs / 1000)).toLocaleString('en')} rows/s`,
        String(i.runs),
      ];
    }),
  );
  return table(['practices', 'file', 'rows', 'MB', 'import (app)', 'sqlite3 .import', 'ratio', 'app throughput', 'runs'], rows);
}

function exportTable(sizes: SizeResults[]): string {
  const rows = sizes.flatMap((s) => s.imports.map((i) => [n(s.practices), i.file, ms(i.exportMs), ms(i.exportReferenceMs), ratio(i.exportMs, i.exportReferenceMs)]));
  return table(['practices', 'file', 'export (app, CSV)', 'sqlite3 .mode csv', 'ratio'], rows);
}

function queryTable(size: SizeResults): string {
  return table(
    ['measurement', 'answer', 'p50', 'p95', 'reference p50', 'reference p95', 'ratio (p95)', 'after a score edit p50 / p95', 'after a rebuild p50 / p95'],
    size.queries.map((q) => [
      `${q.name} (\`${q.operation}\`)`,
      q.answer,
      ms(q.ours.p50),
      `${ms(q.ours.p95)}${size.practices === GOAL_SIZE ? (q.ours.p95 < 50 ? ' ✓' : ' ✗') : ''}`,
      ms(q.reference.p50),
      ms(q.reference.p95),
      ratio(q.ours.p95, q.reference.p95),
      // Results saved by a run before score edits were measured have none.
      q.afterEdit ? `${ms(q.afterEdit.p50)} / ${ms(q.afterEdit.p95)}${size.practices === GOAL_SIZE ? (q.afterEdit.p95 < 100 ? ' ✓' : ' ✗') : ''}` : '–',
      `${ms(q.afterChange.p50)} / ${ms(q.afterChange.p95)} (${q.afterChange.runs} runs)`,
    ]),
  );
}

function saveAsTable(sizes: SizeResults[]): string {
  return table(
    ['practices', 'file', 'Save As (app)', 'sqlite3 .backup', 'ratio', 'runs'],
    sizes.map((s) =>
      s.saveAs
        ? [n(s.practices), mb(s.saveAs.megabytes), ms(s.saveAs.ours), ms(s.saveAs.reference), ratio(s.saveAs.ours, s.saveAs.reference), String(s.saveAs.runs)]
        : [n(s.practices), mb(s.megabytes), s.failures.some((f) => f.startsWith('Save As')) ? 'failed (see below)' : 'not run', '–', '–', '0'],
    ),
  );
}

function failures(results: BenchResults): string {
  const all = results.sizes.flatMap((s) => s.failures.map((f) => `- ${n(s.practices)} practices, ${f}`));
  return all.length === 0 ? '' : `\n## Failed in this run\n\n${all.join('\n')}\n`;
}

function mergeTable(results: BenchResults): string {
  const m = results.merge;
  if (m.status === 'pending') return table(['practices', 'merge (app)', 'reference', 'ratio'], [[n(m.practices), `pending: ${m.reason}`, '–', '–']]);
  return table(
    ['practices', 'file', 'partner scores', 'merge (app)', 'reference: sqlite3 ATTACH + INSERT', 'ratio', 'what it did'],
    [[n(m.practices), mb(m.megabytes), n(m.scores), ms(m.ours), ms(m.reference), ratio(m.ours, m.reference), m.detail]],
  );
}

const frames = (f: FrameFigure) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}`;

function browserTables(sizes: SizeResults[]): string {
  const measured = sizes.filter((s) => s.browser !== null);
  if (measured.length === 0) return '_Not run in this run._';
  const first = table(
    ['practices', 'first rows, first navigation', 'first rows p50', 'first rows p95', 'reference: page loaded p50', 'navigations'],
    measured.map((s) => {
      const b = s.browser as NonNullable<SizeResults['browser']>;
      return [n(s.practices), ms(b.firstRowsCold), ms(b.firstRows.p50), ms(b.firstRows.p95), ms(b.pageLoaded.p50), String(b.firstRows.runs)];
    }),
  );
  const scroll = table(
    ['practices', 'frames', 'scrolling p50 / p95 / max', 'dropped (> 25 ms)', 'of which while moving', 'reference: idle p50 / p95 / max', 'idle dropped'],
    measured.map((s) => {
      const b = s.browser as NonNullable<SizeResults['browser']>;
      return [
        n(s.practices),
        String(b.frames.frames),
        frames(b.frames),
        String(b.frames.dropped),
        String(b.frames.droppedMoving),
        frames(b.idleFrames),
        String(b.idleFrames.dropped),
      ];
    }),
  );
  const memory = table(
    ['practices', 'host peak (VmHWM)', 'reference: host at start (VmRSS)', 'ratio'],
    measured.map((s) => {
      const b = s.browser as NonNullable<SizeResults['browser']>;
      return [n(s.practices), mb(b.hostPeakKb / 1024), mb(b.hostStartKb / 1024), ratio(b.hostPeakKb, b.hostStartKb)];
    }),
  );
  return `### Time to the first table rows\n\n${first}\n\n### Frame times while scrolling\n\n${scroll}\n\n### Memory of the host process\n\n${memory}`;
}

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const goals = verdicts(results);
  const unmet = goals.filter((g) => g.met === false);
  const querySections = results.sizes.map((s) => `### ${n(s.practices)} practices\n\n${queryTable(s)}`).join('\n\n');
  return `# Benchmarks

Measured on ${results.date} by \`${results.command}\` in ${Math.round(results.seconds)} s (\`build/bench/\`; the figures below are
that run's, written by it). Never timed in tests: the tests pin results, this file records speed.

## Machine

| | |
|---|---|
| CPU | ${m.cpu}, ${m.cores} cores |
| RAM | ${m.ramGiB} GiB |
| OS | ${m.os} |
| Node.js | ${m.node} |
| SQLite | ${m.sqliteApp} in the app (better-sqlite3), ${m.sqliteCli} in the \`sqlite3\` command line |
| Chromium | ${m.chromium} (headless, through playwright-core) |
| Load average at the start | ${m.load} (the machine is shared) |

## Commands

\`\`\`sh
npm run bench                                  # 112, 10,000 and 100,000 practices; writes docs/benchmarks.md
npm run bench -- --sizes 112,10000             # a quick run
npm run bench -- --runs 30 --fresh --no-browser --out /tmp/bench.md
npm run bench -- --only queries,browser         # parts: queries, import, saveas, browser, merge
npm run bench -- --rerender                    # this file again from the last run's figures
\`\`\`

\`--fresh\` generates the maps again (otherwise a map generated by an earlier run is reused from \`.cache/bench/\`, upgraded
as the app would upgrade it when the schema changed); \`--no-browser\` leaves out Chromium.

## Goals (at ${n(GOAL_SIZE)} practices)

${table(['goal', 'measured', 'verdict'], goals.map((g) => [g.goal, g.measured, verdict(g.met)]))}

${unmet.length === 0 ? 'Every goal measured was met.' : unmet.map((g) => `**${g.goal}: not met.** ${EXPLANATIONS[g.id]}`).join('\n\n')}

## What changed for these figures

${CHANGES}

## The maps

Generated by \`data/generateMap.ts\` (the same as \`npm run generate-map\`): five dimensions, three raters who each scored about
65% of the practice-dimension pairs, every tenth practice a component of the one before, accents, empty values and a few
notes with quotes, semicolons and line breaks.

${sizesTable(results)}

## CSV import

The app's own practice export (\`analysis.export\`, view practices, standard CSV) and scores export (long form) of each map,
imported by the app (\`import.run\`, matched by id) into a new dataset, beside \`sqlite3 NEW.db ".mode csv" ".import FILE
imported"\` of the same file into a new table (median of the runs; the sqlite3 time includes starting the process).

${importTable(results.sizes)}

The exports that wrote those files, beside \`sqlite3 -readonly MAP ".mode csv" ".once FILE" "SELECT * FROM practices"\`:

${exportTable(results.sizes)}

## Listing, gap aggregates and the pivot

Each through \`dispatch(store, operation, input)\` (validation included), ${results.runs} timed runs after 2 untimed ones. The
app keeps what it derives from the whole store (each practice's score means, the facts the analyses read, their columns)
until the store changes, and never an answer to one question: the p50 and p95 are what a user waits for while browsing,
whatever filter or grouping they choose next. "After a change" bumps the store's revision before each run, so everything
is derived again: the first view after an edit, an import or a merge. The reference is one hand-written SQL statement
through better-sqlite3 on the same file giving the same figures, with the score means computed in it (for the pivot without
medians and quartiles, which SQLite does not compute).

${querySections}

## Save As and merge

Save As (\`saveStoreAs\`: SQLite's online backup, 200 pages a step) beside \`sqlite3 MAP ".backup COPY"\`:

${saveAsTable(results.sizes)}

Merge of the ${n(results.merge.practices)}-practice file: a copy into which a second rater's scores were written through the app
(a long-form score file imported: every fifth practice, all five dimensions, one change set in the copy's history), merged
back into the map (\`merge.run\`: the file as bytes, opened and checked, compared record by record, written in one change set).
The reference attaches the partner's file in the sqlite3 command line and copies the new rater and scores, checking nothing.

${mergeTable(results)}

${results.merge.status === 'measured' ? MERGE_NOTE : ''}

## In Chromium through the browser host

\`node dist/electron/web.mjs --db COPY\`, Chromium at 1360×850. First rows: \`performance.now()\` in the page when the first
practice row is in the DOM (navigation start = 0); the first navigation after the host started, then later ones. Frames: one
\`requestAnimationFrame\` step at a time, flicks of 40 frames at 100 px a frame with 20 still frames after each (rows arrive
and render), one jump to the middle; "dropped" counts intervals over ${DROPPED_MS.toFixed(0)} ms (1.5 frames at 60 Hz). Memory: the
host's VmHWM from \`/proc/PID/status\` after the table, the scrolling, and the gaps and statistics views.

${browserTables(results.sizes)}

## Notes

${METHOD_NOTES}
${failures(results)}`;
}
