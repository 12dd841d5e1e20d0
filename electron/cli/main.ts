/**
 * The `autocredify` command line: the API contract without a window, for scripted reports.
 *   autocredify compare | gaps | stats | coverage [options]   a view as CSV, JSON, Markdown, HTML or XLSX
 *   autocredify call OPERATION [JSON]                           any operation, result as JSON
 *   autocredify operations                                      the list of operations
 * Errors go to standard error with a non-zero exit code.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dispatch } from '../../data/contract/dispatch.js';
import { OPERATION_NAMES, operations, type OperationOutput } from '../../data/contract/contract.js';
import type { Envelope } from '../../data/domain/envelope.js';
import { StoreOpenError, type Store } from '../../data/store/store.js';
import { openHostStore, openingNotice } from '../common/hostStore.js';
import { REPORTS } from './reports.js';
import { parseWhere } from './where.js';
import { CliInputError } from './inputError.js';
import { EXIT_ROWS_REJECTED, IMPORT_USAGE, importInput, describeImport } from './importCommand.js';
import { MERGE_USAGE, describeMerge, mergeFileInput, mergeResolutions } from './mergeCommand.js';
import { caseStudyImportInput, describeCaseStudyImport, isCaseStudyFile } from './caseStudyCommand.js';
import { CHECK_USAGE, EXIT_CHECK_ERRORS, checkFails, formatCheck } from './checkCommand.js';

const USAGE = `Usage: autocredify <command> [options]

Data (each with --help):
  import FILE             import practices (and one rater's scores) from a CSV file, or case-study write-ups
  export practices|scores the practices or their scores as CSV, XLSX, JSON, ...
  merge FILE              merge a partner's copy of the dataset (.acmap) into this one
  check                   data-quality rules and the reports' claims; exit ${EXIT_CHECK_ERRORS} on errors

Reports (each with --help):
${Object.entries(REPORTS)
  .map(([name, r]) => `  ${name.padEnd(10)} ${r.summary}`)
  .join('\n')}

The API:
  call OPERATION [JSON]   run one operation of the API contract with JSON input (default {}); prints the result
  operations              list the operations, marking those that change the dataset

Options for every command:
  --db PATH      dataset file (default: the app's own dataset, created with the seed data on first use)
  --read-only    open the dataset without changing it
  -h, --help     help (also: autocredify <command> --help)

Examples:
  autocredify gaps --group-by countryGroup --where caseStudy=true --format md
  autocredify call practices.list '{"filter":{"countryGroup":["Finland"]},"limit":5}'`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function describeError(result: Envelope<unknown>): string {
  if (result.ok) return '';
  const fields = result.error.fields ? Object.entries(result.error.fields).map(([f, m]) => `\n  ${f}: ${m}`).join('') : '';
  return `Error (${result.error.code}): ${result.error.message}${fields}`;
}

function withStore<T>(db: string | undefined, readOnly: boolean, run: (store: Store) => T): T {
  let store: Store;
  try {
    store = openHostStore(db, { readOnly });
  } catch (error) {
    fail(error instanceof StoreOpenError ? error.message : `Could not open the dataset: ${(error as Error).message}`, 1);
  }
  try {
    const notice = openingNotice(store);
    if (notice) console.error(notice);
    return run(store);
  } finally {
    store.close();
  }
}

/** The commands that write what a report publishes: the checks before an export run first (checks.beforeExport). */
const CHECKED_BEFORE_EXPORT = new Set(['export', 'report']);

/** A warning line per error the checks find in what is exported; with --strict, none is written and the command exits as check does. */
function warnBeforeExport(store: Store, input: unknown, strict: boolean): void {
  const result = dispatch(store, 'checks.beforeExport', input) as Envelope<OperationOutput<'checks.beforeExport'>>;
  // A bad input is refused by analysis.export with its own message, next.
  if (!result.ok) return;
  const { errors, warnings } = result.value;
  for (const f of errors) console.error(`Warning: check ${f.rule}: ${f.practiceName === null ? (f.claimId ? `claim ${f.claimId}` : 'dataset') : `${f.practiceName} (${f.practiceId})`}: ${f.message}`);
  if (errors.length > 0 || warnings > 0) {
    console.error(`The checks found ${errors.length} error${errors.length === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in what is exported (see: autocredify check).`);
  }
  if (strict && errors.length > 0) fail(`Not exported: --strict refuses an export with errors. Fix them, or switch a rule off with its reason (autocredify call checks.setRule).`, EXIT_CHECK_ERRORS);
}

