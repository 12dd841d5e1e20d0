-- Schema version 4: merging partners' dataset files.
-- A change set gets a uid that stays the same in every copy of the file, so that two copies can
-- tell which changes they share (made before the file was sent) and which each made since.
ALTER TABLE change_sets ADD COLUMN uid TEXT;
UPDATE change_sets SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX change_sets_uid ON change_sets (uid);

-- Each merge is recorded: which file, when, and what it did (the change set holds every record
-- it changed, so the merge can be undone as one step).
CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  change_set_id INTEGER NOT NULL REFERENCES change_sets (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  merged_at TEXT NOT NULL,
  summary TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;

-- The partner's change sets a merge brought in: known from then on, so merging the same file
-- again finds nothing new. They stop counting when the merge is undone.
CREATE TABLE merged_change_sets (
  uid TEXT NOT NULL,
  merge_id INTEGER NOT NULL REFERENCES merges (id) ON DELETE CASCADE,
  PRIMARY KEY (uid, merge_id)
) STRICT, WITHOUT ROWID;
