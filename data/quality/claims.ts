/**
 * Claims: figures a report prints, recomputed from the data. A claim is kept as its statistic, the
 * practice filter (JSON) and the value as printed with its decimals; each read parses the filters
 * again with the API's schema (a file from elsewhere may hold anything), and a claim whose filter
 * no longer fits says so instead of being computed on a guess.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { statsTable } from '../analysis/index.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import { filteredPractices, type ValidFilter } from '../practices/index.js';
import { practiceFilterSchema, type PracticeFilter } from '../practices/schemas.js';
import { scoresBySource, viewerOf } from '../scoring/index.js';
import { statement } from '../store/statements.js';
import type { ClaimResult, QualityFinding } from './model.js';
import { CLAIM_STATISTIC_LABELS, claimRecordSchema, QUALITY_RULES, type claimSetInputSchema } from './schemas.js';
import type { z } from 'zod';

type ClaimRow = z.output<typeof claimRecordSchema>;

function parseFilter(text: string): { input: PracticeFilter; valid: ValidFilter } | null {
  try {
    const input = JSON.parse(text) as PracticeFilter;
    const parsed = practiceFilterSchema.safeParse(input);
    return parsed.success ? { input, valid: parsed.data } : null;
  } catch {
    return null;
  }
}

function idsOf(db: Database, filter: ValidFilter): string[] {
  const { sql, params } = filteredPractices(filter, { meansTable: () => scoresBySource(db, viewerOf(db)) });
  return db.prepare(`SELECT p.id ${sql}`).pluck().all(...params) as string[];
}

/** Holds when the data, rounded as the report printed its figure, is that figure. */
export function holdsAt(computed: number, stated: number, decimals: number): boolean {
  // A hair of slack for binary fractions: 99.05 rounds to 99.1 as printed, whatever 99.05 is in binary.
  return Math.abs(computed - stated) <= 0.5 * 10 ** -decimals + 1e-9;
}

function evaluate(db: Database, row: ClaimRow): ClaimResult {
  const filter = parseFilter(row.filter);
  const subset = row.subset === null ? null : parseFilter(row.subset);
  const base = {
    id: row.id,
    label: row.label,
    quote: row.quote,
    document: row.document,
    section: row.section,
    statistic: row.statistic,
    measure: row.measure,
    filter: filter?.input ?? {},
    subset: subset?.input ?? null,
    stated: row.stated,
    decimals: row.decimals,
  };
  if (filter === null || (row.subset !== null && subset === null)) {
    return { ...base, computed: null, practices: 0, holds: false, problem: 'Its filter is not one this version of the app reads.' };
  }
  const ids = idsOf(db, filter.valid);
  let computed: number | null;
  if (row.statistic === 'count') computed = ids.length;
  else if (row.statistic === 'share') {
    const part = new Set(idsOf(db, subset!.valid));
    computed = ids.length === 0 ? null : (100 * ids.filter((id) => part.has(id)).length) / ids.length;
  } else {
    const measure = row.measure!;
    const summary = statsTable(db, { filter: filter.valid, groupBy: [], measures: [measure] }).overall.measures[measure];
    computed = summary?.[row.statistic] ?? null;
  }
  const problem = computed === null ? (ids.length === 0 ? 'No practice matches its filter.' : 'None of the practices it selects has a value.') : null;
  return { ...base, computed, practices: ids.length, holds: computed !== null && holdsAt(computed, row.stated, row.decimals), problem };
}

function readRows(db: Database): ClaimRow[] {
  // Rows come from a file: one that does not fit the schema is skipped here (a merge checks them on the way in).
  return (statement(db, 'SELECT * FROM claims ORDER BY created_at, id').all() as unknown[]).flatMap((raw) => {
    const parsed = claimRecordSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export function listClaims(db: Database): ClaimResult[] {
  return readRows(db).map((row) => evaluate(db, row));
}

function getClaim(db: Database, id: string): ClaimResult {
  const row = readRows(db).find((r) => r.id === id);
  if (!row) throw new ApiFailure('not_found', `There is no claim with id "${id}". It may have been deleted.`);
  return evaluate(db, row);
}

/** Records a claim (a new one, or replaces the one with this id), as one tracked change. */
export function setClaim(db: Database, input: z.output<typeof claimSetInputSchema>): ClaimResult {
  const id = input.id ?? randomUUID();
  const now = new Date().toISOString();
  const existing = statement(db, 'SELECT created_at FROM claims WHERE id = ?').get(id) as { created_at: string } | undefined;
  const row = {
    id,
    label: input.label,
    quote: input.quote,
    document: input.document,
    section: input.section,
    statistic: input.statistic,
    measure: input.measure,
    // The filter as given (its input form), so it reads back as the user wrote it.
    filter: JSON.stringify(input.filter),
    subset: input.subset === null ? null : JSON.stringify(input.subset),
    stated: input.stated,
    decimals: input.decimals,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  track(
    db,
    'claim',
    { id },
    () =>
      statement(
        db,
        `INSERT INTO claims (id, label, quote, document, section, statistic, measure, filter, subset, stated, decimals, created_at, updated_at)
         VALUES (@id, @label, @quote, @document, @section, @statistic, @measure, @filter, @subset, @stated, @decimals, @created_at, @updated_at)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, quote = excluded.quote, document = excluded.document, section = excluded.section,
           statistic = excluded.statistic, measure = excluded.measure, filter = excluded.filter, subset = excluded.subset, stated = excluded.stated,
           decimals = excluded.decimals, updated_at = excluded.updated_at`,
      ).run(row),
    existing === undefined,
  );
  return getClaim(db, id);
}

export function deleteClaim(db: Database, id: string): { id: string } {
  getClaim(db, id);
  track(db, 'claim', { id }, () => statement(db, 'DELETE FROM claims WHERE id = ?').run(id));
  return { id };
}

const printed = (value: number, decimals: number) => value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A finding for each claim the data does not give (rule claim.doesNotHold). */
export function claimFindings(db: Database): QualityFinding[] {
  return listClaims(db)
    .filter((c) => !c.holds)
    .map((c) => {
      const unit = c.statistic === 'share' ? ' %' : '';
      const where = c.document ? ` (${[c.document, c.section].filter(Boolean).join(', ')})` : '';
      const message =
        c.computed === null
          ? `“${c.label}”${where} states ${printed(c.stated, c.decimals)}${unit}, which cannot be recomputed: ${c.problem ?? ''}`
          : `“${c.label}”${where} states ${printed(c.stated, c.decimals)}${unit}; the data gives ${printed(c.computed, Math.max(c.decimals, 1))}${unit} (${CLAIM_STATISTIC_LABELS[c.statistic].toLowerCase()} of ${c.practices} practices).`;
      return { rule: 'claim.doesNotHold', severity: QUALITY_RULES['claim.doesNotHold'].severity, practiceId: null, practiceName: null, related: [], message, claimId: c.id };
    });
}
