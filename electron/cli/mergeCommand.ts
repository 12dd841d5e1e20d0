/** `autocredify merge FILE`: the command line's way into the contract's `merge.check` and `merge.run`. */
import { basename } from 'node:path';
import type { MergePlan, MergeResult, OperationInput } from '../../data/contract/contract.js';
import { CliInputError } from './inputError.js';
import { MAX_SETTINGS_FILE_BYTES, readInputFile } from './readInput.js';

export const MERGE_USAGE = `Usage: autocredify merge FILE [options]

Merges a partner's copy of the dataset (an .acmap file) into this one: what only they changed is
taken, what only you changed stays, and their raters' scores arrive beside yours (people and
practices are matched by their ids, never by name). A field both of you changed differently is a
conflict: nothing is written until every conflict is settled. The merge is one step in the
history (undo it in the app) and merging the same file again changes nothing.

  --dry-run               say what the merge would do and list the conflicts; write nothing
  --prefer ours|theirs    settle every conflict by keeping this dataset's value or the partner's
  --resolutions FILE      JSON {"<conflict id>": "ours" | "theirs"}: settle conflicts one by one
                          (the ids are in the output of --dry-run --format json)
  --format text|json      the summary as text (default) or as JSON
  --db PATH               dataset file to merge into (default: the app's own dataset)

The exit code is 0 when the merge was written or there was nothing to merge, 1 when nothing was
written (an unreadable file, or conflicts left unsettled), 2 for a wrong command line.`;

type MergeInput = OperationInput<'merge.run'>;

export function mergeFileInput(file: string): MergeInput['file'] {
  return { name: basename(file), contentBase64: readInputFile(file, 'a dataset file to merge').toString('base64') };
}

/** The choices for the conflicts a check found, from --prefer or a --resolutions file. */
export function mergeResolutions(plan: MergePlan, values: { prefer?: string; resolutions?: string }): Record<string, 'ours' | 'theirs'> {
  const chosen: Record<string, 'ours' | 'theirs'> = {};
  if (values.resolutions !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readInputFile(values.resolutions, 'a resolutions file', MAX_SETTINGS_FILE_BYTES).toString('utf8')) as unknown;
    } catch (error) {
      if (error instanceof CliInputError) throw error;
      throw new CliInputError(`The resolutions file ${values.resolutions} cannot be read as JSON: ${(error as Error).message}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CliInputError('The resolutions file must hold an object: {"conflict id": "ours" | "theirs", ...}.');
    for (const [id, side] of Object.entries(raw)) {
      if (side !== 'ours' && side !== 'theirs') throw new CliInputError(`The resolutions file says "${String(side)}" for ${id}; use "ours" or "theirs".`);
      chosen[id] = side;
    }
  }
  if (values.prefer !== undefined) {
    if (values.prefer !== 'ours' && values.prefer !== 'theirs') throw new CliInputError('--prefer takes "ours" or "theirs".');
    for (const conflict of plan.conflicts) chosen[conflict.id] ??= values.prefer;
  }
  return chosen;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeMerge(result: MergePlan | MergeResult, dryRun: boolean): string {
  const committed = 'committed' in result && result.committed;
  if (result.upToDate) return `Nothing to merge: every change in ${result.fileName} is already in this dataset.`;
  const kinds = Object.entries(result.counts)
    .filter(([, c]) => c.added + c.updated + c.removed > 0)
    .map(([kind, c]) => `${kind}s: ${c.added} added, ${c.updated} updated, ${c.removed} removed`);
  const lines = [
    `${dryRun ? 'Dry run (nothing written): ' : committed ? 'Merged: ' : ''}${result.fileName} holds ${plural(result.newChangeSets, 'change')} this dataset has not seen.`,
    ...kinds.map((k) => `  ${k}`),
    ...result.raters.map((r) => `  Scores by ${r.name}${r.team ? ` (${r.team})` : ''}: ${r.scores}`),
    ...result.notes.map((n) => `Note: ${n}`),
  ];
  if (result.conflicts.length > 0) {
    lines.push(`${plural(result.conflicts.length, 'conflict')} (changed differently in both files):`);
    for (const c of result.conflicts) {
      lines.push(`  ${c.record}, ${c.fieldLabel}: here “${c.ours ?? ''}”, theirs “${c.theirs ?? ''}” (before: “${c.base ?? ''}”)`, `    id: ${c.id}`);
    }
  }
  return lines.join('\n');
}
