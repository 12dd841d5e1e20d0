-- Schema version 10: lenses (issue 15, item 1). One checklist mechanism for every lens the mapping
-- reads practices through: a lens is a named, versioned list of items, each answered per practice
-- on a scale (yes / partly / no / unknown) with a note and sources. The built-in lenses are defined
-- in code (data/domain/lenses.ts); the ones users define are stored here, one row per version.

-- A user-defined lens, one row per version: an edit adds a version (as the rubric does), and
-- answers stay tied to item ids, which keep their id from version to version. `items` is a JSON
-- array of {id, text, required, fields}, checked with the API's schema wherever it comes in.
CREATE TABLE lens_versions (
  lens_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  name TEXT NOT NULL,
  scale TEXT NOT NULL CHECK (scale IN ('yes_partly_no', 'yes_no')),
  items TEXT NOT NULL CHECK (json_valid(items) AND json_type(items) = 'array'),
  created_at TEXT NOT NULL,
  PRIMARY KEY (lens_id, version)
) STRICT, WITHOUT ROWID;

-- Every lens's answers. No row = unknown, so a new practice starts honest.
CREATE TABLE lens_answers (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  lens_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('yes', 'partly', 'no', 'unknown')),
  note TEXT,
  sources TEXT,
  PRIMARY KEY (practice_id, lens_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX lens_answers_by_item ON lens_answers (lens_id, item_id, status);

-- The EU information elements and the selection criteria become the built-in lenses 'eu_elements'
-- and 'selection_criteria': every stored answer moves, a ticked criterion is a 'yes' (an unticked
-- one had no row; a stored 'met = 0' is kept as a 'no').
INSERT INTO lens_answers (practice_id, lens_id, item_id, status, note, sources)
  SELECT practice_id, 'eu_elements', element_id, status, note, NULL FROM practice_elements;
INSERT INTO lens_answers (practice_id, lens_id, item_id, status, note, sources)
  SELECT practice_id, 'selection_criteria', criterion_id, CASE met WHEN 1 THEN 'yes' ELSE 'no' END, NULL, NULL FROM practice_criteria;
DROP TABLE practice_elements;
DROP TABLE practice_criteria;

-- A practice's recorded history states trade their `elements` and `criteria` parts for `answers`,
-- written as the history reads them (data/history/entities.ts: the last key, ordered by lens and
-- item, each {lens_id, item_id, status, note, sources}), since states are compared as JSON text:
-- undo and redo of changes made before this upgrade still find the records as recorded.
UPDATE changes SET before = json_set(json_remove(before, '$.elements', '$.criteria'), '$.answers', json((
    SELECT json_group_array(json_object('lens_id', lens_id, 'item_id', item_id, 'status', status, 'note', note, 'sources', NULL) ORDER BY lens_id, item_id)
    FROM (
      SELECT 'eu_elements' AS lens_id, json_extract(e.value, '$.element_id') AS item_id, json_extract(e.value, '$.status') AS status, json_extract(e.value, '$.note') AS note
        FROM json_each(changes.before, '$.elements') AS e
      UNION ALL
      SELECT 'selection_criteria', json_extract(c.value, '$.criterion_id'), CASE json_extract(c.value, '$.met') WHEN 1 THEN 'yes' ELSE 'no' END, NULL
        FROM json_each(changes.before, '$.criteria') AS c
    ))))
  WHERE entity = 'practice' AND before IS NOT NULL;
UPDATE changes SET after = json_set(json_remove(after, '$.elements', '$.criteria'), '$.answers', json((
    SELECT json_group_array(json_object('lens_id', lens_id, 'item_id', item_id, 'status', status, 'note', note, 'sources', NULL) ORDER BY lens_id, item_id)
    FROM (
      SELECT 'eu_elements' AS lens_id, json_extract(e.value, '$.element_id') AS item_id, json_extract(e.value, '$.status') AS status, json_extract(e.value, '$.note') AS note
        FROM json_each(changes.after, '$.elements') AS e
      UNION ALL
      SELECT 'selection_criteria', json_extract(c.value, '$.criterion_id'), CASE json_extract(c.value, '$.met') WHEN 1 THEN 'yes' ELSE 'no' END, NULL
        FROM json_each(changes.after, '$.criteria') AS c
    ))))
  WHERE entity = 'practice' AND after IS NOT NULL;
