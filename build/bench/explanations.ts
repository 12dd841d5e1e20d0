/**
 * The report's words that are not figures: why a goal is not met and what it would take, what
 * changed to meet the others, and notes on method. Kept apart from the generator so each run
 * rewrites the figures around them; revise them when the figures say something else.
 */
import type { GoalId } from './goals.js';

export const EXPLANATIONS: Record<GoalId, string> = {
  import: `\`.import\` parses text into an untyped table without indexes and checks nothing. The app's import does, per
row, what a user relies on: it detects the encoding, delimiter and decimal marks, matches each column to a field (headers
in four languages) and each row to a practice, converts and validates every value, plans new, updated, unchanged and
rejected rows, then writes each practice with its narratives and sources into a table with six indexes and foreign keys,
and records each record's state after (and before, when it existed) in the history, so that the import undoes as one step
and merges can tell what changed. Before this session it took 36× \`.import\` at 100,000 practices; the changes, each measured at 10,000 practices on its own
(\`data/statements.ts\`, \`data/csvImport/\`, \`data/scores.ts\`): statements prepared once per connection everywhere the
import writes or the history reads (the practice file 4.1 → 2.6 s, the score file 20.7 → 6.6 s); each column's reader chosen
once and a category, yes/no or number read once per distinct text, new practices written parents first so each is written
once, and no savepoint per practice (→ 1.3 s); new scores written and recorded in the history by two statements per 5,000
rows (\`json_each\`) instead of two round trips each (→ 2.0 s). What is left, per practice, is SQLite's own work on the wide
row and its indexes, reading the practice back for the history and writing the history row; per score, the same on a
narrower row; and the plan. Writing the practices' history in batches too (their states read back five queries per 2,000
practices instead of five per practice) was tried and measured: about 2% at 10,000 practices, so it was not kept. What it
would take to come closer: for a first import into an empty dataset, the indexes built once at the end instead of kept up
row by row; streaming the file instead of reading it whole; and the plan's checks done on many rows at once. That would
bring the import to perhaps five times \`.import\`, not within 2×: the checks and the history
are the point of the app's import.`,
  queries: `The slowest call is over 50 ms at the 95th percentile (see the table above); its median is not. The machine is
two shared cores (see the load average), and a p95 of 30 runs is the second-slowest run, so one pause of the garbage
collector or of the neighbours shows. What is left is reading the 100,000 practices once per question: a filter is a pass
over a narrow index (\`practices_filters\`, migration 0007), a search a pass over every practice's folded text. What it
would take: a full-text index (SQLite FTS5) for the search, and filters evaluated on the columns the analyses already
keep in memory instead of in SQL.`,
  queriesAfterEdit: `After a score edit the app brings what it derived up to date instead of deriving it again: the
history says which practices the change sets since touched (\`data/history/changedPractices.ts\`), and just their score
means and facts are computed again (\`data/scoring/keptCurrent.ts\`, \`derived.ts\`, \`data/analysis/facts.ts\`). What is
left per edit is the analyses' columns, built again from the 100,000 facts (one pass per column a call counts), and the
facts' array and index copied with the changed practices in place. What it would take: patch the columns at the changed
positions. A write the history cannot explain (a seed, a generator, an untracked SQL write) or an import or merge of more
than 20,000 records still derives everything again ("after a rebuild" above).`,
  firstRows: `The page asks for the first rows (\`practices.list\`, 200 rows) and the filter menus' values
(\`practices.facets\`, kept until the data changes) as it starts. What would help: serve the first page with the HTML, and
split the renderer's bundle so the table's code loads first.`,
  frames: `In quiet runs after this session's changes to the table (see "What changed") no frame was missed at any size
(three runs each); this run missed some. What is left per frame at 100,000 practices (about 7 ms of main thread, plus
compositing and software rasterising on other threads) is the cost of drawing about three new rows a frame on two cores, so
when other work holds one of the cores, as the load average above shows, a few frames are still missed (0 / 4 / 6 at 112 /
10,000 / 100,000 practices with one core kept busy on purpose). What would take it further: fewer compositing layers (the
sticky first column costs a layer per row) and a GPU, which a desktop has and this headless Chromium does not use.`,
  memory: `The host keeps, per dataset and until the data changes, every practice's facts and the columns the analyses
count (about 75 MB of JavaScript heap at 100,000 practices) and the score-means table; the peak comes while they are
built. What it would take: build the analyses' columns straight from SQL rows, without a JavaScript object per practice
(the objects are kept for the comparison table and the coverage view), and release them when no analysis view has asked
for a while.`,
};

export const MERGE_NOTE = `The merge has no goal in the issue; what it costs, and why. \`merge.run\` takes the file as
bytes (base64, checked: about 1 s for 191 MB), writes it to a private copy, opens that with SQLite's integrity check (about
2 s), then compares: the partner's new change sets record by record, and every record that arrived without history, found by
comparing each practice's keys in both files as one digest per practice (SQLite's \`json_group_array\` in key order) rather
than by reading each of a million keys in our file. It writes in one change set, so the merge undoes as one step. Before
this run it took 47.7 s through the data layer (16 s after statements were kept per connection, about 10 s now).
What it would take to come closer to the reference: reading the partner's new records in bulk rather than one by one
(measured about 20% faster), and writing them in key order (faster on disk, but it changes the order of the history).`;

