/**
 * What an import would do, row by row, before anything is written: new, updated, unchanged or
 * rejected (with the line and the reason). Applying the plan (apply.ts) writes exactly this.
 */
import type { Database } from 'better-sqlite3';
import { EMPTY_PRACTICE_FIELDS } from '../practices/schemas.js';
import type { DimensionId, ScoreValue } from '../domain/domain.js';
import type { Practice, PracticeFields } from '../practices/model.js';
import { findPractice } from '../practices/index.js';
import { foldForSearch } from '../store/search.js';
import { cellReader, type CellValue } from './cells.js';
import { matchHeaders } from './headers.js';
import { detectNumberFormat, numberFormatFallback, type NumberFormat } from './numbers.js';
import type { CsvFile } from './readFile.js';
import { jobStep } from '../jobs/context.js';
import { sameValue } from '../history/sameValue.js';
import type { ImportColumn, ImportCounts, RejectedRow } from './model.js';

export type { ImportColumn, RejectedRow } from './model.js';
import { dimensionOfTarget, isPracticeFieldTarget, type ImportTarget } from '../practices/schemas.js';
import { checklistPartOf } from '../practices/schemas.js';
import { readCriteria, readElements, type ElementChange } from '../practices/index.js';
import { EU_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import type { SelectionCriterionId } from '../domain/selectionCriteria.js';
import { statement } from '../store/statements.js';

export type ImportKey = 'id' | 'nameCountry';

export interface ImportOptions {
  key: ImportKey;
  /** Per column index, the target chosen by the user (null = leave the column out); others are matched by header. */
  mapping?: Record<number, ImportTarget | null>;
  numberFormats?: Record<number, NumberFormat>;
  /** Whose scores the score columns are. */
  raterId?: string;
}

export interface PlannedRow {
  line: number;
  action: 'new' | 'updated' | 'unchanged';
  id: string | null;
  name: string;
  fields: Partial<PracticeFields>;
  scores: Partial<Record<DimensionId, ScoreValue | null>>;
  /** EU information elements whose status or note the row changes (whole: status and note). */
  elements: ElementChange[];
  /** Selection criteria the row ticks or unticks. */
  criteria: Partial<Record<SelectionCriterionId, boolean>>;
}

export interface ImportPlan {
  columns: ImportColumn[];
  rows: PlannedRow[];
  rejected: RejectedRow[];
  counts: ImportCounts;
  /** Sentences about the file as a whole (duplicate columns, ragged rows). */
  notes: string[];
}

export function planColumns(file: CsvFile, options: Pick<ImportOptions, 'mapping' | 'numberFormats'>): { columns: ImportColumn[]; notes: string[] } {
  const matched = matchHeaders(file.headers);
  const fallback = numberFormatFallback(file.delimiter);
  const columns = file.headers.map((header, index): ImportColumn => {
    const guess = detectNumberFormat(file.rows.map((r) => r.cells[index] ?? ''), fallback);
    const chosen = options.numberFormats?.[index];
    const target = options.mapping && index in options.mapping ? (options.mapping[index] ?? null) : (matched.targets[index] ?? null);
    return { index, header, target, numberFormat: chosen ?? guess.format, ambiguous: chosen === undefined && guess.ambiguous };
  });
  return { columns, notes: [...matched.problems, ...file.problems.map((p) => p.message)] };
}

const nameCountryKey = (name: string, country: string) => `${foldForSearch(name.trim())}\u0000${foldForSearch(country.trim())}`;

/** The dataset's practices by folded name and country, read once per plan (a lookup per row would be quadratic). */
function practicesByNameAndCountry(db: Database): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const row of db.prepare('SELECT id, name, country FROM practices').iterate() as Iterable<{ id: string; name: string; country: string }>) {
    const key = nameCountryKey(row.name, row.country);
    index.set(key, [...(index.get(key) ?? []), row.id]);
  }
  return index;
}