function runReport(name: string, argv: string[]): void {
  const report = REPORTS[name]!;
  const { values } = parseArgs({
    args: argv,
    options: {
      ...report.options,
      db: { type: 'string' },
      'read-only': { type: 'boolean' },
      where: { type: 'string', multiple: true },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...(CHECKED_BEFORE_EXPORT.has(name) ? { strict: { type: 'boolean' } } : {}),
    },
  });
  if (values.help) {
    console.log(report.usage);
    return;
  }
  const filter = parseWhere((values.where as string[] | undefined) ?? []);
  const input = report.input(values, filter, String(values.format));
  const file = withStore(values.db as string | undefined, values['read-only'] === true, (store) => {
    if (CHECKED_BEFORE_EXPORT.has(name)) warnBeforeExport(store, input, values.strict === true);
    const result = dispatch(store, 'analysis.export', input) as Envelope<OperationOutput<'analysis.export'>>;
    if (!result.ok) fail(describeError(result), 1);
    return result.value;
  });
  const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
  if (values.out) {
    writeFileSync(String(values.out), bytes);
    console.error(`Wrote ${values.out} (${bytes.length.toLocaleString('en')} bytes).`);
  } else if (file.encoding === 'base64' && process.stdout.isTTY) {
    fail(`${String(values.format).toUpperCase()} is a binary format: write it to a file with --out FILE.`, 2);
  } else {
    process.stdout.write(bytes);
  }
}

/** What the commands that write a dataset (import, merge) take besides their own options: which dataset, and a look that writes nothing. */
const WRITING_OPTIONS = { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** The arguments of a command that writes a dataset: its own options, those above, and the file it reads. */
function parseWritingCommand<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, allowPositionals: true, options: { ...WRITING_OPTIONS, ...options } });
}

function runImport(argv: string[]): void {
  const { values, positionals } = parseWritingCommand(argv, {
    strict: { type: 'boolean' },
    key: { type: 'string' },
    mapping: { type: 'string' },
    map: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    header: { type: 'boolean' },
    'no-header': { type: 'boolean' },
    duplicates: { type: 'string' },
    decimal: { type: 'string' },
    'invalid-bytes': { type: 'string' },
    rejected: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    rater: { type: 'string' },
    sheet: { type: 'string' },
  });
  if (values.help) return void console.log(IMPORT_USAGE);
  const [file] = positionals;
  if (file === undefined) throw new CliInputError('Name the CSV or .xlsx file to import.');
  if (isCaseStudyFile(file)) {
    const input = caseStudyImportInput(file, values);
    return withStore(values.db, false, (store) => {
      const result = dispatch(store, 'practices.importCaseStudies', input) as Envelope<OperationOutput<'practices.importCaseStudies'>>;
      if (!result.ok) fail(`${describeError(result)}`, 1);
      console.log(describeCaseStudyImport(result.value));
    });
  }
  const dryRun = values['dry-run'] === true;
  withStore(values.db, false, (store) => {
    const input = importInput(file, values);
    // --strict: look first, and write only if no row is rejected.
    if (values.strict && !dryRun) {
      const check = dispatch(store, 'import.check', input) as Envelope<OperationOutput<'import.check'>>;
      if (!check.ok) fail(describeError(check), 1);
      if (check.value.counts.rejected > 0) {
        if (values.rejected !== undefined) writeFileSync(values.rejected, check.value.rejectedCsv);
        fail(`${describeImport(check.value)}\nNothing was written (--strict and ${check.value.counts.rejected} rejected).`, EXIT_ROWS_REJECTED);
      }
    }
    const result = (dryRun ? dispatch(store, 'import.check', input) : dispatch(store, 'import.run', { ...input, dryRun: false })) as Envelope<OperationOutput<'import.run'>>;
    if (!result.ok) fail(`${describeError(result)}\nNothing was written.`, 1);
    console.log(describeImport(result.value));
    if (values.rejected !== undefined) {
      // Written even when empty (a header only is not written: the file would be empty), so a script finds what it asked for.
      writeFileSync(values.rejected, result.value.rejectedCsv);
      console.error(`Wrote ${result.value.counts.rejected} rejected rows to ${values.rejected}.`);
    }
    if (result.value.counts.rejected > 0) process.exitCode = EXIT_ROWS_REJECTED;
  });
}

