-- Schema version 3: names sort as people read them ("Ávila" with the A's, not after "Z").
-- sort_name is the accent- and case-folded name, written by data/practices.ts; fold() is the
-- function every connection registers (data/search.ts).
ALTER TABLE practices ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
UPDATE practices SET sort_name = fold(name);
CREATE INDEX practices_sort_name ON practices (sort_name, id);