/**
 * What a row's element and criterion cells change against the practice as stored (nothing stored
 * for a new one). A status without its note keeps the note, and a note without its status keeps the status.
 */
function checklistChanges(
  stored: { db: Database; id: string } | null,
  elementCells: Partial<Record<EuElementId, { status?: ElementStatus; note?: string }>>,
  criteriaCells: Partial<Record<SelectionCriterionId, boolean>>,
): Pick<PlannedRow, 'elements' | 'criteria'> {
  const noCells = Object.keys(elementCells).length === 0 && Object.keys(criteriaCells).length === 0;
  if (noCells) return { elements: [], criteria: {} };
  const current = new Map((stored ? readElements(stored.db, stored.id) : []).map((e) => [e.element, e]));
  const elements: ElementChange[] = [];
  for (const element of EU_ELEMENT_IDS) {
    const cell = elementCells[element];
    if (cell === undefined) continue;
    const was = current.get(element) ?? { status: 'unknown', note: null };
    const next = { element, status: cell.status ?? was.status, note: cell.note ?? was.note };
    if (next.status !== was.status || next.note !== was.note) elements.push(next);
  }
  const criteriaNow = stored ? readCriteria(stored.db, stored.id) : null;
  const criteria = Object.fromEntries(
    Object.entries(criteriaCells).filter(([criterion, met]) => (criteriaNow?.[criterion as SelectionCriterionId] ?? false) !== met),
  ) as Partial<Record<SelectionCriterionId, boolean>>;
  return { elements, criteria };
}

