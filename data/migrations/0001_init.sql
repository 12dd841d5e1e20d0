-- AutoCredify Mapper store, schema version 1.
-- Tables are STRICT so a value of the wrong type is refused by SQLite itself.

CREATE TABLE dimensions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  target REAL NOT NULL DEFAULT 3 CHECK (target BETWEEN 0 AND 4)
) STRICT;

-- The rubric is data: each edit makes a new version; scores record the version they were given under.
CREATE TABLE rubric_versions (
  version INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE rubric_descriptors (
  version INTEGER NOT NULL REFERENCES rubric_versions (version),
  dimension_id TEXT NOT NULL REFERENCES dimensions (id),
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  descriptor TEXT NOT NULL,
  PRIMARY KEY (version, dimension_id, level)
) STRICT, WITHOUT ROWID;

-- Raters carry stable ids so that merged files never match people by display name.
CREATE TABLE raters (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  team TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE practices (
  id TEXT PRIMARY KEY,
  -- A practice may contain units or courses (a catalogue's courses, a pathway's modules).
  parent_id TEXT REFERENCES practices (id),
  name TEXT NOT NULL,
  name_original TEXT,
  code TEXT,
  practice_number INTEGER,
  case_study INTEGER NOT NULL DEFAULT 0 CHECK (case_study IN (0, 1)),
  case_study_number INTEGER,
  country TEXT NOT NULL,
  region TEXT,
  scope TEXT,
  practice_type TEXT,
  type_as_stated TEXT,
  provider TEXT,
  technology_domains TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(technology_domains)),
  level TEXT,
  eqf_level INTEGER CHECK (eqf_level BETWEEN 1 AND 8),
  ects REAL,
  hours REAL,
  workload_note TEXT,
  delivery_mode TEXT,
  delivery_note TEXT,
  release_year INTEGER,
  registered_providers INTEGER,
  assessment_type TEXT,
  qa_type TEXT,
  digital_issuance TEXT,
  stackability TEXT,
  strengths TEXT,
  limitations TEXT,
  relevance TEXT,
  notes TEXT,
  -- Accent- and case-folded copy of the searchable text, written by data/practices.ts.
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX practices_parent ON practices (parent_id);
CREATE INDEX practices_country ON practices (country);
CREATE INDEX practices_name ON practices (name COLLATE NOCASE);

-- The comparison-table cell of a practice for a dimension.
CREATE TABLE narratives (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  dimension_id TEXT NOT NULL REFERENCES dimensions (id),
  text TEXT NOT NULL,
  PRIMARY KEY (practice_id, dimension_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  document TEXT NOT NULL,
  section TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX sources_practice ON sources (practice_id, position);

-- One row per practice x dimension x rater. value NULL = not rated (evidence may already be there).
CREATE TABLE scores (
  practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  dimension_id TEXT NOT NULL REFERENCES dimensions (id),
  rater_id TEXT NOT NULL REFERENCES raters (id),
  value INTEGER CHECK (value BETWEEN 0 AND 4),
  evidence TEXT,
  confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
  rubric_version INTEGER NOT NULL REFERENCES rubric_versions (version),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (practice_id, dimension_id, rater_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX scores_rater ON scores (rater_id);

-- Small JSON values: UI preferences and, later, analysis settings.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;
