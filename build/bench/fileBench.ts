/**
 * Datasets as files: Save As (SQLite's online backup in steps, so the app stays responsive)
 * beside the sqlite3 command line's `.backup` of the same file, and the merge of a partner's copy.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../data/contract/dispatch.js';
import { OPERATION_NAMES } from '../../data/contract/contract.js';
import type { Envelope } from '../../data/domain/envelope.js';
import { withChangeSet } from '../../data/history/history.js';
import type { ImportResult } from '../../data/import/model.js';
import type { MergeResult } from '../../data/merge/model.js';
import { runMerge } from '../../data/merge/operations.js';
import { openStore, type Store } from '../../data/store/store.js';
import { saveStoreAs } from '../../data/store/files.js';
import { noteWrite } from '../../data/store/revision.js';
import { copyMap, removeDatabase, type BenchMap } from './maps.js';
import { percentile, time, timeAsync, timeCommand } from './timing.js';

export interface SaveAsFigure {
  megabytes: number;
  runs: number;
  ours: number;
  reference: number;
}

export async function benchSaveAs(map: BenchMap, sqlite3: string, scratch: string, runs: number): Promise<SaveAsFigure> {
  const source = copyMap(map, join(scratch, 'save-source.acmap'));
  const store = openStore(source);
  const ours: number[] = [];
  const reference: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const target = join(scratch, `saved-${run}.acmap`);
      removeDatabase(target);
      ours.push(await timeAsync(() => saveStoreAs(store, target)));
      removeDatabase(target);
      reference.push(timeCommand(sqlite3, [source, `.backup ${target}`]));
      removeDatabase(target);
    }
  } finally {
    store.close();
    removeDatabase(source);
  }
  return { megabytes: statSync(map.path).size / 1024 ** 2, runs, ours: percentile(ours, 50), reference: percentile(reference, 50) };
}

// ---------------------------------------------------------------------------------------------
// MERGE of the 100,000-practice file: a copy into which a second rater's scores were written
// (through the app, so they are in its history as they would be), merged back into the map.
// ---------------------------------------------------------------------------------------------

export type MergeFigure =
  | { status: 'pending'; reason: string }
  | { status: 'measured'; ours: number; reference: number; scores: number; megabytes: number; detail: string };

/** The partner scores every fifth practice on every dimension: a country team's share of the map. */
const PARTNER_SHARE = 5;
const PARTNER = { id: 'bench-partner', name: 'Partner rater', team: 'Finland' };

function partnerScores(store: Store): { csv: string; rows: number } {
  const ids = store.db.prepare('SELECT id FROM practices ORDER BY rowid').pluck().all() as string[];
  const dimensions = store.db.prepare('SELECT name FROM dimensions ORDER BY position').pluck().all() as string[];
  const lines = ['Practice id,Dimension,Rater id,Rater,Team,Score'];
  ids.forEach((id, i) => {
    if (i % PARTNER_SHARE !== 0) return;
    dimensions.forEach((dimension, d) => lines.push(`${id},${dimension},${PARTNER.id},${PARTNER.name},${PARTNER.team},${(i + d) % 5}`));
  });
  return { csv: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

function ok<T>(result: Envelope<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value as T;
}

export function benchMerge(map: BenchMap, sqlite3: string, scratch: string): MergeFigure {
  if (!OPERATION_NAMES.includes('merge.run')) return { status: 'pending', reason: 'the merge operation (merge.run) is not in data/contract.ts yet' };
  const partnerPath = copyMap(map, join(scratch, 'partner.acmap'));
  const partner = openStore(partnerPath);
  let scores;
  try {
    const file = partnerScores(partner);
    scores = file.rows;
    const imported = ok<ImportResult>(dispatch(partner, 'import.run', { file: { name: 'partner-scores.csv', contentBase64: Buffer.from(file.csv).toString('base64') } }), 'partner scores');
    if (imported.counts.new !== scores) throw new Error(`the partner's scores did not all import (${JSON.stringify(imported.counts)})`);
    partner.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    partner.close();
  }
  const oursPath = copyMap(map, join(scratch, 'ours.acmap'));
  const ours = openStore(oursPath);
  let detail = '';
  let elapsed: number;
  try {
    const file = { name: 'partner.acmap', contentBase64: readFileSync(partnerPath).toString('base64') };
    let result: MergeResult | undefined;
    elapsed = time(() => {
      const envelope = dispatch(ours, 'merge.run', { file });
      if (!envelope.ok && envelope.error.code === 'invalid_input' && /larger than/.test(envelope.error.message)) {
        // Refused for its size (over the limit in data/fileSchemas.ts): the same work through the data layer, as the dispatcher runs it.
        detail = `merge.run refused the file (“${envelope.error.message}”); measured through the data layer (runMerge in a change set). `;
        result = withChangeSet(ours.db, { operation: 'merge.run', raterId: null }, () => runMerge(ours.db, { file, resolutions: {}, dryRun: false }), () => 'Merge');
        noteWrite(ours.db);
      } else {
        result = ok<MergeResult>(envelope, 'merge');
      }
    });
    const merged = result as MergeResult;
    detail += `${merged.committed ? 'committed' : 'NOT committed'}: scores ${merged.counts.score.added} added, ${merged.counts.score.updated} updated; raters ${merged.counts.rater.added} added; ${merged.conflicts.length} conflicts`;
  } finally {
    ours.close();
  }
  // The reference moves the same rows with nothing checked: attach the partner's file, copy its new rater and scores.
  const reference = copyMap(map, join(scratch, 'reference.acmap'));
  const referenceMs = timeCommand(sqlite3, [
    reference,
    `ATTACH '${partnerPath}' AS partner`,
    `BEGIN; INSERT INTO raters SELECT * FROM partner.raters WHERE id NOT IN (SELECT id FROM main.raters); INSERT INTO scores SELECT * FROM partner.scores WHERE rater_id = '${PARTNER.id}'; COMMIT;`,
  ]);
  for (const path of [partnerPath, oursPath, reference]) removeDatabase(path);
  return { status: 'measured', ours: elapsed, reference: referenceMs, scores, megabytes: statSync(map.path).size / 1024 ** 2, detail };
}
