/**
 * The lens view (analysis.lens): how many of the filtered practices meet a lens (yes to every
 * required item), by group, with their ids for filtering the table, and the items most often
 * missing. A practice with no recorded answer to an item counts as unknown, never as meeting it.
 * Lenses carry no scores, so blind mode changes nothing here; the filter is respected.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { meetsLens, type LensStatus } from '../domain/lenses.js';
import { GROUP_FIELD_LABELS } from '../domain/fields.js';
import type { DataTable } from '../exports/dataTable.js';
import { lensById } from '../lenses/index.js';
import type { LensGroupCount, LensItemCount, LensView } from '../lenses/model.js';
import type { lensViewInputSchema } from '../lenses/schemas.js';
import { lensStatuses } from '../practices/index.js';
import { loadFacts } from './facts.js';
import { compareGroupKeys, groupKeysOf } from './grouping.js';

export function lensView(db: Database, input: z.output<typeof lensViewInputSchema>): LensView {
  const lens = lensById(db, input.lens);
  const facts = loadFacts(db, input.filter);
  const answers = lensStatuses(db, lens.id);
  const statusOf = (practiceId: string, item: string): LensStatus => answers.get(practiceId)?.get(item) ?? 'unknown';
  const meeting = new Set(facts.filter((f) => meetsLens(lens, (item) => statusOf(f.id, item))).map((f) => f.id));

  const groups = new Map<string, LensGroupCount>();
  for (const fact of facts) {
    for (const key of groupKeysOf(fact, input.groupBy)) {
      const id = key.value ?? '\u0000';
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { ...key, practices: 0, meeting: 0, meetingIds: [] }));
      group.practices += 1;
      if (meeting.has(fact.id)) {
        group.meeting += 1;
        group.meetingIds.push(fact.id);
      }
    }
  }

  const items = lens.items
    .map((item, order): LensItemCount & { order: number } => {
      const counts: Record<LensStatus, number> = { yes: 0, partly: 0, no: 0, unknown: 0 };
      for (const f of facts) counts[statusOf(f.id, item.id)] += 1;
      return { item: item.id, text: item.text, required: item.required, ...counts, missing: facts.length - counts.yes, order };
    })
    .sort((a, b) => Number(b.required) - Number(a.required) || b.missing - a.missing || b.unknown - a.unknown || a.order - b.order)
    .map(({ order: _order, ...count }) => count);

  return {
    lens,
    groupBy: input.groupBy,
    groupByLabel: GROUP_FIELD_LABELS[input.groupBy],
    practices: facts.length,
    meeting: meeting.size,
    meetingIds: facts.filter((f) => meeting.has(f.id)).map((f) => f.id),
    groups: [...groups.values()].sort(compareGroupKeys),
    items,
  };
}

const text = (label: string) => ({ label, kind: 'text' as const });
const number = (label: string) => ({ label, kind: 'number' as const });

/** The view as one table: the total, each group, then each item (most often missing first). */
export function lensDataTable(view: LensView): DataTable {
  const blank = [null, null, null, null, null] as const;
  return {
    title: `${view.lens.name} (version ${view.lens.version})`,
    shortTitle: view.lens.name.slice(0, 31),
    columns: [text('Measure'), text('Group or item'), number('Practices'), number('Meeting all items'), number('Yes'), number('Partly'), number('No'), number('Unknown'), number('Missing')],
    rows: [
      ['All filtered practices', 'All', view.practices, view.meeting, ...blank],
      ...view.groups.map((g) => [`By ${view.groupByLabel.toLowerCase()}`, g.label, g.practices, g.meeting, ...blank]),
      ...view.items.map((i) => [i.required ? 'Item' : 'Optional item', i.text, view.practices, null, i.yes, i.partly, i.no, i.unknown, i.missing]),
    ],
  };
}
