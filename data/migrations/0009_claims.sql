-- Schema version 9: claims (issue 15, item 3). A figure a report prints ("mean hours of the
-- catalogue's specialities: 99"), recorded as a statistic over the practices a filter selects,
-- with the value as printed and its decimals; the app recomputes it (data/quality/claims.ts) and
-- flags those the data no longer gives. `filter` and `subset` are the practice filter as JSON,
-- checked with the API's schema wherever they come in (an edit, a merge) and again when read.
-- A history entity of its own ('claim', keyed by id), so an edit is one step to undo and a merge
-- compares each column as a field.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  quote TEXT,
  document TEXT,
  section TEXT,
  statistic TEXT NOT NULL CHECK (statistic IN ('count', 'share', 'mean', 'median', 'min', 'max', 'q1', 'q3')),
  measure TEXT,
  filter TEXT NOT NULL CHECK (json_valid(filter) AND json_type(filter) = 'object'),
  subset TEXT CHECK (subset IS NULL OR (json_valid(subset) AND json_type(subset) = 'object')),
  stated REAL NOT NULL,
  decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