export const CHANGES = `What was changed to get these figures (\`data/analysis/\`, \`data/practiceList.ts\`, \`data/practices.ts\`,
\`data/migrations/0007_bench_indexes.sql\`), every result unchanged to the last bit (the analysis tests, a property test
against \`data/statistics.ts\`, and a comparison of 677 listings and analyses on the 10,000-practice map before and after):

- **Derived once per change, not once per question** (\`data/analysis/derived.ts\`). Each practice's score means live in
  a temporary table per connection, filled on the first use after a change (the store's revision plus SQLite's
  \`total_changes()\`, so writes outside the dispatcher count too); the table's sort and filter by score join it instead of
  aggregating every score (the filtered page sorted by score: about 0.4 s → 35 ms at 100,000), and a page of the table
  reads just its 200 practices' scores. The facts the analyses read, and the filter menus' counts, are kept the same way.
  A filter now selects rowids (one \`group_concat\` row back), not fact rows.
- **Aggregates count, they do not sort** (\`data/analysis/columns.ts\`). Each numeric field is a column of indexes into its
  distinct values, each grouping field a column of group numbers; gap tables, the pivot and a practice's profile count
  small integers per group and read the mean, median and quartiles from the counts, summing in the same ascending order
  as \`data/statistics.ts\`. Before, every group and measure sorted its values (the mean sorts too): at 100,000 practices
  a gap table took about 0.6 s and a pivot 0.35–0.6 s even with the facts cached; now about 10 and 15 ms.
- **Counting on the way**: a filtered page of the table counts its matches with \`count(*) OVER ()\` in the page's own query
  instead of a second pass.
- **A narrow index for the filters** (migration 0007): country, type, delivery mode, scope, digital issuance, case-study
  flag, parent and id, so a filtered pass reads 100,000 short index entries instead of 100,000 wide rows (the filtered
  page sorted by score: about 52 → 35 ms at 100,000).
- **Less memory and time while building**: the facts are read in chunks of 5,000 rows as arrays, and repeated texts
  (countries, types) are kept once: the host's peak at 100,000 practices went from 423 MB to about 220 MB, and the first
  analysis after a change from about 3.9 s to about 1.9 s.
- **Practice writes keep their prepared statements** (import of 10,000 practices 6.0 → 4.4 s), and so do the history, the
  scores, the raters, the rubric and the checklist (\`data/statements.ts\`).
- **Scrolling the table** (\`renderer/src/PracticeTable.tsx\`, \`PracticeTableRow.tsx\`, \`PracticeTableHead.tsx\`,
  \`useStaggeredMount.ts\`, \`useRowSlots.ts\`): before, 1 to 12 of 601 frames over 25 ms at every size (worst 33–67 ms).
  Chromium traces showed each scroll step re-rendering every row in view and the header's filter menus and reading the
  header's height (a forced layout inside the scroll event), and a page of rows, or the jump, building some 50 rows in one
  frame, each with two compositing layers, placeholders too. Now the header and rows are memoised, the header is measured
  once and then by a ResizeObserver, at most six new rows are mounted a frame, and placeholder cells are not sticky. The
  visible trade: after a jump, rows appear over up to five frames instead of all at once.
- **The import** (\`data/csvImport/\`, \`data/scores.ts\`): see the import goal above (10,000 practices 4.4 → 1.3 s, their
  97,729 scores 20.7 → 2.0 s).
- **The practice export** grouped narratives and sources once instead of searching them for each practice, which was
  quadratic (100,000 practices 21 s → about 6 s).
- **Files up to 256 MB** (\`data/fileSchemas.ts\`, was 80 MB), so the 100,000-practice score file and dataset are imported
  and merged through the operations a user calls, not measured beside them.
- **A wrong page fixed on the way**: SQLite 3.51 (bundled with better-sqlite3) turns an \`EXISTS\` over several rows of a
  practice into a join, and \`OFFSET\` then counted a practice once per matching row: scrolling the table filtered by
  narratives or by two technology domains skipped practices. The subqueries now end in \`LIMIT 1\`, which keeps them
  subqueries (a test in \`data/practiceList.test.ts\` pages through such a filter).`;

export const METHOD_NOTES = `- Percentiles are nearest-rank: the p95 of 30 runs is the 29th fastest. Timings are wall clock
  (\`performance.now()\`) in one Node process; the sqlite3 figures include starting the command line (a few ms).
- The machine is shared: other work ran beside the benchmark (see the load average). Figures move by 10–30% between runs;
  medians are steadier than the 95th percentiles.
- The references compute the same answer with nothing kept between runs: the listing and analysis references aggregate
  every score each time, so where the app keeps derived data it is faster than its reference.
- Chromium runs headless with software rendering (\`--disable-gpu\`), which makes rendering slower than on a desktop.
- The maps are generated once and kept in \`.cache/bench/\`; when the schema changes they are upgraded as the app would
  upgrade a user's file (\`--fresh\` generates them again).`;
