-- Schema version 5: EU micro-credential information elements, the mapping's selection criteria
-- and the case-study shortlist (issue #5, items 5 and 6).

-- Whether a practice's credentials document each information element of the Council
-- Recommendation (data/euElements.ts). No row = unknown, so a new practice starts honest.
CREATE TABLE practice_elements (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  element_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('yes', 'partly', 'no', 'unknown')),
  note TEXT,
  PRIMARY KEY (practice_id, element_id)
) STRICT, WITHOUT ROWID;

-- The D3.2 Annex 1 selection criteria a practice meets (data/selectionCriteria.ts). No row = not ticked.
CREATE TABLE practice_criteria (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  criterion_id TEXT NOT NULL,
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  PRIMARY KEY (practice_id, criterion_id)
) STRICT, WITHOUT ROWID;

-- The researchers' own shortlist of case-study candidates; case_study stays the documents' selection.
ALTER TABLE practices ADD COLUMN shortlisted INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0, 1));

-- A practice's recorded history states gain the new parts (empty, as they were then), so undo and
-- redo of changes made before this upgrade still find the records as recorded. Keys are added in
-- the order the history reads them (data/historyEntities.ts), since states are compared as JSON text.
UPDATE changes SET before = json_set(before, '$.row.shortlisted', 0, '$.elements', json('[]'), '$.criteria', json('[]'))
  WHERE entity = 'practice' AND before IS NOT NULL;
UPDATE changes SET after = json_set(after, '$.row.shortlisted', 0, '$.elements', json('[]'), '$.criteria', json('[]'))
  WHERE entity = 'practice' AND after IS NOT NULL;
