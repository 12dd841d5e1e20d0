/**
 * The practices and the scores as plain tables, in a form the CSV import reads back: practice
 * columns carry the import's own labels, scores come in long form (one row per practice,
 * dimension and rater) with everything that travels with a score.
 */
import type { Database } from 'better-sqlite3';
import { IMPORT_TARGETS, type ImportTarget } from '../practices/schemas.js';
import { CHECKLIST_TARGETS, checklistPartOf } from '../practices/schemas.js';
import { ELEMENT_STATUS_LABELS, type ElementStatus } from '../domain/euElements.js';
import {
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE_LABELS,
  PRACTICE_TYPE_LABELS,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAIN_LABELS,
  type DimensionId,
} from '../domain/domain.js';
import type { Practice } from '../practices/model.js';
import { filteredPractices, type ValidFilter } from '../practices/index.js';
import { scoresBySource, seesScoreSql, viewerOf, type Viewer } from '../scoring/index.js';
import { practiceFromRow, type DbRow } from '../practices/index.js';
import type { Cell, DataTable, TableColumn } from './dataTable.js';

export function filteredIds(db: Database, filter: ValidFilter, viewer: Viewer): string[] {
  const { sql, params } = filteredPractices(filter, { meansTable: () => scoresBySource(db, viewer) });
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
  // Grouped once: looking each practice's narratives up in the whole list made a large export quadratic.
  const narrativesOf = new Map<string, Partial<Record<DimensionId, string>>>();
  for (const n of narratives) {
    let own = narrativesOf.get(n.id);
    if (!own) narrativesOf.set(n.id, (own = {}));
    own[n.d] = n.text;
  }
  const sourcesOf = new Map<string, { document: string; section: string }[]>();
  for (const { id, document, section } of sources) {
    let refs = sourcesOf.get(id);
    if (!refs) sourcesOf.set(id, (refs = []));
    refs.push({ document, section });
  }
  const byId = new Map(rows.map((row) => [String(row.id), practiceFromRow(row, narrativesOf.get(String(row.id)) ?? {}, sourcesOf.get(String(row.id)) ?? [])]));
  return ids.map((id) => byId.get(id)).filter((p): p is Practice => p !== undefined);
}

// The checklist columns come after these, from their own tables (checklistColumns).
export const COLUMNS = IMPORT_TARGETS.filter((t) => !t.target.startsWith('score:') && checklistPartOf(t.target) === null);

export function cellOf(practice: Practice, target: ImportTarget): Cell {
  if (target === 'id') return practice.id;
  if (target.startsWith('narrative:')) return practice.narratives[target.slice('narrative:'.length) as DimensionId] ?? null;
  switch (target) {
    case 'caseStudy':
      return practice.caseStudy ? 'yes' : 'no';
    case 'shortlisted':
      return practice.shortlisted ? 'yes' : 'no';
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

export function practicesDataTable(db: Database, filter: ValidFilter, viewer: Viewer = viewerOf(db)): DataTable {
  const practices = loadPractices(db, filteredIds(db, filter, viewer));
  const checklist = checklistColumns(db, practices.map((p) => p.id));
  const columns: TableColumn[] = [...COLUMNS.map((t): TableColumn => ({ label: t.label, kind: t.kind === 'number' ? 'number' : 'text' })), ...checklist.columns];
  return { title: 'Practices', columns, rows: practices.map((p) => [...COLUMNS.map((t) => cellOf(p, t.target)), ...checklist.cellsOf(p.id)]) };
}

/**
 * After the fields: each EU information element's status and note, then each selection criterion
 * (yes or no). Headings are the ones the import reads back (csvImport/checklistTargets.ts).
 */
export function checklistColumns(db: Database, ids: string[]): { columns: TableColumn[]; cellsOf(id: string): Cell[] } {
  const json = JSON.stringify(ids);
  const elements = new Map<string, { status: ElementStatus; note: string | null }>();
  for (const e of db.prepare("SELECT practice_id AS id, item_id AS element, status, note FROM lens_answers WHERE lens_id = 'eu_elements' AND practice_id IN (SELECT value FROM json_each(?))").all(json) as {
    id: string;
    element: string;
    status: ElementStatus;
    note: string | null;
  }[]) {
    elements.set(`${e.id}\u0000${e.element}`, e);
  }
  const met = new Set(
    (db.prepare("SELECT practice_id AS id, item_id AS criterion FROM lens_answers WHERE lens_id = 'selection_criteria' AND status = 'yes' AND practice_id IN (SELECT value FROM json_each(?))").all(json) as { id: string; criterion: string }[]).map(
      (c) => `${c.id}\u0000${c.criterion}`,
    ),
  );
  const parts = CHECKLIST_TARGETS.map((t) => t.target.split(':') as [string, string]);
  return {
    columns: CHECKLIST_TARGETS.map((t): TableColumn => ({ label: t.label, kind: 'text' })),
    cellsOf: (id) =>
      parts.map(([part, key]): Cell => {
        if (part === 'criterion') return met.has(`${id}\u0000${key}`) ? 'yes' : 'no';
        const element = elements.get(`${id}\u0000${key}`);
        return part === 'element' ? ELEMENT_STATUS_LABELS[element?.status ?? 'unknown'] : (element?.note ?? null);
      }),
  };
}

const text = (label: string): TableColumn => ({ label, kind: 'text' });
const number = (label: string): TableColumn => ({ label, kind: 'number' });

export const SCORE_COLUMNS: TableColumn[] = [
  text('Practice id'),
  text('Practice'),
  text('Dimension'),
  text('Rater id'),
  text('Rater'),
  text('Team'),
  number('Score'),
  text('Evidence'),
  text('Confidence'),
  number('Rubric version'),
  text('Updated at'),
];

/**
 * The long-form scores' rows, SCORE_COLUMNS' cells in order, as one query yields them (the CSV
 * export writes them as they come, csvStream.ts). In blind mode, only the viewer's own scores and
 * those on pairs they have scored (scoring/viewer.ts).
 */
export function scoreRows(db: Database, filter: ValidFilter, viewer: Viewer = viewerOf(db)): IterableIterator<Cell[]> {
  const ids = filteredIds(db, filter, viewer);
  return db
    .prepare(
      `SELECT s.practice_id, p.name AS practice, d.name AS dimension, s.rater_id, r.name AS rater, r.team, s.value, s.evidence, s.confidence, s.rubric_version, s.updated_at
       FROM scores s JOIN practices p ON p.id = s.practice_id JOIN dimensions d ON d.id = s.dimension_id JOIN raters r ON r.id = s.rater_id
       WHERE s.practice_id IN (SELECT value FROM json_each(?)) AND ${seesScoreSql(viewer, 's')}
       ORDER BY p.name COLLATE NOCASE, s.practice_id, d.position, r.name, s.rater_id`,
    )
    .raw()
    .iterate(JSON.stringify(ids)) as IterableIterator<Cell[]>;
}

export function scoresDataTable(db: Database, filter: ValidFilter, viewer: Viewer = viewerOf(db)): DataTable {
  return { title: 'Scores', columns: SCORE_COLUMNS, rows: [...scoreRows(db, filter, viewer)] };
}
