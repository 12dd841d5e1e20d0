/**
 * The `autocredify` command line: the API contract without a window.
 *   autocredify call OPERATION [JSON]   run any operation; prints its result as JSON
 *   autocredify operations              list the operations
 * Common flags: --db PATH (default: the app's own dataset), --read-only.
 */
import { parseArgs } from 'node:util';
import { dispatch } from '../data/api.js';
import { OPERATION_NAMES, operations } from '../data/contract.js';
import { StoreOpenError } from '../data/store.js';
import { openHostStore, openingNotice } from './hostStore.js';

const USAGE = `Usage: autocredify <command> [options]

Commands:
  call OPERATION [JSON]   run one operation of the API contract with JSON input (default {})
                          and print its result as JSON
  operations              list the operations, marking those that change the dataset

Options:
  --db PATH      dataset file (default: the app's own dataset, created with the seed data on first use)
  --read-only    open the dataset without changing it
  -h, --help     show this help

Example:
  autocredify call practices.list '{"filter":{"countryGroup":["Finland"]},"limit":5}'`;

function exitWith(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'read-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    exitWith(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (command === 'operations') {
    for (const name of OPERATION_NAMES) console.log(`${name}${operations[name].writes ? '  (changes the dataset)' : ''}`);
    return;
  }
  if (command !== 'call') exitWith(`Unknown command "${command}".\n\n${USAGE}`, 2);
  const [operation, json] = rest;
  if (operation === undefined) exitWith(`Name the operation to call.\n\n${USAGE}`, 2);
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json) as unknown;
    } catch {
      exitWith('The input is not valid JSON. Put it in single quotes, e.g. \'{"id":"x"}\'.', 2);
    }
  }
  let store;
  try {
    store = openHostStore(values.db, { readOnly: values['read-only'] });
  } catch (error) {
    exitWith(error instanceof StoreOpenError ? error.message : `Could not open the dataset: ${(error as Error).message}`, 1);
  }
  try {
    const notice = openingNotice(store);
    if (notice) console.error(notice);
    const result = dispatch(store, operation, input);
    if (!result.ok) {
      const fields = result.error.fields ? Object.entries(result.error.fields).map(([f, m]) => `\n  ${f}: ${m}`).join('') : '';
      exitWith(`Error (${result.error.code}): ${result.error.message}${fields}`, 1);
    }
    console.log(JSON.stringify(result.value, null, 2));
  } finally {
    store.close();
  }
}

main(process.argv.slice(2));
