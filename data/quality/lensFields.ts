/**
 * The rule "fields a lens needs that are empty": a lens item may name the practice fields an answer
 * rests on (data/domain/lenses.ts); a practice answering yes or partly on such an item while one of
 * those fields is empty is flagged, since the answer then cites nothing the record holds.
 */
import type { Database } from 'better-sqlite3';
import { fieldLabel } from '../domain/fields.js';
import { listLenses } from '../lenses/index.js';
import { COLUMN_OF } from '../practices/index.js';
import type { QualityFinding } from './model.js';
import { QUALITY_RULES } from './schemas.js';

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && (value.trim() === '' || value === '[]'));

export function lensFieldsEmpty(db: Database): QualityFinding[] {
  const found: QualityFinding[] = [];
  for (const lens of listLenses(db)) {
    type Column = keyof typeof COLUMN_OF;
    const needs = new Map<string, Column[]>();
    for (const i of lens.items) {
      const fields = i.fields.filter((f): f is Column => f in COLUMN_OF);
      if (fields.length > 0) needs.set(i.id, fields);
    }
    if (needs.size === 0) continue;
    const rows = db
      .prepare(
        `SELECT p.*, a.item_id AS lens_item, a.status AS lens_status FROM lens_answers a JOIN practices p ON p.id = a.practice_id
         WHERE a.lens_id = ? AND a.status IN ('yes', 'partly') ORDER BY p.name COLLATE NOCASE, p.id`,
      )
      .all(lens.id) as Record<string, unknown>[];
    for (const row of rows) {
      const fields = needs.get(String(row.lens_item)) ?? [];
      const empty = fields.filter((f) => isEmpty(row[COLUMN_OF[f]]));
      if (empty.length === 0) continue;
      const item = lens.items.find((i) => i.id === row.lens_item)!;
      found.push({
        rule: 'lens.neededFieldEmpty',
        severity: QUALITY_RULES['lens.neededFieldEmpty'].severity,
        practiceId: String(row.id),
        practiceName: String(row.name),
        related: [],
        message: `${lens.name}: “${item.text}” is answered ${String(row.lens_status)}, but ${empty.map((f) => fieldLabel(f)).join(' and ')} ${empty.length === 1 ? 'is' : 'are'} empty.`,
      });
    }
  }
  return found;
}
