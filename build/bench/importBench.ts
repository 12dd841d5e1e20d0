/**
 * CSV import throughput: the app's own export of a map, imported by the app into a new dataset
 * (decode, header matching, plan, one transaction with history), beside the sqlite3 command
 * line's `.import` of the same file into a new table, which only parses and inserts text: the
 * practical limit for getting those bytes into SQLite.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../data/contract/dispatch.js';
import type { ImportResult } from '../../data/import/model.js';
import type { Store } from '../../data/store/store.js';
import { createEmptyStore } from '../../data/store/files.js';
import { removeDatabase } from './maps.js';
import { log, percentile, time, timeCommand } from './timing.js';

export interface ImportFigure {
  /** practices or scores (long form). */
  file: 'practices' | 'scores';
  rows: number;
  megabytes: number;
  runs: number;
  exportMs: number;
  exportReferenceMs: number;
  importMs: number;
  importReferenceMs: number;
  /** What the import said it did, to show it did the whole file; or why it did not run. */
  counts: string;
  /** Set when the app refused the file (too large for import.run): no import figures. */
  refused?: string;
}

function exportCsv(store: Store, view: 'practices' | 'scores'): string {
  const result = dispatch(store, 'analysis.export', { view, input: {}, format: 'csv' });
  if (!result.ok) throw new Error(`export ${view}: ${result.error.message}`);
  return (result.value as { content: string }).content;
}

function sqliteExport(sqlite3: string, db: string, out: string, view: 'practices' | 'scores'): number {
  const table = view === 'practices' ? 'practices' : 'scores';
  return timeCommand(sqlite3, ['-readonly', db, '.headers on', '.mode csv', `.once ${out}`, `SELECT * FROM ${table}`]);
}

class Refused extends Error {}

function importInto(store: Store, name: string, base64: string): ImportResult {
  const result = dispatch(store, 'import.run', { file: { name, contentBase64: base64 }, key: 'id' });
  if (!result.ok && result.error.code === 'invalid_input' && /larger than/.test(result.error.message)) throw new Refused(result.error.message);
  if (!result.ok) throw new Error(`import ${name}: ${result.error.message}`);
  return result.value as ImportResult;
}

/**
 * `source` is the map to export from (opened by the caller); `scratch` a folder for the files.
 * Scores are imported into the dataset the practices went into, as a partner's file would be.
 */
export function benchImport(source: Store, sqlite3: string, scratch: string, options: { runs: number; scores: boolean }): ImportFigure[] {
  const figures: ImportFigure[] = [];
  const views: ('practices' | 'scores')[] = options.scores ? ['practices', 'scores'] : ['practices'];
  const csv: Partial<Record<'practices' | 'scores', { path: string; base64: string; exportMs: number; exportReferenceMs: number }>> = {};
  for (const view of views) {
    const path = join(scratch, `${view}.csv`);
    let content = '';
    const exportMs = time(() => (content = exportCsv(source, view)));
    writeFileSync(path, content);
    const exportReferenceMs = sqliteExport(sqlite3, source.path, join(scratch, `${view}-sqlite3.csv`), view);
    csv[view] = { path, base64: readFileSync(path).toString('base64'), exportMs, exportReferenceMs };
  }
  const samples: Record<string, { ours: number[]; reference: number[]; counts: string; rows: number }> = {};
  const refused: Partial<Record<'practices' | 'scores', string>> = {};
  for (let run = 0; run < options.runs; run++) {
    const target = join(scratch, `import-${run}.acmap`);
    removeDatabase(target);
    const store = createEmptyStore(target);
    try {
      for (const view of views) {
        const file = csv[view] as NonNullable<(typeof csv)['practices']>;
        if (refused[view]) continue;
        let result: ImportResult | undefined;
        let ours: number;
        try {
          ours = time(() => (result = importInto(store, `${view}.csv`, file.base64)));
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          refused[view] = error.message;
          log(`  import ${view}: refused (${error.message})`);
          continue;
        }
        const reference = join(scratch, `sqlite3-${view}-${run}.db`);
        removeDatabase(reference);
        const referenceMs = timeCommand(sqlite3, [reference, '.mode csv', `.import ${file.path} imported`]);
        removeDatabase(reference);
        const entry = (samples[view] ??= { ours: [], reference: [], counts: '', rows: 0 });
        entry.ours.push(ours);
        entry.reference.push(referenceMs);
        const c = (result as ImportResult).counts;
        entry.counts = `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected`;
        entry.rows = c.new + c.updated + c.unchanged + c.rejected;
        log(`  import ${view} run ${run + 1}: ${Math.round(ours)} ms (sqlite3 .import ${Math.round(referenceMs)} ms)`);
      }
    } finally {
      store.close();
      removeDatabase(target);
    }
  }
  for (const view of views) {
    const file = csv[view] as NonNullable<(typeof csv)['practices']>;
    const entry = samples[view] ?? { ours: [], reference: [], counts: '', rows: 0 };
    figures.push({
      ...(refused[view] ? { refused: refused[view] } : {}),
      file: view,
      rows: entry.rows,
      megabytes: statSync(file.path).size / 1024 ** 2,
      runs: options.runs,
      exportMs: file.exportMs,
      exportReferenceMs: file.exportReferenceMs,
      importMs: percentile(entry.ours, 50),
      importReferenceMs: percentile(entry.reference, 50),
      counts: entry.counts,
    });
  }
  return figures;
}
