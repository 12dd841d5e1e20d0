/**
 * A practice's case-study write-up (migration 0008): read, written one section at a time through
 * the history (entity `caseStudy`), and carried in and out as a case-study file (JSON).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { CASE_STUDY_SECTION_IDS, sectionIsEmpty, type CaseStudyBlock, type CaseStudySection, type CaseStudySectionId, type CaseStudySource } from '../domain/caseStudy.js';
import { ApiFailure } from '../domain/envelope.js';
import { track } from '../history/history.js';
import { statement } from '../store/statements.js';
import { caseStudyFileSchema, caseStudyContentSchema } from './caseStudySchemas.js';
import type { CaseStudyImportResult } from './model.js';

interface SectionRow {
  section_id: CaseStudySectionId;
  blocks: string;
  sources: string;
}

/**
 * A stored section as its blocks and sources. The row was written through the API's schemas, but
 * a file may have been edited by another program: what does not parse reads as an empty section
 * rather than failing the whole practice page.
 */
function sectionOfRow(row: SectionRow): CaseStudySection {
  const json = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // The table's CHECK keeps text that is not JSON out, unless a file was written with checks off.
      return null;
    }
  };
  const parsed = caseStudyContentSchema.safeParse({ blocks: json(row.blocks), sources: json(row.sources) });
  return parsed.success ? { section: row.section_id, ...parsed.data } : { section: row.section_id, blocks: [], sources: [] };
}

/** The ten sections of a practice's write-up, in the template's order; a section never written is empty. */
export function readCaseStudy(db: Database, practiceId: string): CaseStudySection[] {
  const rows = statement(db, 'SELECT section_id, blocks, sources FROM case_study_sections WHERE practice_id = ?').all(practiceId) as SectionRow[];
  const bySection = new Map(rows.map((r) => [r.section_id, sectionOfRow(r)]));
  return CASE_STUDY_SECTION_IDS.map((section) => bySection.get(section) ?? { section, blocks: [], sources: [] });
}

/** Ids of the practices that have any section written, in id order (for exports of every write-up). */
export function practicesWithCaseStudy(db: Database): string[] {
  return statement(db, 'SELECT DISTINCT practice_id FROM case_study_sections ORDER BY practice_id').pluck().all() as string[];
}

function requireExists(db: Database, id: string): void {
  if (!statement(db, 'SELECT 1 FROM practices WHERE id = ?').get(id)) throw new ApiFailure('not_found', `There is no practice with id "${id}". It may have been deleted.`);
}

/**
 * Replaces one section (an empty one removes its row, so a section emptied again is as one never
 * written). Returns whether anything changed: saving the same text records nothing.
 */
export function setCaseStudySection(db: Database, practiceId: string, section: CaseStudySectionId, blocks: CaseStudyBlock[], sources: CaseStudySource[]): boolean {
  return db.transaction(() => {
    requireExists(db, practiceId);
    const current = readCaseStudy(db, practiceId).find((s) => s.section === section)!;
    const empty = sectionIsEmpty({ blocks }) && sources.length === 0;
    if (JSON.stringify(current.blocks) === JSON.stringify(blocks) && JSON.stringify(current.sources) === JSON.stringify(sources)) return false;
    track(db, 'caseStudy', { practiceId, section }, () => {
      if (empty) statement(db, 'DELETE FROM case_study_sections WHERE practice_id = ? AND section_id = ?').run(practiceId, section);
      else {
        statement(
          db,
          `INSERT INTO case_study_sections (practice_id, section_id, blocks, sources, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (practice_id, section_id) DO UPDATE SET blocks = excluded.blocks, sources = excluded.sources, updated_at = excluded.updated_at`,
        ).run(practiceId, section, JSON.stringify(blocks), JSON.stringify(sources), new Date().toISOString());
      }
    });
    return true;
  })();
}

/** Every section's removal recorded, before the practice itself goes (the table cascades, the history would not see it). */
export function deleteCaseStudyOf(db: Database, practiceId: string): void {
  const sections = statement(db, 'SELECT section_id FROM case_study_sections WHERE practice_id = ?').pluck().all(practiceId) as string[];
  for (const section of sections) {
    track(db, 'caseStudy', { practiceId, section }, () => statement(db, 'DELETE FROM case_study_sections WHERE practice_id = ? AND section_id = ?').run(practiceId, section));
  }
}

export type CaseStudyFile = z.output<typeof caseStudyFileSchema>;

/** The write-ups of the given practices (every one that has one, by default) as a case-study file. */
export function caseStudyFile(db: Database, practiceIds: readonly string[] = practicesWithCaseStudy(db)): CaseStudyFile {
  const name = statement(db, 'SELECT name FROM practices WHERE id = ?').pluck();
  return {
    format: 'autocredify-case-studies',
    version: 1,
    practices: practiceIds.map((id) => ({
      id,
      name: String(name.get(id) ?? ''),
      sections: readCaseStudy(db, id).filter((s) => !sectionIsEmpty(s) || s.sources.length > 0),
    })),
  };
}

/**
 * Reads a case-study file and writes every section it holds, all or nothing (the caller's change
 * set makes it one step to undo). Sections the file does not name stay as they are. Practices are
 * matched by id; a file naming one this dataset lacks is refused whole, before anything is written.
 */
export function importCaseStudies(db: Database, content: string): CaseStudyImportResult {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new ApiFailure('invalid_input', 'This is not a case-study file (it is not JSON). Nothing was imported.');
  }
  const parsed = caseStudyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiFailure('invalid_input', `This case-study file cannot be imported (${issue.path.map(String).join('.') || 'file'}: ${issue.message}). Nothing was imported.`);
  }
  return db.transaction(() => {
    const result: CaseStudyImportResult = { practices: 0, sections: 0 };
    for (const practice of parsed.data.practices) {
      requireExists(db, practice.id);
      let changed = false;
      for (const s of practice.sections) {
        if (setCaseStudySection(db, practice.id, s.section, s.blocks, s.sources)) {
          result.sections += 1;
          changed = true;
        }
      }
      if (changed) result.practices += 1;
    }
    return result;
  })();
}
