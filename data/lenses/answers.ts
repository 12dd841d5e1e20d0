/** A practice's answers to every lens, and writing one lens's answers (checked against the lens's current version). */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { LENS_SCALE_LABELS, meetsLens, SCALE_STATUSES, type LensDefinition } from '../domain/lenses.js';
import { ApiFailure } from '../domain/envelope.js';
import { readAnswers, setAnswers, type StoredAnswer } from '../practices/index.js';
import { lensById, listLenses } from './definitions.js';
import type { PracticeLens } from './model.js';
import type { lensSetAnswersInputSchema } from './schemas.js';

function practiceLens(db: Database, practiceId: string, lens: LensDefinition): PracticeLens {
  const stored = readAnswers(db, practiceId, lens.id);
  const answers = lens.items.map((item) => stored.get(item.id) ?? { item: item.id, status: 'unknown' as const, note: null, sources: null });
  return { lens, answers, meets: meetsLens(lens, (item) => stored.get(item)?.status ?? 'unknown') };
}

export function practiceLenses(db: Database, practiceId: string): PracticeLens[] {
  if (!db.prepare('SELECT 1 FROM practices WHERE id = ?').get(practiceId)) throw new ApiFailure('not_found', `There is no practice with id "${practiceId}". It may have been deleted.`);
  return listLenses(db).map((lens) => practiceLens(db, practiceId, lens));
}

export function setLensAnswers(db: Database, input: z.output<typeof lensSetAnswersInputSchema>): PracticeLens[] {
  const lens = lensById(db, input.lens);
  const items = new Set(lens.items.map((i) => i.id));
  const allowed = SCALE_STATUSES[lens.scale];
  for (const [index, answer] of input.answers.entries()) {
    if (!items.has(answer.item)) {
      throw new ApiFailure('invalid_input', `Answer ${index + 1}: “${answer.item}” is not an item of the lens “${lens.name}” (version ${lens.version}).`, {
        [`answers.${index}.item`]: 'not an item of this lens',
      });
    }
    if (!allowed.includes(answer.status)) {
      throw new ApiFailure('invalid_input', `Answer ${index + 1}: “${lens.name}” is answered ${LENS_SCALE_LABELS[lens.scale].toLowerCase()} (or unknown), not “${answer.status}”.`, {
        [`answers.${index}.status`]: 'not on this lens’s scale',
      });
    }
  }
  setAnswers(db, input.practiceId, lens.id, input.answers satisfies StoredAnswer[]);
  return practiceLenses(db, input.practiceId);
}
