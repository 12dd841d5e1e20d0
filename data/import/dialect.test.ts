import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './decode.js';
import { detectDelimiter, parseCsv, type Delimiter } from './dialect.js';
import { fixtureBytes } from './testSupport.js';

const fixtureText = (name: string): string => {
  const bytes = fixtureBytes(name);
  return decodeText(bytes, detectEncoding(bytes));
};

describe('detectDelimiter', () => {
  const expected: [string, Delimiter][] = [
    ['windows-1252-semicolon.csv', ';'],
    ['utf8-semicolon-decimal-comma.csv', ';'],
    ['utf8-bom-semicolon.csv', ';'],
    ['utf16le-bom-tab.txt', '\t'],
    ['utf16le-no-bom-tab.txt', '\t'],
    ['quoted-newlines.csv', ','],
    ['ragged-rows.csv', ';'],
    ['formula-cells.csv', ','],
    ['export-standard.csv', ','],
    ['export-excel-europe.csv', ';'],
  ];
  it.each(expected)('%s uses %j', (name, delimiter) => {
    expect(detectDelimiter(fixtureText(name))).toBe(delimiter);
  });

  it('is not misled by decimal commas or by delimiters inside quotes', () => {
    expect(detectDelimiter('Name;Hours\r\nA;82,5\r\nB;1,5\r\n')).toBe(';');
    expect(detectDelimiter('Name,Notes\n"a;b;c",1\n"d;e;f",2\n')).toBe(',');
    expect(detectDelimiter('Name;Notes\n"x, y, z";1\n"p, q";2\n')).toBe(';');
    // A quoted cell that spans lines is one record, so its commas do not make a line of their own.
    expect(detectDelimiter('a;b\n"one,\ntwo,three";1\n')).toBe(';');
  });

  it('prefers the delimiter whose count stays the same line after line', () => {
    expect(detectDelimiter('Name,Hours;total\nA,1;2\nB,3\nC,4\n')).toBe(',');
  });

  it('for a single-column file picks a delimiter that occurs nowhere, so no cell is split', () => {
    const text = 'Name\nCatálogo, Nacional\nMecatrónica; eléctrica\n';
    const delimiter = detectDelimiter(text);
    expect(delimiter).toBe('\t');
    expect(parseCsv(text, delimiter).rows.map((row) => row.cells)).toEqual([['Name'], ['Catálogo, Nacional'], ['Mecatrónica; eléctrica']]);
  });

  it('settles a tie of equally consistent ";" and "," on ";" (commas repeat in decimal numbers)', () => {
    expect(detectDelimiter('a;b,c\n1;2,3\n')).toBe(';');
  });

  it('looks at the first 50 records only', () => {
    const text = `a;b\n${'1;2\n'.repeat(49)}${'x,y,z\n'.repeat(500)}`;
    expect(detectDelimiter(text)).toBe(';');
  });

  it('gives "," for empty text', () => {
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('gives each row the line it starts on when quoted cells span lines', () => {
    const { rows, problems } = parseCsv(fixtureText('quoted-newlines.csv'), ',');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 1, line: 1, cells: ['Name', 'Notes', 'Hours'] },
      { row: 2, line: 2, cells: ['Catálogo', 'First line\nsecond line\nthird line', '10'] },
      // Excel shows this as row 3: the line breaks inside the cell above are no rows of their own; the blank line is row 4.
      { row: 3, line: 5, cells: ['Mecatrónica', 'He said "yes"', '20'] },
      { row: 5, line: 7, cells: ['Sähköauton\r\nhuolto', 'a, b', '30'] },
      { row: 6, line: 9, cells: ['Formação', 'plain', '40'] },
    ]);
  });

  it('reports ragged rows with their lines and keeps their cells as they are, and skips blank rows', () => {
    const { rows, problems } = parseCsv(fixtureText('ragged-rows.csv'), ';');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(rows[2]?.cells).toEqual(['Short', 'Spain']);
    expect(rows[3]?.cells).toEqual(['Long', 'Spain', '10', 'extra']);
    expect(problems).toEqual([
      { kind: 'ragged', row: 3, line: 3, expected: 3, found: 2, message: 'Row 3 has 2 cells where the first row has 3: a value or a delimiter may be missing.' },
      { kind: 'ragged', row: 4, line: 4, expected: 3, found: 4, message: 'Row 4 has 4 cells where the first row has 3.' },
      { kind: 'ragged', row: 5, line: 5, expected: 3, found: 5, message: 'Row 5 has 5 cells where the first row has 3 (the extra cells are empty).' },
    ]);
  });

  it('counts lines the same with CRLF, LF and lone CR line ends', () => {
    for (const lineEnd of ['\r\n', '\n', '\r']) {
      const text = ['a,b', '"x', 'y",1', '', 'c,d'].join(lineEnd);
      expect(parseCsv(text, ',').rows, JSON.stringify(lineEnd)).toEqual([
        { row: 1, line: 1, cells: ['a', 'b'] },
        { row: 2, line: 2, cells: [`x${lineEnd}y`, '1'] },
        { row: 4, line: 5, cells: ['c', 'd'] },
      ]);
    }
  });

  it('reports a quote that is never closed, on the line where the cell starts', () => {
    const { rows, problems } = parseCsv('Name,Hours\nA,1\n"Unclosed,2\nB,3\n', ',');
    expect(rows[2]).toEqual({ row: 3, line: 3, cells: ['Unclosed,2\nB,3\n'] });
    expect(problems).toContainEqual({
      kind: 'quotes',
      row: 3,
      line: 3,
      message: 'The quoted cell that starts in row 3 has no closing quote, so the rest of the file was read into it.',
    });
  });

  it('reads the UTF-16 tab file Excel writes as "Unicode text"', () => {
    const { rows, problems } = parseCsv(fixtureText('utf16le-bom-tab.txt'), '\t');
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.cells)).toEqual([
      ['Nimi', 'Maa', 'Tunnit', 'Opetusmuoto', 'Hallinto pisteet', 'Tapaustutkimus'],
      ['Sähköauton huolto', 'Finland', '40,5', 'Lähiopetus', '2', 'kyllä'],
      ['Sähkötyöturvallisuus SFS 6002', 'Finland', '14', 'Monimuoto', '', 'ei'],
    ]);
  });

  it('gives no rows for an empty file or one of blank lines, and ignores a byte-order mark left in the text', () => {
    expect(parseCsv('', ',')).toEqual({ rows: [], problems: [] });
    expect(parseCsv(fixtureText('blank-lines-only.csv'), ';')).toEqual({ rows: [], problems: [] });
    expect(parseCsv('\uFEFFa;b\n1;2', ';').rows).toEqual([
      { row: 1, line: 1, cells: ['a', 'b'] },
      { row: 2, line: 2, cells: ['1', '2'] },
    ]);
  });
});
