-- Schema version 7: an index that holds the fields the filters test most, so that filtering
-- 100,000 practices reads this narrow index instead of every (wide) practice row: the table's
-- pages and the analyses stay under 50 ms at that size (docs/benchmarks.md). No data changes.
CREATE INDEX practices_filters ON practices (country, practice_type, delivery_mode, scope, digital_issuance, case_study, parent_id, id);
