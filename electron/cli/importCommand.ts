/** `autocredify import FILE`: the command line's way into the contract's `import.run`. */
import { CliInputError } from './inputError.js';
import { MAX_SETTINGS_FILE_BYTES, readInputFile } from './readInput.js';
import { basename } from 'node:path';
import type { ImportResult, OperationInput } from '../../data/contract/contract.js';

export const IMPORT_USAGE = `Usage: autocredify import FILE [options]

Imports practices from a CSV file (Excel's "CSV (semicolon)", "CSV UTF-8" or "Unicode text" included):
the encoding, the delimiter and each column's decimal mark are detected, columns are matched to
fields by their headers (English, Spanish, Portuguese, Finnish). All rows are written in one
transaction, or none.

  --dry-run              say what would be new, updated, unchanged or rejected; write nothing
  --strict               write nothing if any row would be rejected
  --key id|nameCountry   match rows to practices by their id (default) or by name and country
  --mapping FILE         JSON: {"<column header or 0-based index>": "<field>" or null to leave it out}
  --encoding NAME        utf-8 | utf-8-bom | utf-16le | utf-16be | windows-1252 (default: detected)
  --delimiter D          ";" | "," | tab (default: detected)
  --rater ID             whose scores the score columns hold (see: autocredify call raters.list)
  --db PATH              dataset file (default: the app's own dataset)

Rejected rows are listed on standard output with their line and reason. The exit code is 0 when
the import ran (even with rejected rows), 1 when nothing was written because of an error.`;

type ImportInput = OperationInput<'import.run'>;

export function importInput(file: string, values: Record<string, string | boolean | undefined>): ImportInput {
  const bytes = readInputFile(file, 'a file to import');
  const headers = mappingHeaders(bytes);
  const input: ImportInput = { file: { name: basename(file), contentBase64: bytes.toString('base64') } };
  if (values.key !== undefined) input.key = values.key as ImportInput['key'];
  if (values.encoding !== undefined) input.encoding = values.encoding as ImportInput['encoding'];
  if (values.delimiter !== undefined) input.delimiter = (values.delimiter === 'tab' ? '\t' : values.delimiter) as ImportInput['delimiter'];
  if (values.rater !== undefined) input.raterId = String(values.rater);
  if (values.mapping !== undefined) input.mapping = readMapping(String(values.mapping), headers);
  return input;
}

/** The header row, to let a mapping file name columns by header (decoded loosely: only for matching names). */
function mappingHeaders(bytes: Buffer): string[] {
  const firstLine = bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = [';', '\t', ','].find((d) => firstLine.includes(d)) ?? ',';
  return firstLine.split(delimiter).map((h) => h.trim().replace(/^"|"$/g, ''));
}

function readMapping(path: string, headers: string[]): NonNullable<ImportInput['mapping']> {
  let raw: unknown;
  try {
    raw = JSON.parse(readInputFile(path, 'a mapping file', MAX_SETTINGS_FILE_BYTES).toString('utf8')) as unknown;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`The mapping file ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CliInputError('The mapping file must hold an object: {"column": "field", ...}.');
  const mapping: Record<string, string | null> = {};
  for (const [column, target] of Object.entries(raw)) {
    const index = /^\d+$/.test(column) ? Number(column) : headers.indexOf(column);
    if (index < 0) throw new CliInputError(`The mapping names a column "${column}" that the file's header row does not have.`);
    mapping[String(index)] = target === null ? null : String(target);
  }
  return mapping as NonNullable<ImportInput['mapping']>;
}

export function describeImport(result: ImportResult): string {
  const { counts } = result;
  const head = `${result.dryRun ? 'Dry run (nothing written): ' : result.committed ? 'Imported: ' : 'Nothing to write: '}${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected.`;
  const read = `Read as ${result.encoding}, delimiter ${result.delimiter === '\t' ? 'tab' : `"${result.delimiter}"`}.`;
  const notes = result.notes.map((n) => `Note: ${n}`);
  const rejected = result.rejected.map((r) => `Line ${r.line}: ${r.reason}`);
  return [head, read, ...notes, ...rejected].join('\n');
}
