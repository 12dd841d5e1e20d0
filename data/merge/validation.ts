/**
 * A practice arriving from a partner's file is untrusted input: SQLite's STRICT tables checked its
 * types when the file was opened, but not that it is a practice this app could have written
 * (a known practice type, an EQF level, a list of technology domains...). It is checked here with
 * the same schema as a practice typed into the form, before anything is written.
 */
import { ApiFailure } from '../domain/envelope.js';
import { practiceFieldsSchema } from '../practices/schemas.js';
import { checklistStateSchema } from '../practices/checklist.js';
import { COLUMN_FIELDS, type DbRow } from '../practices/records.js';
import { practiceOfState } from './records.js';

type Row = Record<string, unknown>;

export function validatePartnerPractice(state: Row, fileName: string): void {
  const row = state.row as DbRow;
  let fields: Row;
  try {
    const practice = practiceOfState(state) as unknown as Row;
    fields = Object.fromEntries([...COLUMN_FIELDS, 'narratives', 'sources'].map((f) => [f, practice[f]]));
  } catch {
    throw invalid(fileName, row, 'it cannot be read');
  }
  for (const parsed of [practiceFieldsSchema.safeParse(fields), checklistStateSchema.safeParse({ elements: state.elements, criteria: state.criteria })]) {
    if (parsed.success) continue;
    const issue = parsed.error.issues[0]!;
    throw invalid(fileName, row, `${issue.path.map(String).join('.')}: ${issue.message}`);
  }
}

function invalid(fileName: string, row: DbRow, reason: string): ApiFailure {
  const name = typeof row.name === 'string' ? `“${row.name.slice(0, 80)}”` : `id ${String(row.id).slice(0, 80)}`;
  return new ApiFailure('invalid_input', `The practice ${name} in “${fileName}” is not valid (${reason}), so the file cannot be merged. Nothing was changed.`);
}
