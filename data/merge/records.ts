/**
 * How a merge sees one tracked record: as named fields people edit, so that two people who
 * changed different fields of the same practice both keep their work, and only the same field
 * changed on both sides needs a choice. Times and the folded search text are not fields: they
 * follow from the fields chosen.
 */
import type { Database } from 'better-sqlite3';
import type { EntityName, EntityState } from '../history/entities.js';
import { targetInfo, isPracticeFieldTarget } from '../practices/schemas.js';
import { COLUMN_OF, practiceFromRow, searchTextOf, type DbRow } from '../practices/index.js';
import { foldForSearch } from '../store/search.js';
import { caseStudySectionHeading, type CaseStudySectionId } from '../domain/caseStudy.js';
import type { Practice } from '../practices/model.js';

type Row = Record<string, unknown>;
export type Side = 'ours' | 'theirs';

/** Columns that are keys, times or derived text: never compared, never a conflict. */
const NOT_FIELDS: Record<EntityName, ReadonlySet<string>> = {
  practice: new Set(['id', 'created_at', 'updated_at', 'search_text', 'sort_name']),
  score: new Set(['practice_id', 'dimension_id', 'rater_id', 'created_at', 'updated_at', 'rubric_version']),
  rater: new Set(['id', 'created_at']),
  dimension: new Set(['id']),
  setting: new Set(['key']),
  consensus: new Set(['practice_id', 'dimension_id', 'created_at', 'updated_at', 'recorded_by']),
  rubric: new Set(['version', 'created_at']),
  caseStudy: new Set(['practice_id', 'section_id', 'updated_at']),
  claim: new Set(['id', 'created_at', 'updated_at']),
  lens: new Set(['lens_id', 'version', 'created_at']),
};

/**
 * Lists inside a practice's state whose items are fields of their own, by their key columns (an
 * answer is keyed by lens and item, joined by a slash: neither id holds one).
 */
const KEYED_PARTS: Record<string, readonly string[]> = { narratives: ['dimension_id'], answers: ['lens_id', 'item_id'] };
const keyOfItem = (item: Row, columns: readonly string[]) => columns.map((c) => String(item[c])).join('/');

/** The record's fields by name: "row.name", "narratives.governance", "sources", or a column of a score. */
export function fieldsOf(entity: EntityName, state: EntityState): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (state === null) return fields;
  if (entity !== 'practice') {
    for (const [column, value] of Object.entries(state)) if (!NOT_FIELDS[entity].has(column)) fields.set(column, value);
    return fields;
  }
  for (const [column, value] of Object.entries(state.row as Row)) if (!NOT_FIELDS.practice.has(column)) fields.set(`row.${column}`, value);
  for (const [part, items] of Object.entries(state)) {
    if (part === 'row') continue;
    const keyColumns = KEYED_PARTS[part];
    if (!keyColumns) {
      fields.set(part, items);
      continue;
    }
    for (const item of items as Row[]) {
      const rest = Object.fromEntries(Object.entries(item).filter(([column]) => !keyColumns.includes(column)));
      fields.set(`${part}.${keyOfItem(item, keyColumns)}`, rest);
    }
  }
  return fields;
}

/**
 * The merged record: `start` (the state kept here, or theirs for a new record) with the fields
 * taken from `theirs` put in, and its derived columns brought up to date.
 */
export function mergedState(entity: EntityName, start: Row, theirs: Row, taken: readonly string[]): Row {
  const state = structuredClone(start);
  const theirFields = fieldsOf(entity, theirs);
  if (entity === 'practice') {
    const row = state.row as Row;
    for (const field of taken) {
      const value = theirFields.get(field);
      const [part, key] = splitField(field);
      if (part === 'row') row[key!] = value ?? null;
      else if (key === undefined) state[part] = structuredClone(value ?? []);
      else {
        const keyColumns = KEYED_PARTS[part]!;
        const items = ((state[part] as Row[] | undefined) ?? []).filter((item) => keyOfItem(item, keyColumns) !== key);
        const keyValues = key.split('/');
        if (value !== undefined) items.push({ ...Object.fromEntries(keyColumns.map((c, i) => [c, keyValues[i]])), ...(value as Row) });
        // In the order the history reads them (SQLite's binary order), so the merged state compares equal to the stored one.
        const sortKey = (item: Row) => keyColumns.map((c) => String(item[c]));
        items.sort((a, b) => compareBinary(sortKey(a), sortKey(b)));
        state[part] = items;
      }
    }
    row.updated_at = [String(row.updated_at ?? ''), String((theirs.row as Row).updated_at ?? '')].sort().at(-1);
    refreshPracticeText(state);
    return state;
  }
  for (const field of taken) state[field] = theirFields.get(field) ?? null;
  // A score's rubric version and time belong to its value: they come from the side whose value is kept.
  if (entity === 'score' && taken.includes('value')) {
    state.rubric_version = theirs.rubric_version;
    state.updated_at = theirs.updated_at;
  }
  if ((entity === 'caseStudy' || entity === 'claim') && taken.length > 0) state.updated_at = theirs.updated_at;
  if (entity === 'consensus' && taken.length > 0) {
    state.recorded_by = theirs.recorded_by;
    state.updated_at = theirs.updated_at;
  }
  return state;
}