function runMerge(argv: string[]): void {
  const { values, positionals } = parseWritingCommand(argv, {
    prefer: { type: 'string' },
    resolutions: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (values.help) return void console.log(MERGE_USAGE);
  const [path] = positionals;
  if (path === undefined) throw new CliInputError('Name the dataset file to merge.');
  if (values.format !== 'text' && values.format !== 'json') throw new CliInputError('--format takes "text" or "json".');
  const dryRun = values['dry-run'] === true;
  const file = mergeFileInput(path);
  const print = (result: OperationOutput<'merge.check'>) => console.log(values.format === 'json' ? JSON.stringify(result, null, 2) : describeMerge(result, dryRun));
  withStore(values.db, dryRun, (store) => {
    const check = dispatch(store, 'merge.check', { file }) as Envelope<OperationOutput<'merge.check'>>;
    if (!check.ok) fail(`${describeError(check)}`, 1);
    if (dryRun || check.value.upToDate) return print(check.value);
    const resolutions = mergeResolutions(check.value, values);
    const result = dispatch(store, 'merge.run', { file, resolutions }) as Envelope<OperationOutput<'merge.run'>>;
    if (!result.ok && result.error.code === 'conflict') {
      console.log(describeMerge(check.value, false));
      fail(`${describeError(result)}\nSettle them with --prefer ours|theirs or --resolutions FILE.`, 1);
    }
    if (!result.ok) fail(describeError(result), 1);
    print(result.value);
  });
}

function runCheck(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      where: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      'read-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(CHECK_USAGE);
  const filter = parseWhere(values.where ?? []);
  // As the reports: the first command a new user runs may be this one, on a default dataset
  // that does not exist yet (created with the seed); --read-only opens an existing one as such.
  withStore(values.db, values['read-only'] === true, (store) => {
    const result = dispatch(store, 'checks.run', { filter }) as Envelope<OperationOutput<'checks.run'>>;
    if (!result.ok) fail(describeError(result), 1);
    console.log(formatCheck(result.value, String(values.format)));
    if (checkFails(result.value, String(values['fail-on']))) process.exitCode = EXIT_CHECK_ERRORS;
  });
}

function runCall(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, 'read-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void console.log(USAGE);
  const [operation, json] = positionals;
  if (operation === undefined) throw new CliInputError('Name the operation to call.');
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json) as unknown;
    } catch {
      throw new CliInputError('The input is not valid JSON. Put it in single quotes, e.g. \'{"id":"x"}\'.');
    }
  }
  withStore(values.db, values['read-only'] === true, (store) => {
    const result = dispatch(store, operation, input);
    if (!result.ok) fail(describeError(result), 1);
    console.log(JSON.stringify(result.value, null, 2));
  });
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') console.log(USAGE);
    else if (command === 'operations') for (const name of OPERATION_NAMES) console.log(`${name}${operations[name].writes ? '  (changes the dataset)' : ''}`);
    else if (command === 'call') runCall(rest);
    else if (command === 'import') runImport(rest);
    else if (command === 'merge') runMerge(rest);
    else if (command === 'check') runCheck(rest);
    else if (command === 'export' && rest[0] !== undefined && !rest[0].startsWith('-')) runReport('export', ['--what', rest[0], ...rest.slice(1)]);
    else if (command === 'pathway' && rest[0] !== undefined && !rest[0].startsWith('-')) runReport('pathway', ['--practice', rest[0], ...rest.slice(1)]);
    else if (command === 'lens' && rest[0] !== undefined && !rest[0].startsWith('-')) runReport('lens', ['--lens', rest[0], ...rest.slice(1)]);
    else if (Object.hasOwn(REPORTS, command)) runReport(command, rest);
    else throw new CliInputError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof CliInputError) fail(`${error.message}\n\nSee: autocredify ${command && (Object.hasOwn(REPORTS, command) || command === 'import' || command === 'merge' || command === 'check') ? `${command} ` : ''}--help`, 2);
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(error as Error).message}\n\nSee: autocredify ${command} --help`, 2);
    // Anything else is a fault, said in one line: never a stack trace, never V8's own words alone.
    const code = (error as { code?: unknown }).code;
    fail(`autocredify ${command ?? ''} failed${typeof code === 'string' ? ` (${code})` : ''}: ${(error as Error).message ?? String(error)}`, 1);
  }
}

main(process.argv.slice(2));
