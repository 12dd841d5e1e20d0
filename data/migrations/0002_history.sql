-- Schema version 2: history. Every change to the data is recorded as a change set (one user
-- action: an edit, an import, a merge) holding the state before and after of each record it
-- touched, so any change set can be undone and redone, also after a restart.

CREATE TABLE change_sets (
  id INTEGER PRIMARY KEY,
  -- The operation that made it (e.g. practices.update, import.run).
  operation TEXT NOT NULL,
  label TEXT NOT NULL,
  -- Who was scoring when the change was made (null when nobody was chosen).
  rater_id TEXT,
  created_at TEXT NOT NULL,
  -- Set while the change set is undone; cleared again by redo.
  undone_at TEXT
) STRICT;

-- One record's state before and after (JSON; NULL = the record did not exist).
CREATE TABLE changes (
  change_set_id INTEGER NOT NULL REFERENCES change_sets (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  PRIMARY KEY (change_set_id, seq)
) STRICT, WITHOUT ROWID;

CREATE INDEX changes_entity ON changes (entity, entity_key);
