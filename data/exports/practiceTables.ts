/**
 * The practices and the scores as plain tables, in a form the CSV import reads back: practice
 * columns carry the import's own labels, scores come in long form (one row per practice,
 * dimension and rater) with everything that travels with a score.
 */
import type { Database } from 'better-sqlite3';
import { IMPORT_TARGETS, type ImportTarget } from '../csvImport/targets.js';
import {
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPE_LABELS,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAIN_LABELS,
  type DimensionId,
} from '../domain.js';
import type { Practice } from '../model.js';
import { filteredPractices, type ValidFilter } from '../practiceList.js';
import { practiceFromRow, type DbRow } from '../practiceRecords.js';
import type { Cell, DataTable, TableColumn } from './dataTable.js';

function filteredIds(db: Database, filter: ValidFilter): string[] {
  const { sql, params } = filteredPractices(filter);
  return (db.prepare(`SELECT p.id ${sql} ORDER BY p.sort_name, p.id`).all(...params) as { id: string }[]).map((r) => r.id);
}

function loadPractices(db: Database, ids: string[]): Practice[] {
  const json = JSON.stringify(ids);
  const rows = db.prepare('SELECT * FROM practices WHERE id IN (SELECT value FROM json_each(?))').all(json) as DbRow[];
  const narratives = db.prepare('SELECT practice_id AS id, dimension_id AS d, text FROM narratives WHERE practice_id IN (SELECT value FROM json_each(?))').all(json) as {
    id: string;
    d: DimensionId;
    text: string;
  }[];
  const sources = db
    .prepare('SELECT practice_id AS id, document, section FROM sources WHERE practice_id IN (SELECT value FROM json_each(?)) ORDER BY practice_id, position')
    .all(json) as { id: string; document: string; section: string }[];
  const byId = new Map(
    rows.map((row) => {
      const id = String(row.id);
      const own = Object.fromEntries(narratives.filter((n) => n.id === id).map((n) => [n.d, n.text]));
      const refs = sources.filter((s) => s.id === id).map(({ document, section }) => ({ document, section }));
      return [id, practiceFromRow(row, own, refs)];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((p): p is Practice => p !== undefined);
}

const COLUMNS = IMPORT_TARGETS.filter((t) => !t.target.startsWith('score:'));

function cellOf(practice: Practice, target: ImportTarget): Cell {
  if (target === 'id') return practice.id;
  if (target.startsWith('narrative:')) return practice.narratives[target.slice('narrative:'.length) as DimensionId] ?? null;
  switch (target) {
    case 'caseStudy':
      return practice.caseStudy ? 'yes' : 'no';
    case 'scope':
      return practice.scope ? SCOPE_LABELS[practice.scope] : null;
    case 'practiceType':
      return practice.practiceType ? PRACTICE_TYPE_LABELS[practice.practiceType] : null;
    case 'deliveryMode':
      return practice.deliveryMode ? DELIVERY_MODE_LABELS[practice.deliveryMode] : null;
    case 'digitalIssuance':
      return practice.digitalIssuance ? DIGITAL_ISSUANCE_LABELS[practice.digitalIssuance] : null;
    case 'technologyDomains':
      return practice.technologyDomains.length > 0 ? practice.technologyDomains.map((d) => TECHNOLOGY_DOMAIN_LABELS[d]).join('; ') : null;
    case 'sources':
      return practice.sources.length > 0 ? practice.sources.map((s) => (s.section ? `${s.document} (${s.section})` : s.document)).join('\n') : null;
    default:
      return (practice as unknown as Record<string, Cell>)[target] ?? null;
  }
}

export function practicesDataTable(db: Database, filter: ValidFilter): DataTable {
  const practices = loadPractices(db, filteredIds(db, filter));
  const columns: TableColumn[] = COLUMNS.map((t) => ({ label: t.label, kind: t.kind === 'number' ? 'number' : 'text' }));
  return { title: 'Practices', columns, rows: practices.map((p) => COLUMNS.map((t) => cellOf(p, t.target))) };
}

export function scoresDataTable(db: Database, filter: ValidFilter): DataTable {
  const ids = filteredIds(db, filter);
  const rows = db
    .prepare(
      `SELECT s.practice_id, p.name AS practice, d.name AS dimension, s.rater_id, r.name AS rater, r.team, s.value, s.evidence, s.confidence, s.rubric_version, s.updated_at
       FROM scores s JOIN practices p ON p.id = s.practice_id JOIN dimensions d ON d.id = s.dimension_id JOIN raters r ON r.id = s.rater_id
       WHERE s.practice_id IN (SELECT value FROM json_each(?))
       ORDER BY p.name COLLATE NOCASE, s.practice_id, d.position, r.name, s.rater_id`,
    )
    .all(JSON.stringify(ids)) as Record<string, string | number | null>[];
  const text = (label: string): TableColumn => ({ label, kind: 'text' });
  const number = (label: string): TableColumn => ({ label, kind: 'number' });
  return {
    title: 'Scores',
    columns: [text('Practice id'), text('Practice'), text('Dimension'), text('Rater id'), text('Rater'), text('Team'), number('Score'), text('Evidence'), text('Confidence'), number('Rubric version'), text('Updated at')],
    rows: rows.map((r) => [r.practice_id, r.practice, r.dimension, r.rater_id, r.rater, r.team, r.value, r.evidence, r.confidence, r.rubric_version, r.updated_at] as Cell[]),
  };
}
