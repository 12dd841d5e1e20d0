/**
 * Merging a partner's copy of a dataset into the open one.
 *
 * Every change set carries a uid that is the same in every copy of the file, so each side knows
 * which changes the other has not seen: those made since the file was sent. A record the
 * partner changed and we did not is taken from the partner; one we changed and the partner did
 * not stays ours; one both changed is merged field by field against the state both had before
 * (the "before" of the partner's first unseen change), and a field both changed differently is a
 * conflict the user settles. Records are matched by their stable ids only, never by name, so a
 * second rater's scores arrive beside ours. The partner's change sets are recorded as known,
 * so merging the same file again finds nothing new.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { DIMENSION_IDS } from '../domain/domain.js';
import { caseStudySectionIdSchema } from '../practices/schemas.js';
import { ApiFailure } from '../domain/envelope.js';
import { TRACKED, type EntityName, type EntityState } from '../history/entities.js';
import { jobStep } from '../jobs/context.js';
import { statement } from '../store/statements.js';
import type { MergeConflict, MergeCounts, MergePlan } from './model.js';
import { displayValue, fieldLabel, fieldsOf, mergedState, recordLabel, refreshPracticeText } from './records.js';
import { sameValue } from '../history/sameValue.js';
import { PREFERENCES_KEY } from '../scoring/index.js';
import { validatePartnerPractice, validatePartnerRecord } from './validation.js';

type Row = Record<string, unknown>;
type Resolutions = Readonly<Record<string, 'ours' | 'theirs'>>;

const ENTITIES = Object.keys(TRACKED) as EntityName[];
/** The order writes are made in: what others refer to first; removals run the other way. */
const WRITE_ORDER: EntityName[] = ['rater', 'dimension', 'setting', 'rubric', 'practice', 'score', 'consensus', 'caseStudy', 'claim', 'lens'];

const keySchemas: Record<EntityName, z.ZodType<Row>> = {
  practice: z.strictObject({ id: z.string() }),
  score: z.strictObject({ practiceId: z.string(), dimension: z.enum(DIMENSION_IDS), raterId: z.string() }),
  rater: z.strictObject({ id: z.string() }),
  dimension: z.strictObject({ id: z.enum(DIMENSION_IDS) }),
  setting: z.strictObject({ key: z.string() }),
  consensus: z.strictObject({ practiceId: z.string(), dimension: z.enum(DIMENSION_IDS) }),
  rubric: z.strictObject({ version: z.number().int() }),
  caseStudy: z.strictObject({ practiceId: z.string(), section: caseStudySectionIdSchema }),
  claim: z.strictObject({ id: z.string() }),
  lens: z.strictObject({ lensId: z.string(), version: z.number().int() }),
};

/** One spelling per key, whatever order its properties were written in. */
const canonical = (entity: EntityName, key: Row) => `${entity}:${JSON.stringify(Object.keys(key).sort().map((k) => [k, key[k]]))}`;

interface UnseenChange {
  entity: EntityName;
  key: Row;
  /** The record's state before the first unseen change touched it. */
  before: EntityState;
}

/**
 * The keys of `entity` the partner's file holds and this dataset does not, in key order. Groups
 * with the same digest hold the same keys and are skipped whole; the rest are compared key by key.
 */
function* keysNotHere(ours: Database, theirs: Database, entity: EntityName): Generator<Row> {
  const { keyGroups, keysOfGroup } = TRACKED[entity];
  const here = new Map(keyGroups(ours));
  const token = (key: Row) => JSON.stringify(Object.values(key));
  for (const [group, digest] of keyGroups(theirs)) {
    const mine = here.get(group);
    if (mine === digest) continue;
    const present = new Set(mine === undefined ? [] : keysOfGroup(group, mine).map(token));
    for (const key of keysOfGroup(group, digest)) if (!present.has(token(key))) yield key;
  }
}

/** Uids of the change sets a dataset has: its own, and those its merges (still in force) brought in. */
function knownUids(db: Database): Set<string> {
  const rows = db
    .prepare(
      `SELECT uid FROM change_sets WHERE uid IS NOT NULL
       UNION SELECT m.uid FROM merged_change_sets m JOIN merges g ON g.id = m.merge_id JOIN change_sets c ON c.id = g.change_set_id WHERE c.undone_at IS NULL`,
    )
    .pluck()
    .all() as string[];
  return new Set(rows);
}

