/**
 * What an import would do, row by row, before anything is written: new, updated, unchanged or
 * rejected (with the line and the reason). Applying the plan (apply.ts) writes exactly this.
 */
import type { Database } from 'better-sqlite3';
import { EMPTY_PRACTICE_FIELDS } from '../practices/schemas.js';
import type { DimensionId, ScoreValue } from '../domain/domain.js';
import type { Practice, PracticeFields } from '../practices/model.js';
import { findPractice } from '../practices/index.js';
import { ApiFailure } from '../domain/envelope.js';
import { canonicalCountry } from '../domain/countries.js';
import { cellReader, type CellValue } from './cells.js';
import type { CsvRow } from './dialect.js';
import { rowPlace } from './dialect.js';
import { describeKey, listRows, naturalKey, practicesByNaturalKey, type Duplicates, type ImportKey, type NaturalKeyShape } from './keys.js';
import { matchHeaders } from './headers.js';
import { NumberEvidence, numberFormatFallback, type NumberFormat } from './numbers.js';
import type { CsvFile } from './readFile.js';
import { jobStep } from '../jobs/context.js';
import { sameValue } from '../history/sameValue.js';
import type { DuplicateGroup, ImportColumn, ImportCounts, RejectedRow, UnknownCountry } from './model.js';

