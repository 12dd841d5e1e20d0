/** What the history operations return. Plain data; the renderer imports these types. */
export interface ChangeSetSummary {
  id: number;
  operation: string;
  label: string;
  raterId: string | null;
  createdAt: string;
  undoneAt: string | null;
  /** Records it changed. */
  changes: number;
}

export interface HistoryStatus {
  undo: ChangeSetSummary | null;
  redo: ChangeSetSummary | null;
}

export interface PracticeHistoryEntry {
  changeSet: ChangeSetSummary;
  /** practice: the record with its narratives and sources; score: one rater's score on one dimension; caseStudy: one section of its write-up. */
  entity: 'practice' | 'score' | 'consensus' | 'caseStudy';
  /** State before and after, as stored (null: did not exist). */
  before: unknown;
  after: unknown;
}
