/**
 * `autocredify import` on an .xlsx workbook (issue 12, item 10): the sheet read by default and by
 * --sheet, said in the output with the others listed; a sheet that is not there refused with the
 * sheets listed; the same --map and --set as for CSV.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { handMadeWorkbook } from '../data/import/handMadeWorkbook.js';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cli = commandLine(tmp.file('data'));
const workbook = tmp.file('cursos.xlsx');
writeFileSync(workbook, handMadeWorkbook());

describe('autocredify import WORKBOOK.xlsx', () => {
  it('reads the first sheet that holds anything, says which and lists the others, and imports with --map and --set', () => {
    const db = tmp.file('default.acmap');
    cli('call', 'app.info', '--db', db);
    const run = cli('import', workbook, '--db', db, '--map', 'Código=code', '--set', 'country=España', '--dry-run');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Dry run (nothing written): 4 new, 0 updated, 0 unchanged, 0 rejected.');
    expect(run.stdout).not.toContain('Read as utf-8');
    expect(run.stdout).toContain('Note: Read sheet “Cursos” of 3 (1 “Portada”, 2 “Cursos”, 3 “Otros”); “Portada” is empty. Choose another sheet by its name or number (on the command line: --sheet).');
    expect(run.stdout).toContain('Note: The header “Horas” is a merged cell across columns B to C (B1): its text names column B, and column C has no header of its own.');
    expect(run.stdout).toContain('Note: Dates in “Inicio” are read as ISO dates (2024-03-05, or 2024-03-05T14:30 with a time).');
  });

  it('reads the sheet --sheet names, and refuses one that is not there with the sheets listed', () => {
    const db = tmp.file('sheet.acmap');
    cli('call', 'app.info', '--db', db);
    const other = cli('import', workbook, '--db', db, '--sheet', 'otros', '--map', 'Curso=name', '--set', 'country=Spain', '--dry-run');
    expect(other.status).toBe(0);
    expect(other.stdout).toContain('Note: Read sheet “Otros” of 3');
    expect(other.stdout).toContain('1 new');
    const missing = cli('import', workbook, '--db', db, '--sheet', '7');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('The workbook has no sheet “7”. Its sheets are: 1 “Portada”, 2 “Cursos”, 3 “Otros”.');
    expect(cli('import', '--help').stdout).toContain('--sheet NAME|NUMBER');
  });
});
