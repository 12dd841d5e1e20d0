-- Schema version 6: consensus. Where raters differ, the team records the score it agreed on,
-- with its rationale; views can use it in place of the raters' mean (see data/scoreSource.ts).
CREATE TABLE consensus_scores (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  dimension_id TEXT NOT NULL REFERENCES dimensions (id),
  value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 4),
  rationale TEXT NOT NULL,
  -- Who recorded it (the current rater at the time), for the history and the queue.
  recorded_by TEXT REFERENCES raters (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (practice_id, dimension_id)
) STRICT, WITHOUT ROWID;
