/** `autocredify import FILE`: the command line's way into the contract's `import.run`. */
import { CliInputError } from './inputError.js';
import { checkInputFile, MAX_SETTINGS_FILE_BYTES, readInputFile } from './readInput.js';
import { basename, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { registerLocalFile } from '../../data/store/uploads.js';
import type { ImportResult, OperationInput } from '../../data/contract/contract.js';
import { IMPORT_TARGET_NAMES } from '../../data/import/schemas.js';

/** Exit code when the import ran but some rows were rejected (written: the rest; with --strict or --dry-run: nothing). */
export const EXIT_ROWS_REJECTED = 3;

export const IMPORT_USAGE = `Usage: autocredify import FILE [options]

Imports practices from a CSV file (Excel's "CSV (semicolon)", "CSV UTF-8" or "Unicode text" included)
or an Excel workbook (.xlsx, told by its content): the encoding, the delimiter, whether the first row
is a header row and each column's decimal mark are detected, and columns are matched to fields by
their headers (English, Spanish, Portuguese, Finnish). From a workbook, one sheet is read (--sheet);
dates become ISO dates (2024-03-05), formulas their stored result, and a merged header names its
first column.
A row with an id is that practice; a row without one is matched by its code (or name), country and
provider, or added as new. All rows are written in one transaction, or none.

A case-study file (the JSON "autocredify export case-studies --format json" writes) is recognised by
its content: every section it names replaces that practice's, in one step (no option applies to it).

  --dry-run              say what would be new, updated, unchanged or rejected; write nothing
  --strict               write nothing if any row would be rejected
  --map "COLUMN=FIELD"   read the column (its header, or its number from 0) into FIELD (its name or the
                         export's label); "COLUMN=" leaves the column out (repeatable)
  --set "FIELD=VALUE"    give every row VALUE where the file has no such column or leaves it empty,
                         e.g. --set country=Spain (repeatable)
  --mapping FILE         JSON: {"<column header or 0-based number>": "<field>" or null to leave it out}
  --sheet NAME|NUMBER    the workbook's sheet to read, by name or number from 1 (default: the first
                         sheet that holds anything; the output says which, and lists the others)
  --no-header            the first row is data: columns are "Column 1", "Column 2", ... (map them by position)
  --header               the first row is a header row (default: detected)
  --key auto|id|nameCountry   how rows find their practice (default auto: the id, else code or name,
                         country and provider; id: only by id; nameCountry: by name and country)
  --duplicates reject|separate   rows without ids that share a key: reject them (default) or import
                         each as its own practice
  --decimal , or .       the decimal mark of every number column (default: detected per column)
  --invalid-bytes reject|windows-1252   bytes that are not UTF-8 in a UTF-8 file: reject their rows
                         (default) or read them as Windows-1252
  --encoding NAME        utf-8 | utf-8-bom | utf-16le | utf-16be | windows-1252 (default: detected)
  --delimiter D          ";" | "," | tab (default: detected)
  --rater ID             whose scores the score columns hold (see: autocredify call raters.list)
  --rejected FILE        write the rejected rows (row, line, reason and their cells) as CSV to FILE
  --db PATH              dataset file (default: the app's own dataset)

Fields: ${IMPORT_TARGET_NAMES.join(', ')}.

Rejected rows are listed on standard output with their row (as a spreadsheet numbers it) and reason.
Exit codes: 0 every row was written or unchanged; ${EXIT_ROWS_REJECTED} some rows were rejected (the others were
written, unless --dry-run or --strict); 1 nothing was written because of an error; 2 the command
line was wrong.`;

type ImportInput = OperationInput<'import.run'>;

/** "HEADER=field": split at the last "=", since a header may hold one and a field name never does. */
function splitPair(text: string, option: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw new CliInputError(`${option} takes "NAME=VALUE"; "${text}" has no name before "=".`);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** For --set the value may hold "=", so it splits at the first one. */
function splitSetting(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new CliInputError(`--set takes "FIELD=VALUE"; "${text}" has no field before "=".`);
  return [text.slice(0, at).trim(), text.slice(at + 1)];
}

const DECIMALS: Record<string, 'comma' | 'point'> = { ',': 'comma', comma: 'comma', '.': 'point', point: 'point' };

export function importInput(file: string, values: Record<string, string | string[] | boolean | undefined>): ImportInput {
  // The file is read where it is, in pieces, by the import itself (never whole, never as base64).
  checkInputFile(file, 'a file to import');
  const upload = randomBytes(24).toString('base64url');
  registerLocalFile(upload, resolve(file));
  const input: ImportInput = { file: { name: basename(file), upload } };
  if (values.key !== undefined) input.key = values.key as ImportInput['key'];
  if (values.sheet !== undefined) input.sheet = String(values.sheet);
  if (values.encoding !== undefined) input.encoding = values.encoding as ImportInput['encoding'];
  if (values.delimiter !== undefined) input.delimiter = (values.delimiter === 'tab' ? '\t' : values.delimiter) as ImportInput['delimiter'];
  if (values.rater !== undefined) input.raterId = String(values.rater);
  if (values.duplicates !== undefined) input.duplicates = values.duplicates as ImportInput['duplicates'];
  if (values['invalid-bytes'] !== undefined) input.invalidBytes = values['invalid-bytes'] as ImportInput['invalidBytes'];
  if (values['no-header'] === true && values.header === true) throw new CliInputError('Choose --header or --no-header, not both.');
  if (values['no-header'] === true) input.headerRow = false;
  if (values.header === true) input.headerRow = true;
  if (values.decimal !== undefined) {
    const decimal = DECIMALS[String(values.decimal)];
    if (decimal === undefined) throw new CliInputError(`--decimal takes "," or "." (not "${String(values.decimal)}").`);
    input.decimal = decimal;
  }
  // Columns are resolved against the file's own decoded headers by the import itself, so a quoted
  // header with a comma, or one in Windows-1252 or UTF-16, is found as the automatic matching finds it.
  const mapping: Record<string, string | null> = values.mapping !== undefined ? readMapping(String(values.mapping)) : {};
  for (const pair of (values.map as string[] | undefined) ?? []) {
    const [column, field] = splitPair(pair, '--map');
    mapping[column] = field === '' ? null : field;
  }
  if (Object.keys(mapping).length > 0) input.mapping = mapping;
  const constants: Record<string, string> = {};
  for (const pair of (values.set as string[] | undefined) ?? []) {
    const [field, value] = splitSetting(pair);
    constants[field] = value;
  }
  if (Object.keys(constants).length > 0) input.constants = constants;
  return input;
}

function readMapping(path: string): Record<string, string | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(readInputFile(path, 'a mapping file', MAX_SETTINGS_FILE_BYTES).toString('utf8')) as unknown;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`The mapping file ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CliInputError('The mapping file must hold an object: {"column": "field", ...}.');
  return Object.fromEntries(Object.entries(raw).map(([column, target]) => [column, target === null ? null : String(target)]));
}

const place = (r: { row: number; line: number }) => (r.row === r.line ? `Row ${r.row}` : `Row ${r.row} (line ${r.line})`);

export function describeImport(result: ImportResult): string {
  const { counts } = result;
  const head = `${result.dryRun ? 'Dry run (nothing written): ' : result.committed ? 'Imported: ' : 'Nothing to write: '}${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected.`;
  // A workbook has no encoding or delimiter; its sheet is said in the notes.
  const read = result.workbook ? [] : [`Read as ${result.encoding}, delimiter ${result.delimiter === '\t' ? 'tab' : `"${result.delimiter}"`}.`];
  const notes = result.notes.map((n) => `Note: ${n}`);
  const rejected = result.rejected.map((r) => `${place(r)}: ${r.reason}`);
  return [head, ...read, ...notes, ...rejected].join('\n');
}
