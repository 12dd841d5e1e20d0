/**
 * `autocredify import FILE` where FILE is a case-study file (what `autocredify export case-studies
 * --format json` and the app write): the command line's way into `practices.importCaseStudies`.
 * Recognised by its content, not its name, so a partner's renamed file still goes the right way.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { CliInputError } from './inputError.js';
import { readInputFile } from './readInput.js';

/** The limit practices.importCaseStudies puts on a file's text. */
const MAX_CASE_STUDY_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Whether the file opens as a case-study file: a JSON object whose first key names the format (as
 * every case-study file the app writes does). Reads 4 KB at most, so a large CSV is not read twice.
 */
export function isCaseStudyFile(path: string): boolean {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not readable here: the CSV path reads it again and says why in its own words.
    return false;
  }
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"autocredify-case-studies"/.test(head);
}

/** The file's text for practices.importCaseStudies; options of the CSV import are refused, not ignored. */
export function caseStudyImportInput(path: string, options: Record<string, unknown>): { content: string } {
  const csvOnly = Object.entries(options).filter(([name, value]) => value !== undefined && value !== false && name !== 'db' && name !== 'help');
  if (csvOnly.length > 0) {
    throw new CliInputError(
      `${path} is a case-study file: ${csvOnly.map(([name]) => `--${name}`).join(', ')} applies to CSV files only. A case-study file is written whole (every section it names replaces the practice's), and undone as one step in the app.`,
    );
  }
  return { content: readInputFile(path, 'a case-study file', MAX_CASE_STUDY_FILE_BYTES).toString('utf8') };
}

/** One line for the terminal. */
export function describeCaseStudyImport(result: { practices: number; sections: number }): string {
  if (result.sections === 0) return 'Case studies: nothing changed (every section in the file is already as it says).';
  return `Case studies: ${result.sections} section${result.sections === 1 ? '' : 's'} written in ${result.practices} practice${result.practices === 1 ? '' : 's'} (one change set; undo it in the app's history).`;
}