function unseenChanges(db: Database, known: ReadonlySet<string>, side: string): { uids: string[]; records: Map<string, UnseenChange> } {
  const sets = (db.prepare('SELECT id, uid FROM change_sets WHERE undone_at IS NULL ORDER BY id').all() as { id: number; uid: string | null }[]).filter(
    (s) => s.uid !== null && !known.has(s.uid),
  );
  const records = new Map<string, UnseenChange>();
  const rows = db
    .prepare('SELECT entity, entity_key AS key, before FROM changes WHERE change_set_id IN (SELECT value FROM json_each(?)) ORDER BY change_set_id, seq')
    .iterate(JSON.stringify(sets.map((s) => s.id))) as IterableIterator<{ entity: string; key: string; before: string | null }>;
  for (const row of rows) {
    const entity = row.entity as EntityName;
    let key: Row;
    let before: EntityState;
    try {
      if (!ENTITIES.includes(entity)) throw new Error(`unknown record kind ${row.entity}`);
      key = keySchemas[entity].parse(JSON.parse(row.key));
      before = row.before === null ? null : (JSON.parse(row.before) as Row);
    } catch {
      throw new ApiFailure('invalid_input', `The history in ${side} is damaged (a change to ${row.entity.slice(0, 40)} cannot be read), so it cannot be merged. Nothing was changed.`);
    }
    const id = canonical(entity, key);
    if (!records.has(id)) records.set(id, { entity, key, before });
  }
  return { uids: sets.map((s) => s.uid!), records };
}

export interface MergeWrite {
  entity: EntityName;
  key: Row;
  state: EntityState;
  kind: keyof MergeCounts;
}

export interface MergeWork {
  plan: MergePlan;
  writes: MergeWrite[];
  /** Uids of the partner's change sets this dataset will know after the merge. */
  uidsToRecord: string[];
  unresolved: number;
}

const emptyCounts = (): Record<EntityName, MergeCounts> =>
  Object.fromEntries(ENTITIES.map((e) => [e, { added: 0, updated: 0, removed: 0 }])) as Record<EntityName, MergeCounts>;

/** Works out what merging `theirs` into `ours` does, given the choices made so far. Writes nothing. */
export function planMerge(ours: Database, theirs: Database, fileName: string, resolutions: Resolutions = {}): MergeWork {
  const oursKnown = knownUids(ours);
  const theirsKnown = knownUids(theirs);
  const theirNew = unseenChanges(theirs, oursKnown, `“${fileName}”`);
  const ourNew = unseenChanges(ours, theirsKnown, 'this dataset');

  // The partner's unseen changes, and records only the partner has that were never here (a file without history).
  const candidates = new Map<string, { entity: EntityName; key: Row }>();
  for (const [id, change] of theirNew.records) candidates.set(id, change);
  const seenHere = statement(ours, 'SELECT 1 FROM changes WHERE entity = ? AND entity_key = ? LIMIT 1');
  // Keys found absent here need not be read here again to be compared.
  const absentHere = new Set<string>();
  for (const entity of ENTITIES) {
    for (const key of keysNotHere(ours, theirs, entity)) {
      if (entity === 'setting' && key.key === PREFERENCES_KEY) continue; // each person's own UI preferences
      const id = canonical(entity, key);
      absentHere.add(id);
      if (candidates.has(id) || seenHere.get(entity, JSON.stringify(key))) continue;
      candidates.set(id, { entity, key });
    }
  }

  const counts = emptyCounts();
  const conflicts: MergeConflict[] = [];
  const writes: MergeWrite[] = [];
  const notes: string[] = [];
  let unresolved = 0;
  let done = 0;
  const write = (entity: EntityName, key: Row, state: EntityState, kind: keyof MergeCounts) => {
    writes.push({ entity, key, state, kind });
    counts[entity][kind] += 1;
  };

  for (const [id, { entity, key }] of candidates) {
    if (++done % 500 === 0) jobStep('Comparing', done, candidates.size);
    const mine = absentHere.has(id) ? null : TRACKED[entity].read(ours, key);
    const partners = TRACKED[entity].read(theirs, key);
    if (sameValue(mine, partners)) continue;
    if (entity === 'setting' && key.key === PREFERENCES_KEY) continue;
    // Checked whole, before it is compared, shown as a conflict or written: every kind of record.
    if (partners !== null) validatePartnerRecord(entity, partners, fileName);
    const changedHere = ourNew.records.has(id);
    const base = theirNew.records.get(id)?.before ?? ourNew.records.get(id)?.before ?? null;
    const conflict = (field: string, oursValue: unknown, theirsValue: unknown, baseValue: unknown): 'ours' | 'theirs' => {
      const conflictId = `${id}|${field}`;
      conflicts.push({
        id: conflictId,
        entity,
        record: recordLabel(ours, theirs, entity, key),
        practiceId: entity === 'practice' ? String(key.id) : entity === 'score' || entity === 'consensus' || entity === 'caseStudy' ? String(key.practiceId) : null,
        field,
        fieldLabel: fieldLabel(ours, entity, field),
        ours: displayValue(oursValue),
        theirs: displayValue(theirsValue),
        base: displayValue(baseValue),
      });
      const choice = resolutions[conflictId];
      if (!choice) unresolved += 1;
      return choice ?? 'ours';
    };

    if (mine === null || partners === null || !changedHere) {
      // One side deleted it, or only the partner changed it: whole records, not fields.
      let take = !changedHere;
      if (changedHere && partners === null && sameValue(mine, base)) take = true;
      else if (changedHere && mine === null && sameValue(partners, base)) take = false;
      else if (changedHere) take = conflict('(record)', mine === null ? 'Deleted here' : mine, partners === null ? 'Deleted in the partner’s file' : partners, base) === 'theirs';
      if (!take) continue;
      if (partners === null) write(entity, key, null, 'removed');
      else write(entity, key, partnerState(entity, partners, fileName), mine === null ? 'added' : 'updated');
      continue;
    }

    const fo = fieldsOf(entity, mine);
    const ft = fieldsOf(entity, partners);
    const fb = fieldsOf(entity, base);
    const taken: string[] = [];
    for (const field of new Set([...fo.keys(), ...ft.keys()])) {
      const [o, t, b] = [fo.get(field), ft.get(field), fb.get(field)];
      if (sameValue(o, t) || sameValue(t, b)) continue;
      if (sameValue(o, b) || conflict(field, o, t, b) === 'theirs') taken.push(field);
    }
    if (taken.length > 0) write(entity, key, partnerState(entity, mergedState(entity, mine, partners, taken), fileName), 'updated');
  }

  keepPracticesStillInUse(ours, writes, counts, notes);
  const raters = ratersArriving(theirs, writes);
  const uidsToRecord = [...theirsKnown].filter((uid) => !oursKnown.has(uid));
  writes.sort((a, b) => writeRank(a) - writeRank(b));
  return {
    plan: { fileName, newChangeSets: theirNew.uids.length, counts, conflicts, raters, notes, upToDate: writes.length === 0 && conflicts.length === 0 },
    writes,
    uidsToRecord,
    unresolved,
  };
}