export type { ImportColumn, RejectedRow } from './model.js';
import { dimensionOfTarget, isPracticeFieldTarget, targetInfo, type ImportTarget } from '../practices/schemas.js';
import { checklistPartOf } from '../practices/schemas.js';
import { readCriteria, readElements, type ElementChange } from '../practices/index.js';
import { EU_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import type { SelectionCriterionId } from '../domain/selectionCriteria.js';
import { statement } from '../store/statements.js';

export type { ImportKey, Duplicates } from './keys.js';

export interface ImportOptions {
  key: ImportKey;
  /** Per column index, the target chosen by the user (null = leave the column out); others are matched by header. */
  mapping?: Record<number, ImportTarget | null>;
  numberFormats?: Record<number, NumberFormat>;
  /** The decimal mark of every number column the user did not set one for. */
  decimal?: NumberFormat;
  /** Values for every row, as a cell would hold them, where the file has no such column or leaves the cell empty. */
  constants?: Partial<Record<ImportTarget, string>>;
  /** Rows of the file that share a natural key: reject them (default) or import each as its own practice. */
  duplicates?: Duplicates;
  /** Whose scores the score columns are. */
  raterId?: string;
}

export interface PlannedRow {
  row: number;
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
  /** Rows of the file that share a natural key, shown together so the user decides. */
  duplicates: DuplicateGroup[];
  /** Countries the app does not know, stored as written (grouped as International). */
  unknownCountries: UnknownCountry[];
  /** Sentences about the file as a whole (duplicate columns, ragged rows). */
  notes: string[];
}

export function planColumns(file: CsvFile, options: Pick<ImportOptions, 'mapping' | 'numberFormats' | 'decimal'>): { columns: ImportColumn[]; notes: string[] } {
  // A file without a header row has no names to match: its columns are mapped by position.
  const matched = file.headerRow ? matchHeaders(file.headers) : { targets: file.headers.map(() => null), problems: [], problemTargets: [] };
  const fallback = numberFormatFallback(file.delimiter);
  const evidence = file.numberEvidence ?? countNumberEvidence(file.rows);
  // A field the user mapped a column to is no longer filled by another column whose header looks like it.
  const chosenTargets = new Set(Object.values(options.mapping ?? {}).filter((t) => t !== null));
  const columns = file.headers.map((header, index): ImportColumn => {
    const guess = (evidence[index] ?? new NumberEvidence()).guess(fallback);
    const chosen = options.numberFormats?.[index] ?? options.decimal;
    const matchedTarget = matched.targets[index] ?? null;
    const byHeader = matchedTarget !== null && chosenTargets.has(matchedTarget) ? null : matchedTarget;
    const target = options.mapping && index in options.mapping ? (options.mapping[index] ?? null) : byHeader;
    return { index, header, target, numberFormat: chosen ?? guess.format, ambiguous: chosen === undefined && guess.ambiguous };
  });
  const headerProblems = matched.problems.filter((_, i) => !chosenTargets.has(matched.problemTargets[i]!));
  return { columns, notes: [...file.readingNotes, ...headerProblems, ...file.problems.map((p) => p.message)] };
}

/**
 * The cells of rejected rows whose cells were let go once read (every row of a file has a cell
 * that is not empty), from one more walk over the file, only when there are such rows.
 */
function restoreCells(rows: Iterable<CsvRow>, rejected: readonly RejectedRow[]): void {
  const wanting = new Map(rejected.filter((r) => r.cells.length === 0).map((r) => [r.row, r]));
  if (wanting.size === 0) return;
  for (const row of rows) {
    const target = wanting.get(row.row);
    if (target === undefined) continue;
    target.cells = row.cells;
    wanting.delete(row.row);
    if (wanting.size === 0) return;
  }
}

/** Each column's decimal-mark evidence, from one walk over the rows. */
function countNumberEvidence(rows: Iterable<CsvRow>): NumberEvidence[] {
  const evidence: NumberEvidence[] = [];
  for (const row of rows) for (const [column, cell] of row.cells.entries()) (evidence[column] ??= new NumberEvidence()).add(cell);
  return evidence;
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

/** What one row's cells say, before the row is matched to a practice. */
interface RowReading {
  source: CsvRow;
  id: string | null;
  fields: Partial<PracticeFields>;
  narratives: Partial<Record<DimensionId, string>>;
  scores: Partial<Record<DimensionId, ScoreValue | null>>;
  elementCells: Partial<Record<EuElementId, { status?: ElementStatus; note?: string }>>;
  criteriaCells: Partial<Record<SelectionCriterionId, boolean>>;
}

/** Puts one cell's value where its target says (an empty cell says nothing: it never clears a stored value). */
function assign(reading: RowReading, target: ImportTarget, value: CellValue): void {
  if (value === null) return;
  const checklist = checklistPartOf(target);
  const dimension = dimensionOfTarget(target);
  if (checklist !== null) {
    if (checklist.part === 'criterion') reading.criteriaCells[checklist.criterion] = value === true;
    else reading.elementCells[checklist.element] = { ...reading.elementCells[checklist.element], [checklist.part === 'element' ? 'status' : 'note']: value };
  } else if (target === 'id') reading.id = String(value);
  else if (dimension?.part === 'narrative') reading.narratives[dimension.dimension] = String(value);
  else if (dimension?.part === 'score') reading.scores[dimension.dimension] = value as ScoreValue;
  else if (isPracticeFieldTarget(target)) (reading.fields as Record<string, unknown>)[target] = value;
}

/** The --set values (or the wizard's "every row"), each read once as a cell of its field would be; a value that cannot be read stops the import. */
function constantValues(options: ImportOptions, numberFormat: NumberFormat): [ImportTarget, CellValue][] {
  return Object.entries(options.constants ?? {}).flatMap(([key, text]): [ImportTarget, CellValue][] => {
    const target = key as ImportTarget;
    const label = targetInfo(target).label;
    const reading = cellReader(target, { column: `every row's ${label}`, numberFormat })(text ?? '');
    if (!reading.ok) throw new ApiFailure('invalid_input', `The value given for every row, ${label} = "${text ?? ''}", cannot be used. ${reading.reason}`);
    return reading.value === null ? [] : [[target, reading.value]];
  });
}

export function planImport(db: Database, file: CsvFile, options: ImportOptions): ImportPlan {
  const { columns, notes } = planColumns(file, options);
  const used = columns.filter((c) => c.target !== null);
  const constants = constantValues(options, options.decimal ?? numberFormatFallback(file.delimiter));
  const targets = new Set<ImportTarget>([...used.map((c) => c.target!), ...constants.map(([target]) => target)]);
  const hasScores = [...targets].some((target) => dimensionOfTarget(target)?.part === 'score');
  if (hasScores && !options.raterId) notes.push('Score columns are mapped but no rater is chosen: choose whose scores they are, or leave those columns out.');
  const rejected: RejectedRow[] = [];
  const reject = (source: CsvRow, reason: string) => rejected.push({ row: source.row, line: source.line, reason, cells: source.cells });
  const unknownCountries = new Map<string, number[]>();
  // What each column is, worked out once rather than for each of its cells.
  const readers = used.map((column) => ({ index: column.index, target: column.target!, read: cellReader(column.target!, { column: column.header, numberFormat: column.numberFormat }) }));

  // First every row's cells: the natural keys of all rows are needed before any row is matched.
  const readings: RowReading[] = [];
  let index = -1;
  for (const source of file.rows) {
    index += 1;
    if (index % 500 === 0) jobStep('Checking rows', index, file.rows.length);
    const damaged = file.damagedRows?.get(source.row);
    if (damaged !== undefined) {
      reject(source, damaged);
      continue;
    }
    const reading: RowReading = { source, id: null, fields: {}, narratives: {}, scores: {}, elementCells: {}, criteriaCells: {} };
    const filled = new Set<ImportTarget>();
    const problems: string[] = [];
    for (const { index: column, target, read } of readers) {
      const cell = read(source.cells[column] ?? '');
      if (!cell.ok) problems.push(cell.reason);
      else if (cell.value !== null) {
        assign(reading, target, cell.value);
        filled.add(target);
      }
    }
    for (const [target, value] of constants) if (!filled.has(target)) assign(reading, target, value);
    if (problems.length > 0) {
      reject(source, problems.join(' '));
      continue;
    }
    if (Object.keys(reading.scores).length > 0 && !options.raterId) {
      reject(source, 'The row has scores but no rater is chosen for them.');
      continue;
    }
    const country = reading.fields.country;
    if (country !== undefined && canonicalCountry(country) === null) unknownCountries.set(country, [...(unknownCountries.get(country) ?? []), source.row]);
    // Only the values read are kept from here on: a large file's cells are not held twice.
    readings.push({ ...reading, source: { row: source.row, line: source.line, cells: [] } });
  }

  const byId = options.key === 'id';
  const shape: NaturalKeyShape = options.key === 'nameCountry' ? { code: false, provider: false } : { code: targets.has('code'), provider: targets.has('provider') };
  const matchedById = (reading: RowReading) => byId || (options.key === 'auto' && reading.id !== null);
  const keyIndex = byId ? new Map<string, string[]>() : practicesByNaturalKey(db, shape);
  // Rows without an id that share a natural key, in file order: shown together, and paired in order with the dataset's practices of that key.
  const groups = new Map<string, RowReading[]>();
  for (const reading of readings) {
    if (matchedById(reading)) continue;
    const key = naturalKey(reading.fields, shape);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), reading]);
  }
  const duplicates: DuplicateGroup[] = [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ key: describeKey(group[0]!.fields, shape), rows: group.map((r) => r.source.row) }));
  const separate = options.duplicates === 'separate';

  const rows: PlannedRow[] = [];
  const seen = new Map<string, CsvRow>();
  for (const reading of readings) {
    const { source, fields } = reading;
    let existing: Practice | undefined;
    let id = reading.id;
    if (matchedById(reading)) {
      if (id === null) {
        reject(source, 'The row has no id, and the import matches practices by id (--key id). Without --key id, a row without an id is matched by its code or name and its country, or added as a new practice.');
        continue;
      }
      existing = findPractice(db, id);
    } else {
      const key = naturalKey(fields, shape);
      if (key === null) {
        reject(source, `A row without an id is matched by its ${shape.code ? 'code or name' : 'name'} and its country, and this one has ${fields.country ? 'no name' : 'no country'}${fields.country ? '' : ' (give every row one with --set country=...)'}.`);
        continue;
      }
      const group = groups.get(key) ?? [reading];
      const candidates = keyIndex.get(key) ?? [];
      if (group.length > 1 && !separate) {
        reject(source, `${listRows(group.map((r) => r.source.row)).replace(/^r/, 'R')} have the same ${describeKey(fields, shape)}: one practice listed twice, or different practices? Import them as separate practices, give them ids, or correct the file.`);
        continue;
      }
      if (group.length === 1 && candidates.length > 1 && !separate) {
        reject(source, `${candidates.length} practices in the dataset have ${describeKey(fields, shape)}; give the row the id of the one it is (or import rows sharing a key as separate practices).`);
        continue;
      }
      const pairedId = candidates[group.indexOf(reading)];
      existing = pairedId === undefined ? undefined : findPractice(db, pairedId);
      if (existing) id = existing.id;
    }
    const seenKey = existing ? existing.id : id;
    if (seenKey !== null) {
      const earlier = seen.get(seenKey);
      if (earlier !== undefined) {
        reject(source, `The same practice as ${rowPlace(earlier).toLowerCase()}; each practice may appear once.`);
        continue;
      }
      seen.set(seenKey, source);
    }
    if (Object.keys(reading.narratives).length > 0) fields.narratives = { ...(existing?.narratives ?? {}), ...reading.narratives };
    const place = { row: source.row, line: source.line };

    if (!existing) {
      if (!fields.name || !fields.country) {
        reject(source, `A new practice needs a name and a country${fields.name ? '' : ' (the name is empty)'}${fields.country ? '' : ' (the country is empty)'}.`);
        continue;
      }
      const checklist = checklistChanges(null, reading.elementCells, reading.criteriaCells);
      rows.push({ ...place, action: 'new', id, name: fields.name, fields: { ...EMPTY_PRACTICE_FIELDS, ...fields }, scores: reading.scores, ...checklist });
      continue;
    }
    const checklist = checklistChanges({ db, id: existing.id }, reading.elementCells, reading.criteriaCells);
    const changed = Object.entries(fields).filter(([field, value]) => !sameValue((existing as unknown as Record<string, unknown>)[field], value));
    const scoreChanged = Object.entries(reading.scores).some(([dimension, value]) => {
      const current = statement(db, 'SELECT value FROM scores WHERE practice_id = ? AND dimension_id = ? AND rater_id = ?').get(existing!.id, dimension, options.raterId) as
        | { value: number | null }
        | undefined;
      return current?.value !== value;
    });
    rows.push({
      ...place,
      action: changed.length > 0 || scoreChanged || checklist.elements.length > 0 || Object.keys(checklist.criteria).length > 0 ? 'updated' : 'unchanged',
      id: existing.id,
      name: existing.name,
      fields: Object.fromEntries(changed) as Partial<PracticeFields>,
      scores: reading.scores,
      ...checklist,
    });
  }
  // A parent must be in the dataset or come with the file; otherwise the row cannot be placed.
  const fileIds = new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
  for (const row of [...rows]) {
    const parentId = row.fields.parentId;
    if (!parentId || fileIds.has(parentId) || findPractice(db, parentId)) continue;
    rows.splice(rows.indexOf(row), 1);
    rejected.push({ row: row.row, line: row.line, reason: `Its parent practice "${parentId}" is neither in the dataset nor in the file.`, cells: [] });
  }
  rejected.sort((a, b) => a.row - b.row);
  restoreCells(file.rows, rejected);
  const unknown = [...unknownCountries].map(([country, rowsOf]) => ({ country, rows: rowsOf }));
  if (unknown.length > 0) {
    notes.push(
      `Countries the app does not know, stored as written and grouped as International: ${unknown.map((u) => `“${u.country}” (${listRows(u.rows)})`).join(', ')}. ` +
        'Write a country in English, Spanish, Portuguese or Finnish, or as its ISO code, to have it grouped.',
    );
  }
  if (duplicates.length > 0) {
    notes.push(
      `Rows that share ${shape.code ? 'a code (or name)' : 'a name'}, a country${shape.provider ? ' and a provider' : ''}: ${duplicates.map((d) => listRows(d.rows)).join('; ')}. ` +
        (separate ? 'Each is imported as its own practice, as chosen.' : 'They are rejected until you choose to import them as separate practices, give them ids, or correct the file.'),
    );
  }
  const count = (action: PlannedRow['action']) => rows.filter((r) => r.action === action).length;
  return {
    columns,
    rows,
    rejected,
    counts: { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: rejected.length },
    duplicates,
    unknownCountries: unknown,
    notes,
  };
}
