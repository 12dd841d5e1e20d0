/**
 * The EU information elements view: how many of the filtered practices document every mandatory
 * element of the Council Recommendation (the full definition of a micro-credential), by country
 * group and practice type, and which elements are most often missing. A practice with no
 * recorded status for an element counts as unknown, never as documented.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { euElementsInputSchema } from './schemas.js';
import { COUNTRY_GROUPS, countryGroupOf, PRACTICE_TYPE_LABELS, PRACTICE_TYPES, type PracticeType } from '../domain/domain.js';
import { EU_ELEMENT_IDS, EU_ELEMENT_LABELS, isMandatoryElement, MANDATORY_ELEMENT_IDS, type ElementStatus, type EuElementId } from '../domain/euElements.js';
import type { EuElementCount, EuElementsGroup, EuElementsSummary } from '../practices/index.js';
import { filteredPractices } from '../practices/index.js';
import { scoresBySource, viewerOf } from '../scoring/index.js';
import { NOT_RECORDED } from './grouping.js';

interface Judged {
  country: string;
  practiceType: PracticeType | null;
  statuses: Map<EuElementId, ElementStatus>;
}

/** Every mandatory element "yes" (full) or at least "partly". */
function completeness(p: Judged): { full: boolean; atLeastPartly: boolean } {
  const statuses = MANDATORY_ELEMENT_IDS.map((e) => p.statuses.get(e) ?? 'unknown');
  return { full: statuses.every((s) => s === 'yes'), atLeastPartly: statuses.every((s) => s === 'yes' || s === 'partly') };
}

function group(value: string | null, label: string, members: Judged[]): EuElementsGroup {
  const judged = members.map(completeness);
  return {
    value,
    label,
    practices: members.length,
    allMandatory: judged.filter((j) => j.full).length,
    allMandatoryAtLeastPartly: judged.filter((j) => j.atLeastPartly).length,
  };
}

export function euElementsSummary(db: Database, input: z.output<typeof euElementsInputSchema>): EuElementsSummary {
  const { sql, params } = filteredPractices(input.filter, { meansTable: () => scoresBySource(db, viewerOf(db)) });
  const practices = new Map<string, Judged>();
  for (const row of db.prepare(`SELECT p.id, p.country, p.practice_type ${sql}`).iterate(...params) as Iterable<{ id: string; country: string; practice_type: PracticeType | null }>) {
    practices.set(row.id, { country: row.country, practiceType: row.practice_type, statuses: new Map() });
  }
  // Only the recorded statuses of the filtered practices; everything else is unknown.
  const recorded = db
    .prepare(`SELECT practice_id AS id, item_id AS element, status FROM lens_answers WHERE lens_id = 'eu_elements' AND practice_id IN (SELECT p.id ${sql})`)
    .iterate(...params) as Iterable<{ id: string; element: EuElementId; status: ElementStatus }>;
  for (const r of recorded) practices.get(r.id)?.statuses.set(r.element, r.status);
  const all = [...practices.values()];

  const byCountryGroup = COUNTRY_GROUPS.map((g) => group(g, g, all.filter((p) => countryGroupOf(p.country) === g))).filter((g) => g.practices > 0);
  const byPracticeType = [
    ...PRACTICE_TYPES.map((t) => group(t, PRACTICE_TYPE_LABELS[t], all.filter((p) => p.practiceType === t))),
    group(null, NOT_RECORDED, all.filter((p) => p.practiceType === null)),
  ].filter((g) => g.practices > 0);

  const elements = EU_ELEMENT_IDS.map((element, order): EuElementCount & { order: number } => {
    const counts: Record<ElementStatus, number> = { yes: 0, partly: 0, no: 0, unknown: 0 };
    for (const p of all) counts[p.statuses.get(element) ?? 'unknown'] += 1;
    return { element, label: EU_ELEMENT_LABELS[element], mandatory: isMandatoryElement(element), ...counts, missing: counts.no + counts.unknown, order };
  })
    .sort((a, b) => b.missing - a.missing || b.partly - a.partly || a.order - b.order)
    .map(({ order: _order, ...count }) => count);

  const overall = group(null, 'All practices', all);
  return { practices: all.length, allMandatory: overall.allMandatory, allMandatoryAtLeastPartly: overall.allMandatoryAtLeastPartly, byCountryGroup, byPracticeType, elements };
}
