/** What the merge operations return. Plain data; the renderer imports these types. */
/** The kinds of record history tracks (data/historyEntities.ts). */

export type MergeEntity = 'practice' | 'score' | 'rater' | 'dimension' | 'setting' | 'consensus' | 'rubric' | 'caseStudy' | 'claim' | 'lens';

/** The same field changed on both sides since the files diverged: the user chooses. */
export interface MergeConflict {
  /** Stable id of this choice: pass it back in merge.run's `resolutions`. */
  id: string;
  entity: MergeEntity;
  /** “SFS 6002”, Governance, scored by Ana — for the list. */
  record: string;
  /** Link target when the record is a practice or one of its scores. */
  practiceId: string | null;
  field: string;
  fieldLabel: string;
  /** Values as shown (null: empty or absent). `base` is the value both files had before. */
  ours: string | null;
  theirs: string | null;
  base: string | null;
}

export interface MergeCounts {
  added: number;
  updated: number;
  removed: number;
}

export interface MergePlan {
  fileName: string;
  /** The partner's changes (edits, imports, merges) that this dataset has not seen yet. */
  newChangeSets: number;
  counts: Record<MergeEntity, MergeCounts>;
  conflicts: MergeConflict[];
  /** Raters whose scores arrive with this merge (name and team as the partner entered them). */
  raters: { id: string; name: string; team: string | null; scores: number }[];
  /** Anything else the user should know (records kept because they still have components here...). */
  notes: string[];
  /** Nothing to do: every change in the file is already here (for example, it was merged before). */
  upToDate: boolean;
}

export interface MergeResult extends MergePlan {
  committed: boolean;
  /** The record of this merge (see merge.log); null when nothing was written. */
  mergeId: number | null;
}

/** One merge as recorded: which file, when, what it did, and whether it is still in force. */
export interface MergeLogEntry {
  id: number;
  fileName: string;
  mergedAt: string;
  changeSetId: number;
  label: string;
  undone: boolean;
  counts: Record<MergeEntity, MergeCounts>;
  conflictsResolved: number;
}