export function planImport(db: Database, file: CsvFile, options: ImportOptions): ImportPlan {
  const { columns, notes } = planColumns(file, options);
  const used = columns.filter((c) => c.target !== null);
  const hasScores = used.some((c) => dimensionOfTarget(c.target!)?.part === 'score');
  if (hasScores && !options.raterId) notes.push('Score columns are mapped but no rater is chosen: choose whose scores they are, or leave those columns out.');
  const rows: PlannedRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const byNameAndCountry = options.key === 'nameCountry' ? practicesByNameAndCountry(db) : null;
  const reject = (line: number, reason: string, cells: string[]) => rejected.push({ line, reason, cells });
  // What each column is, worked out once rather than for each of its cells.
  const readers = used.map((column) => {
    const target = column.target!;
    return {
      index: column.index,
      target,
      read: cellReader(target, { column: column.header, numberFormat: column.numberFormat }),
      dimension: dimensionOfTarget(target),
      checklist: checklistPartOf(target),
      field: isPracticeFieldTarget(target),
    };
  });

  for (const [index, row] of file.rows.entries()) {
    if (index % 500 === 0) jobStep('Checking rows', index, file.rows.length);
    const fields: Partial<PracticeFields> = {};
    const narratives: Partial<Record<DimensionId, string>> = {};
    const scores: Partial<Record<DimensionId, ScoreValue | null>> = {};
    const elementCells: Partial<Record<EuElementId, { status?: ElementStatus; note?: string }>> = {};
    const criteriaCells: Partial<Record<SelectionCriterionId, boolean>> = {};
    let id: string | null = null;
    const problems: string[] = [];
    for (const { index, target, read, dimension, checklist, field } of readers) {
      const reading = read(row.cells[index] ?? '');
      if (!reading.ok) {
        problems.push(reading.reason);
        continue;
      }
      const value: CellValue = reading.value;
      if (checklist !== null) {
        // As for fields, an empty cell says nothing.
        if (value === null) continue;
        if (checklist.part === 'criterion') criteriaCells[checklist.criterion] = value === true;
        else elementCells[checklist.element] = { ...elementCells[checklist.element], [checklist.part === 'element' ? 'status' : 'note']: value };
      } else if (target === 'id') id = value === null ? null : String(value);
      else if (dimension?.part === 'narrative') {
        if (value !== null) narratives[dimension.dimension] = String(value);
      } else if (dimension?.part === 'score') {
        if (value !== null) scores[dimension.dimension] = value as ScoreValue;
      } else if (field && value !== null) {
        // An empty cell says nothing: it never clears a value the store already has.
        (fields as Record<string, unknown>)[target] = value;
      }
    }
    if (problems.length > 0) {
      reject(row.line, problems.join(' '), row.cells);
      continue;
    }
    if (Object.keys(scores).length > 0 && !options.raterId) {
      reject(row.line, 'The row has scores but no rater is chosen for them.', row.cells);
      continue;
    }
    let existing: Practice | undefined;
    if (options.key === 'id') {
      if (id === null) {
        reject(row.line, 'The row has no id, and the import matches practices by id.', row.cells);
        continue;
      }
      existing = findPractice(db, id);
    } else {
      if (!fields.name || !fields.country) {
        reject(row.line, 'The row needs a name and a country to be matched by name and country.', row.cells);
        continue;
      }
      const matches = (byNameAndCountry?.get(nameCountryKey(fields.name, fields.country)) ?? []).map((id) => findPractice(db, id) as Practice);
      if (matches.length > 1) {
        reject(row.line, `${matches.length} practices in the dataset are called “${fields.name}” in ${fields.country}; match by id instead.`, row.cells);
        continue;
      }
      existing = matches[0];
      if (existing) id = existing.id;
    }
    const keyText = existing ? existing.id : options.key === 'id' ? String(id) : `${foldForSearch(fields.name ?? '')}\u0000${foldForSearch(fields.country ?? '')}`;
    const earlier = seen.get(keyText);
    if (earlier !== undefined) {
      reject(row.line, `The same practice as line ${earlier}; each practice may appear once.`, row.cells);
      continue;
    }
    seen.set(keyText, row.line);
    if (Object.keys(narratives).length > 0) fields.narratives = { ...(existing?.narratives ?? {}), ...narratives };

    if (!existing) {
      if (!fields.name || !fields.country) {
        reject(row.line, `A new practice needs a name and a country${fields.name ? '' : ' (the name is empty)'}${fields.country ? '' : ' (the country is empty)'}.`, row.cells);
        continue;
      }
      const checklist = checklistChanges(null, elementCells, criteriaCells);
      rows.push({ line: row.line, action: 'new', id, name: fields.name, fields: { ...EMPTY_PRACTICE_FIELDS, ...fields }, scores, ...checklist });
      continue;
    }
    const checklist = checklistChanges({ db, id: existing.id }, elementCells, criteriaCells);
    const changed = Object.entries(fields).filter(([field, value]) => !sameValue((existing as unknown as Record<string, unknown>)[field], value));
    const scoreChanged = Object.entries(scores).some(([dimension, value]) => {
      const current = statement(db, 'SELECT value FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(existing!.id, dimension, options.raterId) as
        | { value: number | null }
        | undefined;
      return current?.value !== value;
    });
    rows.push({
      line: row.line,
      action: changed.length > 0 || scoreChanged || checklist.elements.length > 0 || Object.keys(checklist.criteria).length > 0 ? 'updated' : 'unchanged',
      id: existing.id,
      name: existing.name,
      fields: Object.fromEntries(changed) as Partial<PracticeFields>,
      scores,
      ...checklist,
    });
  }
  // A parent must be in the dataset or come with the file; otherwise the row cannot be placed.
  const fileIds = new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
  for (const row of [...rows]) {
    const parentId = row.fields.parentId;
    if (!parentId || fileIds.has(parentId) || findPractice(db, parentId)) continue;
    rows.splice(rows.indexOf(row), 1);
    const original = file.rows.find((r) => r.line === row.line);
    reject(row.line, `Its parent practice "${parentId}" is neither in the dataset nor in the file.`, original?.cells ?? []);
  }
  rejected.sort((a, b) => a.line - b.line);
  const count = (action: PlannedRow['action']) => rows.filter((r) => r.action === action).length;
  return { columns, rows, rejected, counts: { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: rejected.length }, notes };
}

