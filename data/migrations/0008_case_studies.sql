-- Schema version 8: a practice's case-study write-up (issue 14), one row per section of D3.3's
-- template (data/domain/caseStudy.ts). No row = the section is empty. `blocks` is the section's
-- text as a JSON array of paragraphs and lists, `sources` a JSON array of {document, section};
-- both are checked with the API's zod schemas wherever they come in (an edit, an import, a merge).
-- A history entity of its own ('caseStudy', keyed by practice and section), so an edit is one
-- step to undo and a merge compares a section's text and sources as two fields.
CREATE TABLE case_study_sections (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  section_id TEXT NOT NULL CHECK (section_id IN ('general', 'context', 'stakeholders', 'design', 'digital', 'alignment', 'outcomes', 'sustainability', 'strengths', 'materials')),
  blocks TEXT NOT NULL CHECK (json_valid(blocks) AND json_type(blocks) = 'array'),
  sources TEXT NOT NULL CHECK (json_valid(sources) AND json_type(sources) = 'array'),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (practice_id, section_id)
) STRICT, WITHOUT ROWID;
