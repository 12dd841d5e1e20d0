/**
 * `autocredify import` on files others wrote (issue 12): --map and --set, --no-header, --decimal,
 * --rejected FILE, rows numbered as a spreadsheet shows them, and the exit codes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLine } from './support/commandLine.js';
import { tempDir } from './support/tempFiles.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const cli = commandLine(tmp.file('data'));
let n = 0;
function write(bytes: string | Uint8Array, name = `f${n++}.csv`): string {
  const path = tmp.file(name);
  writeFileSync(path, bytes);
  return path;
}
const practices = (db: string) => (JSON.parse(cli('call', 'practices.list', '{"sort":[{"field":"name","desc":false}],"limit":500}', '--db', db).stdout) as { rows: Record<string, unknown>[] }).rows;

describe('autocredify import --map and --set', () => {
  it('maps columns by header as the automatic matching does (quoted header with a comma, case, accents, Windows-1252) to fields by name or export label', () => {
    const db = tmp.file('map.acmap');
    cli('call', 'app.info', '--db', db);
    // Windows-1252 header "Denominación, oficial" holds a comma inside quotes: splitting the line would shift every column after it.
    const csv = Uint8Array.from([...'"Denominaci\xf3n, oficial";Centro;Horas lectivas\r\nMec\xe1nica;CIFP Uno;120\r\n'].map((c) => c.charCodeAt(0)));
    const file = write(csv);
    const run = cli('import', file, '--db', db, '--map', 'DENOMINACION, OFICIAL=Name', '--map', 'centro=provider', '--map', 'Horas lectivas=Hours', '--set', 'country=España');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported: 1 new');
    expect(run.stdout).toContain('Columns read: “Denominación, oficial” → Name, “Centro” → Provider or awarding body, “Horas lectivas” → Hours. Left out: none.');
    expect(practices(db).filter((p) => p.name === 'Mecánica')).toMatchObject([{ country: 'Spain', provider: 'CIFP Uno', hours: 120 }]);
    // The same file again: nothing changes.
    const again = cli('import', file, '--db', db, '--map', 'DENOMINACION, OFICIAL=Name', '--map', 'centro=provider', '--map', 'Horas lectivas=Hours', '--set', 'country=ES');
    expect(again.stdout).toContain('Nothing to write: 0 new, 0 updated, 1 unchanged, 0 rejected.');
  });

  it('refuses an unknown field or column, listing the valid names, and lists the fields in --help', () => {
    const db = tmp.file('refuse.acmap');
    const file = write('Name;Country\r\nA;Spain\r\n');
    const badField = cli('import', file, '--db', db, '--map', 'Name=Nmae');
    expect(badField.status).toBe(1);
    expect(badField.stderr).toContain('Unknown field "Nmae" to import into. Name a field by its label or name: Practice id, Name, Original name, Code,');
    const badColumn = cli('import', file, '--db', db, '--map', 'Nombre=name');
    expect(badColumn.status).toBe(1);
    expect(badColumn.stderr).toContain('The mapping names a column "Nombre" that the file does not have. Its columns are: 0 “Name”, 1 “Country”.');
    const outOfRange = cli('import', file, '--db', db, '--map', '7=name');
    expect(outOfRange.stderr).toContain('The mapping names column 7 (counted from 0), but the file has 2 columns');
    const badSet = cli('import', file, '--db', db, '--set', 'hours=many');
    expect(badSet.stderr).toContain('The value given for every row, Hours = "many", cannot be used.');
    expect(cli('import', '--help').stdout).toMatch(/Fields: Practice id, Name, .*EQF level, ECTS, Hours,/s);
  });

  it('a mapping that only leaves a column out imports the rest as matched', () => {
    const db = tmp.file('leave-out.acmap');
    const file = write('Name;Country;Notes\r\nA;Spain;secret\r\n');
    const run = cli('import', file, '--db', db, '--map', 'Notes=');
    expect(run.status).toBe(0);
    expect(practices(db).find((p) => p.name === 'A')).toMatchObject({ country: 'Spain' });
    expect(run.stdout).toContain('Left out: “Notes”.');
  });
});

describe('autocredify import of rows as they come', () => {
  it('reads a file without a header row by position, writes rejected rows with --rejected, exits 3 when rows were rejected', () => {
    const db = tmp.file('noheader.acmap');
    const file = write('351101;Ajoneuvoalan perustutkinto;150\r\n351102;Autoalan perustutkinto;many\r\n351103;Kuljetusalan perustutkinto;180\r\n');
    const rejected = tmp.file('rejected.csv');
    const run = cli('import', file, '--db', db, '--map', 'Column 1=code', '--map', 'Column 2=name', '--map', 'Column 3=ECTS', '--set', 'country=Suomi', '--rejected', rejected);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('Imported: 2 new, 0 updated, 0 unchanged, 1 rejected.');
    expect(run.stdout).toContain('Row 2: Column "Column 3": "many"');
    expect(run.stdout).toMatch(/The first row looks like data/);
    const saved = readFileSync(rejected, 'utf8');
    expect(saved.split('\r\n')[0]).toBe('\uFEFFRow;Line;Reason;Column 1;Column 2;Column 3');
    expect(saved).toContain('2;2;');
    expect(practices(db).filter((p) => p.code === '351101')).toMatchObject([{ name: 'Ajoneuvoalan perustutkinto', country: 'Finland', ects: 150 }]);
    const again = cli('import', file, '--db', db, '--map', 'Column 1=code', '--map', 'Column 2=name', '--map', 'Column 3=ECTS', '--set', 'country=FI', '--dry-run');
    expect(again.stdout).toContain('0 new, 0 updated, 2 unchanged, 1 rejected.');
  });

  it('--decimal overrides the guess for every number column', () => {
    const db = tmp.file('decimal.acmap');
    const file = write('Name;Country;Hours\r\nA;Spain;1.500\r\n');
    expect(cli('import', file, '--db', db, '--decimal', '.').status).toBe(0);
    expect(practices(db).find((p) => p.name === 'A')).toMatchObject({ hours: 1.5 });
    expect(cli('import', file, '--db', db, '--decimal', 'x').stderr).toContain('--decimal takes "," or "."');
  });
});

describe('autocredify import of the real corpus (test/fixtures/real)', () => {
  const real = (name: string) => fileURLToPath(new URL(`./fixtures/real/${name}`, import.meta.url));
  it.each([
    ['es-certificados-profesionalidad.csv', ['--map', 'Certificado Profesional=name', '--set', 'country=España'], 150],
    ['en-esco-skills.csv', ['--map', 'conceptUri=code', '--set', 'country=EU'], 200],
    ['pt-diplomados-por-curso.csv', ['--map', 'Nivel_forma=level', '--map', 'UO=provider', '--set', 'country=Portugal'], 300],
    ['fi-tutkinnot-ilman-otsikkoa.csv', ['--map', 'Column 1=name', '--map', 'Column 2=code', '--set', 'country=Suomi'], 44],
  ] as const)('%s imports with only --map and --set, and again changes nothing', (name, options, rows) => {
    const db = tmp.file(`real-${name}.acmap`);
    const first = cli('import', real(name), '--db', db, ...options);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Imported: ${rows} new, 0 updated, 0 unchanged, 0 rejected.`);
    const again = cli('import', real(name), '--db', db, ...options);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Nothing to write: 0 new, 0 updated, ${rows} unchanged, 0 rejected.`);
  });
});
