/**
 * The merge operations: a partner's dataset file arrives as bytes, is written to a private
 * temporary file and opened with every check a file the user opens gets (ours, not newer, no
 * foreign schema objects, integrity; an older one is upgraded in the temporary copy), then
 * compared with the open dataset. The partner's file itself is never changed.
 */
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { openChangeSetId, track } from '../history/history.js';
import { TRACKED } from '../history/entities.js';
import { jobStep } from '../jobs/context.js';
import { planMerge, type MergeWork } from './plan.js';
import type { MergeCounts, MergeLogEntry, MergePlan, MergeResult } from './model.js';
import type { datasetFileSchema, mergeRunInputSchema } from './schemas.js';
import { openStore, StoreOpenError } from '../store/store.js';

type DatasetFile = z.infer<typeof datasetFileSchema>;

/** Opens the partner's file as a dataset for the length of `use`, then removes the temporary copy. */
export function withPartnerFile<T>(file: DatasetFile, use: (db: Database) => T): T {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw new ApiFailure('invalid_input', `“${file.name}” is empty: there is nothing to merge.`);
  const dir = mkdtempSync(join(tmpdir(), 'autocredify-merge-'));
  const path = join(dir, 'partner.acmap');
  try {
    writeFileSync(path, bytes);
    let store;
    try {
      store = openStore(path, { checkIntegrity: true });
    } catch (error) {
      if (error instanceof StoreOpenError) throw new ApiFailure('invalid_input', `${error.message.replaceAll(path, `“${file.name}”`)} Nothing was merged.`);
      throw error;
    }
    try {
      return use(store.db);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkMerge(db: Database, file: DatasetFile): MergePlan {
  return withPartnerFile(file, (theirs) => planMerge(db, theirs, file.name).plan);
}

/** Runs inside the dispatcher's change set: every write is tracked, so the merge undoes as one step. */
export function runMerge(db: Database, input: z.output<typeof mergeRunInputSchema>): MergeResult {
  return withPartnerFile(input.file, (theirs) => {
    const work = planMerge(db, theirs, input.file.name, input.resolutions);
    if (input.dryRun || work.plan.upToDate) return { ...work.plan, committed: false, mergeId: null };
    if (work.unresolved > 0) {
      throw new ApiFailure(
        'conflict',
        `${work.unresolved} field${work.unresolved === 1 ? ' was' : 's were'} changed differently in both files; choose which value to keep for each, then merge again. Nothing was changed.`,
      );
    }
    return { ...work.plan, committed: true, mergeId: applyMerge(db, work) };
  });
}

function applyMerge(db: Database, work: MergeWork): number {
  // A new practice may arrive before its parent, a score before its rater: checked at commit.
  db.pragma('defer_foreign_keys = ON');
  work.writes.forEach((w, i) => {
    if (i % 200 === 0) jobStep('Merging', i, work.writes.length);
    // An added record was absent when the plan read it, in this transaction: its "before" need not be read again.
    track(db, w.entity, w.key, () => TRACKED[w.entity].write(db, w.key, w.state), w.kind === 'added');
  });
  const changeSetId = openChangeSetId(db);
  if (changeSetId === null) throw new Error('A merge must run inside a change set.');
  const summary = { counts: work.plan.counts, conflictsResolved: work.plan.conflicts.length };
  const mergeId = Number(
    db.prepare('INSERT INTO merges (change_set_id, file_name, merged_at, summary) VALUES (?, ?, ?, ?)').run(changeSetId, work.plan.fileName, new Date().toISOString(), JSON.stringify(summary))
      .lastInsertRowid,
  );
  const known = db.prepare('INSERT OR IGNORE INTO merged_change_sets (uid, merge_id) VALUES (?, ?)');
  for (const uid of work.uidsToRecord) known.run(uid, mergeId);
  return mergeId;
}

export function mergeLog(db: Database, limit: number): MergeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.file_name AS fileName, g.merged_at AS mergedAt, g.change_set_id AS changeSetId, c.label, c.undone_at IS NOT NULL AS undone, g.summary
       FROM merges g JOIN change_sets c ON c.id = g.change_set_id ORDER BY g.id DESC LIMIT ?`,
    )
    .all(limit) as { id: number; fileName: string; mergedAt: string; changeSetId: number; label: string; undone: number; summary: string }[];
  return rows.map(({ summary, undone, ...row }) => {
    const parsed = JSON.parse(summary) as { counts: Record<string, MergeCounts>; conflictsResolved: number };
    return { ...row, undone: undone === 1, counts: parsed.counts as MergeLogEntry['counts'], conflictsResolved: parsed.conflictsResolved };
  });
}