function writeRank(write: MergeWrite): number {
  const position = WRITE_ORDER.indexOf(write.entity);
  return write.state === null ? 100 - position : position;
}

/** A record from the partner's file is checked before it is written here, and its derived text refolded. */
function partnerState(entity: EntityName, state: Row, fileName: string): Row {
  if (entity !== 'practice') return state;
  const copy = structuredClone(state);
  validatePartnerPractice(copy, fileName);
  refreshPracticeText(copy);
  return copy;
}

/**
 * The partner deleted a practice that, here, still has components or scores the merge does not
 * remove (added since the file was sent): deleting it would take those along, so it stays.
 */
function keepPracticesStillInUse(ours: Database, writes: MergeWrite[], counts: Record<EntityName, MergeCounts>, notes: string[]): void {
  const removedPractices = new Set(writes.filter((w) => w.entity === 'practice' && w.state === null).map((w) => String(w.key.id)));
  const removedScores = new Set(
    writes.filter((w) => (w.entity === 'score' || w.entity === 'consensus' || w.entity === 'caseStudy') && w.state === null).map((w) => canonical(w.entity, w.key)),
  );
  const components = ours.prepare('SELECT id FROM practices WHERE parent_id = ?').pluck();
  const scores = ours.prepare('SELECT practice_id AS practiceId, dimension_id AS dimension, rater_id AS raterId FROM scores WHERE practice_id = ?');
  const agreed = ours.prepare('SELECT practice_id AS practiceId, dimension_id AS dimension FROM consensus_scores WHERE practice_id = ?');
  const written = ours.prepare('SELECT practice_id AS practiceId, section_id AS section FROM case_study_sections WHERE practice_id = ?');
  for (let i = writes.length - 1; i >= 0; i--) {
    const w = writes[i]!;
    if (w.entity !== 'practice' || w.state !== null) continue;
    const inUse =
      (components.all(w.key.id) as string[]).some((id) => !removedPractices.has(id)) ||
      (scores.all(w.key.id) as Row[]).some((key) => !removedScores.has(canonical('score', key))) ||
      (agreed.all(w.key.id) as Row[]).some((key) => !removedScores.has(canonical('consensus', key))) ||
      (written.all(w.key.id) as Row[]).some((key) => !removedScores.has(canonical('caseStudy', key)));
    if (!inUse) continue;
    writes.splice(i, 1);
    counts.practice.removed -= 1;
    notes.push(`The partner deleted ${recordLabel(ours, ours, 'practice', w.key)}, but here it has components or scores added since; it was kept.`);
  }
}

function ratersArriving(theirs: Database, writes: MergeWrite[]): MergePlan['raters'] {
  const byRater = new Map<string, number>();
  for (const w of writes) if (w.entity === 'score' && w.state !== null) byRater.set(String(w.key.raterId), (byRater.get(String(w.key.raterId)) ?? 0) + 1);
  const find = theirs.prepare('SELECT name, team FROM raters WHERE id = ?');
  return [...byRater].map(([id, scores]) => {
    const rater = find.get(id) as { name: string; team: string | null } | undefined;
    return { id, name: rater?.name ?? id, team: rater?.team ?? null, scores };
  });
}
