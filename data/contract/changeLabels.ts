/** How a change set reads in the Edit menu and in a practice's history ("Undo Edited “SFS 6002”"). */
import type { Database } from 'better-sqlite3';
import type { OperationName } from './contract.js';
import { openChangeSetId } from '../history/history.js';
import { caseStudySectionHeading, type CaseStudySectionId } from '../domain/caseStudy.js';
import { builtInLens } from '../domain/lenses.js';

function practiceName(db: Database, id: unknown): string {
  const row = db.prepare('SELECT name FROM practices WHERE id = ?').get(String(id)) as { name: string } | undefined;
  return row ? `“${row.name}”` : 'a practice';
}

function dimensionName(db: Database, id: unknown): string {
  const row = db.prepare('SELECT name FROM dimensions WHERE id = ?').get(String(id)) as { name: string } | undefined;
  return row?.name ?? String(id);
}

/**
 * A deleted practice's name: gone from the table by the time the label is made, it is in the
 * change set being recorded (its state before), so a notice never names it by its id.
 */
function deletedPracticeName(db: Database, id: unknown): string {
  const setId = openChangeSetId(db);
  const before = setId === null ? undefined : (db
    .prepare("SELECT before ->> '$.row.name' FROM changes WHERE change_set_id = ? AND entity = 'practice' AND entity_key ->> '$.id' = ? LIMIT 1")
    .pluck()
    .get(setId, String(id)) as string | null | undefined);
  return before ? `“${before}”` : 'a practice';
}

function lensName(db: Database, id: unknown): string {
  const lens = builtInLens(String(id));
  const name = lens?.name ?? (db.prepare('SELECT name FROM lens_versions WHERE lens_id = ? ORDER BY version DESC LIMIT 1').pluck().get(String(id)) as string | undefined);
  return name === undefined ? 'a lens' : `“${name}”`;
}

type Input = Record<string, unknown>;

export function changeLabel(db: Database, operation: OperationName, input: Input, result: unknown): string {
  const value = result as Record<string, unknown> | null;
  switch (operation) {
    case 'practices.create':
      return `Created ${practiceName(db, (value?.practice as Input | undefined)?.id)}`;
    case 'practices.update':
      return `Edited ${practiceName(db, input.id)}`;
    case 'practices.setElements':
      return `Set EU information elements of ${practiceName(db, input.id)}`;
    case 'practices.setCriteria':
      return `Set selection criteria of ${practiceName(db, input.id)}`;
    case 'practices.setCaseStudySection':
      return `Edited the case study of ${practiceName(db, input.id)} (${caseStudySectionHeading(input.section as CaseStudySectionId)})`;
    case 'practices.importCaseStudies': {
      const counts = (value ?? {}) as { practices?: number; sections?: number };
      return `Imported case studies (${counts.sections ?? 0} sections of ${counts.practices ?? 0} practices)`;
    }
    case 'practices.delete':
      return `Deleted ${deletedPracticeName(db, input.id)}`;
    case 'scores.set':
      return `Scored ${dimensionName(db, input.dimension)} of ${practiceName(db, input.practiceId)}`;
    case 'scores.clear':
      return `Cleared the ${dimensionName(db, input.dimension)} score of ${practiceName(db, input.practiceId)}`;
    case 'raters.create':
      return `Added rater ${String(input.name)}`;
    case 'dimensions.setTarget':
      return `Set the ${dimensionName(db, input.id)} target to ${String(input.target)}`;
    case 'coverage.setTargets':
      return 'Changed the coverage targets';
    case 'import.run': {
      const counts = (value?.counts ?? {}) as Record<string, number>;
      const what = value?.kind === 'scores' ? 'scores ' : '';
      return `Imported ${what}${String((input.file as Input | undefined)?.name ?? 'a CSV file')} (${counts.new ?? 0} new, ${counts.updated ?? 0} updated)`;
    }
    case 'rubric.update':
      return `Made rubric version ${String((value as { version?: number } | null)?.version ?? '')}: ${String(input.label)}`;
    case 'consensus.set':
      return `Agreed ${dimensionName(db, input.dimension)} of ${practiceName(db, input.practiceId)} at ${String(input.value)}`;
    case 'consensus.clear':
      return `Removed the ${dimensionName(db, input.dimension)} consensus of ${practiceName(db, input.practiceId)}`;
    case 'scoreSource.set': {
      const source = input.source as { kind: string } | undefined;
      return `Views now use ${source?.kind === 'mean' ? 'the mean of raters' : source?.kind === 'rater' ? 'one rater’s scores' : 'consensus scores'}`;
    }
    case 'merge.run': {
      const counts = (value?.counts ?? {}) as Record<string, { added: number; updated: number; removed: number }>;
      const total = (kind: 'added' | 'updated' | 'removed') => Object.values(counts).reduce((n, c) => n + c[kind], 0);
      return `Merged ${String((input.file as Input | undefined)?.name ?? 'a dataset file')} (${total('added')} added, ${total('updated')} updated, ${total('removed')} removed)`;
    }
    case 'claims.set':
      return `Set the claim “${String(input.label)}”`;
    case 'claims.delete':
      return `Deleted the claim ${String(input.id)}`;
    case 'checks.setRule':
      return `${input.enabled === true ? 'Switched on' : 'Switched off'} the check “${String(input.rule)}”`;
    case 'lenses.create':
      return `Defined the lens “${String(input.name)}”`;
    case 'lenses.update':
      return `Made version ${String((value as { version?: number } | null)?.version ?? '')} of the lens “${String(input.name)}”`;
    case 'lenses.setAnswers':
      return `Answered ${lensName(db, input.lens)} for ${practiceName(db, input.practiceId)}`;
    default:
      return operation;
  }
}
