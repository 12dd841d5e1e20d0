/**
 * The lenses users define, versioned as the rubric is (data/scoring/rubricVersions.ts): an edit
 * never changes a version; it adds one, the current one from then on. Answers are tied to item ids,
 * which an item keeps from version to version, so renaming an item keeps its answers, and an item
 * taken out and put back finds them again. Each version is one tracked record (entity `lens`).
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { BUILT_IN_LENSES, builtInLens, type LensDefinition, type LensItem } from '../domain/lenses.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import { statement } from '../store/statements.js';
import type { LensSummary, LensVersionSummary } from './model.js';
import type { lensCreateInputSchema, lensUpdateInputSchema } from './schemas.js';

interface VersionRow {
  lens_id: string;
  version: number;
  name: string;
  scale: LensDefinition['scale'];
  items: string;
  created_at: string;
}

const userLens = (row: VersionRow): LensDefinition => ({
  id: row.lens_id,
  name: row.name,
  source: null,
  version: row.version,
  scale: row.scale,
  // Written by this module, or checked with storedLensItemsSchema when a merge brought it.
  items: JSON.parse(row.items) as LensItem[],
  builtIn: false,
});

function versionRow(db: Database, lensId: string, version?: number): VersionRow | undefined {
  return (
    version === undefined
      ? statement(db, 'SELECT * FROM lens_versions WHERE lens_id = ? ORDER BY version DESC LIMIT 1').get(lensId)
      : statement(db, 'SELECT * FROM lens_versions WHERE lens_id = ? AND version = ?').get(lensId, version)
  ) as VersionRow | undefined;
}

/** The lens (its current version, or the one asked for), or a not_found failure naming it. */
export function lensById(db: Database, id: string, version?: number): LensDefinition {
  const builtIn = builtInLens(id);
  if (builtIn && (version === undefined || version === builtIn.version)) return builtIn;
  const row = builtIn ? undefined : versionRow(db, id, version);
  if (!row) throw new ApiFailure('not_found', version === undefined ? `There is no lens “${id}”.` : `The lens “${id}” has no version ${version}.`);
  return userLens(row);
}

/** Every lens: the built-in ones in their order, then the users' by name, each in its current version. */
export function listLenses(db: Database): LensDefinition[] {
  const rows = statement(
    db,
    'SELECT v.* FROM lens_versions v WHERE v.version = (SELECT max(version) FROM lens_versions w WHERE w.lens_id = v.lens_id) ORDER BY v.name, v.lens_id',
  ).all() as VersionRow[];
  return [...BUILT_IN_LENSES, ...rows.map(userLens)];
}

export function lensSummaries(db: Database): LensSummary[] {
  const answered = new Map(
    (statement(db, 'SELECT lens_id AS id, count(DISTINCT practice_id) AS n FROM lens_answers GROUP BY lens_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]),
  );
  return listLenses(db).map((lens) => ({ ...lens, answeredPractices: answered.get(lens.id) ?? 0 }));
}

export function lensVersions(db: Database, id: string): LensVersionSummary[] {
  const lens = lensById(db, id);
  if (lens.builtIn) return [{ version: lens.version, name: lens.name, items: lens.items.length, createdAt: '' }];
  return (statement(db, 'SELECT version, name, items, created_at FROM lens_versions WHERE lens_id = ? ORDER BY version DESC').all(id) as VersionRow[]).map((r) => ({
    version: r.version,
    name: r.name,
    items: (JSON.parse(r.items) as unknown[]).length,
    createdAt: r.created_at,
  }));
}

type ItemInput = z.output<typeof lensCreateInputSchema>['items'][number];

/** Items with ids: kept ones keep theirs, new ones get the next `item_N` no version of the lens used. */
function itemsWithIds(items: ItemInput[], usedIds: ReadonlySet<string>): LensItem[] {
  let next = Math.max(0, ...[...usedIds].map((id) => Number(/^item_(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  return items.map((item) => ({ id: item.id ?? `item_${next++}`, text: item.text, required: item.required, fields: [...new Set(item.fields)] }));
}

function insertVersion(db: Database, lens: Omit<LensDefinition, 'source' | 'builtIn'>): void {
  track(db, 'lens', { lensId: lens.id, version: lens.version }, () => {
    statement(db, 'INSERT INTO lens_versions (lens_id, version, name, scale, items, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      lens.id,
      lens.version,
      lens.name,
      lens.scale,
      JSON.stringify(lens.items),
      new Date().toISOString(),
    );
  });
}

export function createLens(db: Database, input: z.output<typeof lensCreateInputSchema>): LensDefinition {
  if (input.items.some((i) => i.id !== undefined)) throw new ApiFailure('invalid_input', 'The items of a new lens have no ids yet: leave them out.');
  // Random, so that lenses two partners define apart never share an id when their files are merged.
  const id = `user_${randomBytes(6).toString('hex')}`;
  insertVersion(db, { id, version: 1, name: input.name, scale: input.scale, items: itemsWithIds(input.items, new Set()) });
  return lensById(db, id);
}

export function updateLens(db: Database, input: z.output<typeof lensUpdateInputSchema>): LensDefinition {
  const current = lensById(db, input.id);
  if (current.builtIn) throw new ApiFailure('invalid_input', `“${current.name}” is built in: its items are the document’s and cannot be edited. Define a lens of your own instead.`);
  const usedIds = new Set(
    (statement(db, 'SELECT items FROM lens_versions WHERE lens_id = ?').pluck().all(input.id) as string[]).flatMap((text) => (JSON.parse(text) as LensItem[]).map((i) => i.id)),
  );
  const unknown = input.items.find((i) => i.id !== undefined && !usedIds.has(i.id));
  if (unknown) throw new ApiFailure('invalid_input', `The lens “${current.name}” never had an item “${unknown.id}”: a new item has no id.`);
  const next = { id: input.id, version: current.version + 1, name: input.name, scale: input.scale, items: itemsWithIds(input.items, usedIds) };
  if (JSON.stringify([next.name, next.scale, next.items]) === JSON.stringify([current.name, current.scale, current.items])) {
    throw new ApiFailure('invalid_input', 'The lens is the same as its current version, so no new version was made.');
  }
  insertVersion(db, next);
  return lensById(db, input.id);
}