/** A practice's tracked state ({row, narratives, sources, ...}) as the practice it stores. */
export function practiceOfState(state: Row): Practice {
  const narratives = Object.fromEntries(((state.narratives as Row[] | undefined) ?? []).map((n) => [String(n.dimension_id), String(n.text)]));
  const sources = ((state.sources as Row[] | undefined) ?? []).map((s) => ({ document: String(s.document), section: String(s.section) }));
  return practiceFromRow(state.row as DbRow, narratives, sources);
}

/** A practice from a partner's file is refolded here, not trusted: the search must find what it shows. */
export function refreshPracticeText(state: Row): void {
  const row = state.row as DbRow;
  row.search_text = searchTextOf(practiceOfState(state));
  row.sort_name = foldForSearch(String(row.name ?? ''));
}

function compareBinary(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function splitField(field: string): [string, string | undefined] {
  const dot = field.indexOf('.');
  return dot < 0 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
}

const FIELD_OF_COLUMN = new Map(Object.entries(COLUMN_OF).map(([field, column]) => [column, field]));

function dimensionName(db: Database, id: string): string {
  const row = db.prepare('SELECT name FROM dimensions WHERE id = ?').get(id) as { name: string } | undefined;
  return row?.name ?? id;
}

/** What a person calls the field: "Provider or awarding body", "Governance narrative", "Score". */
export function fieldLabel(db: Database, entity: EntityName, field: string): string {
  if (field === '(record)') return 'The whole record';
  if (entity === 'practice') {
    const [part, key] = splitField(field);
    if (part === 'row') {
      const name = FIELD_OF_COLUMN.get(key!);
      return name && isPracticeFieldTarget(name) ? targetInfo(name).label : key!;
    }
    if (part === 'narratives') return `${dimensionName(db, key!)} narrative`;
    if (part === 'sources') return 'Sources';
    return key === undefined ? part : `${part}: ${key}`;
  }
  if (entity === 'caseStudy') return field === 'blocks' ? 'Case-study text' : field === 'sources' ? 'Case-study sources' : field;
  const labels: Record<string, string> = { value: 'Score', evidence: 'Evidence', confidence: 'Confidence', name: 'Name', team: 'Team', target: 'Target', rationale: 'Rationale', label: 'Label', descriptors: 'Descriptors' };
  return labels[field] ?? field;
}

/** A value as the conflict list shows it. */
export function displayValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    if (value.startsWith('[')) {
      try {
        const list = JSON.parse(value) as unknown;
        // A case-study section's blocks or sources are lists of objects: show their text.
        if (Array.isArray(list)) return list.map((item) => (typeof item === 'object' && item !== null ? displayValue(item) : String(item))).join('; ');
      } catch {
        // not a list after all: show it as written
      }
    }
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? Object.values(item as Row).filter((v) => typeof v === 'string' && v !== '').join(' § ') : String(item))).join('; ');
  if (typeof value === 'object') {
    const item = value as Row;
    if (typeof item.text === 'string') return item.text;
    if (Array.isArray(item.items)) return item.items.map(String).join(' • ');
    return Object.values(item).filter((v) => v !== null && v !== '').map(String).join(' — ');
  }
  return String(value);
}

/** How the conflict list names a record: the practice, and for a score its dimension and rater. */
export function recordLabel(ours: Database, theirs: Database, entity: EntityName, key: Row): string {
  const nameIn = (sql: string, id: unknown) =>
    ((ours.prepare(sql).get(id) ?? theirs.prepare(sql).get(id)) as { name: string } | undefined)?.name ?? String(id);
  const practice = (id: unknown) => `“${nameIn('SELECT name FROM practices WHERE id = ?', id)}”`;
  switch (entity) {
    case 'practice':
      return practice(key.id);
    case 'score':
      return `${practice(key.practiceId)}, ${dimensionName(ours, String(key.dimension))}, scored by ${nameIn('SELECT name FROM raters WHERE id = ?', key.raterId)}`;
    case 'rater':
      return `Rater ${nameIn('SELECT name FROM raters WHERE id = ?', key.id)}`;
    case 'dimension':
      return `Dimension ${dimensionName(ours, String(key.id))}`;
    case 'setting':
      return `Setting “${String(key.key)}”`;
    case 'consensus':
      return `${practice(key.practiceId)}, ${dimensionName(ours, String(key.dimension))}, consensus`;
    case 'rubric':
      return `Rubric version ${String(key.version)}`;
    case 'caseStudy':
      return `${practice(key.practiceId)}, case study: ${caseStudySectionHeading(key.section as CaseStudySectionId)}`;
    case 'claim': {
      const label = (ours.prepare('SELECT label FROM claims WHERE id = ?').pluck().get(key.id) ?? theirs.prepare('SELECT label FROM claims WHERE id = ?').pluck().get(key.id)) as string | undefined;
      return `Claim “${label ?? String(key.id)}”`;
    }
    case 'lens': {
      const sql = 'SELECT name FROM lens_versions WHERE lens_id = ? AND version = ?';
      const name = (ours.prepare(sql).pluck().get(key.lensId, key.version) ?? theirs.prepare(sql).pluck().get(key.lensId, key.version)) as string | undefined;
      return `Lens “${name ?? String(key.lensId)}”, version ${String(key.version)}`;
    }
  }
}
