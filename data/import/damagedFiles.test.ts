/**
 * Files damaged the ordinary ways (issue 12, item 1): one Windows-1252 cell in a UTF-8 file, a file
 * cut inside a character, a NUL far into the file, UTF-32. Nothing is garbled: the file is read as
 * what it mostly is, and each bad spot is reported by the row a spreadsheet shows.
 */
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { storePerTest } from '../../test/support/scratchStore.js';

const { store, api } = storePerTest('damaged');
const file = (name: string, bytes: Uint8Array) => ({ name, contentBase64: Buffer.from(bytes).toString('base64') });
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const names = () => api.value('practices.list', { sort: [{ field: 'name', desc: false }] }).rows.map((r) => r.name);

describe('one Windows-1252 cell in a UTF-8 file', () => {
  // "mecánico" in row 4 was pasted from a Windows-1252 file: á is the single byte E1.
  const bytes = concat(utf8('Nombre;País\r\nCatálogo;España\r\nMecatrónica;España\r\nTaller '), Uint8Array.from([0x6d, 0x65, 0x63, 0xe1, 0x6e, 0x69, 0x63, 0x6f]), utf8(';España\r\nSähköauton huolto;Suomi\r\n'));

  it('is read as UTF-8, names the row, column and byte, and rejects only that row', () => {
    const preview = api.value('import.preview', { file: file('mixed.csv', bytes) });
    expect(preview.encoding).toBe('utf-8');
    expect(preview.notes.join('\n')).toContain('1 cell holds bytes that are not UTF-8, in a file read as UTF-8: Row 4, column "Nombre": byte E1 (“á” in Windows-1252).');
    const result = api.value('import.run', { file: file('mixed.csv', bytes), dryRun: false });
    expect(result.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected).toMatchObject([{ row: 4, line: 4, reason: 'Column "Nombre": it holds byte E1 (“á” in Windows-1252), which is not UTF-8 ("Taller mecánico" if read as Windows-1252).' }]);
    // Every other accent is intact: nothing was read as Windows-1252.
    expect(names()).toEqual(['Catálogo', 'Mecatrónica', 'Sähköauton huolto']);
  });

  it('reads those bytes as Windows-1252 when the user says so', () => {
    const result = api.value('import.run', { file: file('mixed.csv', bytes), invalidBytes: 'windows-1252', dryRun: false });
    expect(result.counts).toMatchObject({ new: 4, rejected: 0 });
    expect(names()).toEqual(['Catálogo', 'Mecatrónica', 'Sähköauton huolto', 'Taller mecánico']);
  });

  it('and a Windows-1252 file read as UTF-8 by choice rejects its rows by row, never stores "Ã¡"', () => {
    const windows = Uint8Array.from([...'Name;Country\r\nCat'].map((c) => c.charCodeAt(0)).concat([0xe1], [...'logo;Spain\r\nPlain;Spain\r\n'].map((c) => c.charCodeAt(0))));
    const result = api.value('import.run', { file: file('w.csv', windows), encoding: 'utf-8', dryRun: false });
    expect(result.rejected).toMatchObject([{ row: 2, reason: expect.stringContaining('byte E1') }]);
    expect(names()).toEqual(['Plain']);
  });
});

describe('a UTF-8 file cut inside a character', () => {
  // The copy stopped after the first byte of "ó" (C3 B3) in the last row.
  const bytes = concat(utf8('Name;Country\r\nCatálogo;Spain\r\nMecatr'), Uint8Array.from([0xc3]));

  it('is still UTF-8; the last row is reported by row with its byte, the rest is intact', () => {
    const result = api.value('import.run', { file: file('cut.csv', bytes), dryRun: false });
    expect(result.encoding).toBe('utf-8');
    expect(result.rejected).toMatchObject([{ row: 3, reason: 'Column "Name": it holds byte C3 (“Ã” in Windows-1252), which is not UTF-8 ("MecatrÃ" if read as Windows-1252).' }]);
    expect(names()).toEqual(['Catálogo']);
  });
});

describe('a NUL byte far into the file, and UTF-32', () => {
  it('rejects the row holding the NUL, by its row, and writes the others', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `Practice ${i};Spain;${'x'.repeat(30)}`).join('\r\n');
    const bytes = concat(utf8(`Name;Country;Notes\r\n${filler}\r\nBroken;Spain;a`), Uint8Array.from([0]), utf8('b\r\n'));
    expect(bytes.length).toBeGreaterThan(65536);
    const result = api.value('import.run', { file: file('nul.csv', bytes), dryRun: true });
    expect(result.counts).toMatchObject({ new: 2000, rejected: 1 });
    expect(result.rejected).toMatchObject([{ row: 2002, reason: 'Column "Notes": it holds a NUL character (byte 00), which no text may hold.' }]);
  });

  it('refuses UTF-32 in one sentence, with or without its byte-order mark', () => {
    const text = 'Name;Country\r\nCatálogo;Spain\r\n';
    const utf32 = (bom: boolean) => {
      const units = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0) ?? 0);
      const out = new Uint8Array(units.length * 4);
      units.forEach((u, i) => new DataView(out.buffer).setUint32(i * 4, u, true));
      return out;
    };
    const before = snapshot(store().db);
    for (const bom of [true, false]) {
      const result = api.call('import.run', { file: file('u32.csv', utf32(bom)), dryRun: false });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('This file is UTF-32 text') } });
    }
    expect(snapshot(store().db)).toEqual(before);
  });
});

describe('rows as a spreadsheet numbers them', () => {
  it('names the row Excel shows, and the text line where cells above hold line breaks', () => {
    const csv = 'Name;Country;Hours\r\n"Two\r\nlines";Spain;1\r\n"Three\r\nline\r\ncell";Spain;2\r\nBad;Spain;many\r\n';
    const result = api.value('import.run', { file: { name: 'x.csv', contentBase64: Buffer.from(csv).toString('base64') }, dryRun: true });
    expect(result.rejected).toMatchObject([{ row: 4, line: 7 }]);
    expect(result.rejectedCsv.split('\r\n')[1]).toMatch(/^4;7;"Column ""Hours""/);
  });

  it('takes one decimal mark for every number column when the user gives it', () => {
    const csv = 'Name;Country;Hours\r\nA;Spain;1.500\r\n';
    const guessed = api.value('import.run', { file: { name: 'x.csv', contentBase64: Buffer.from(csv).toString('base64') }, dryRun: false });
    expect(guessed.counts.new).toBe(1);
    expect(api.value('practices.list', {}).rows[0]?.hours).toBe(1500);
    const pointed = api.value('import.run', { file: { name: 'x.csv', contentBase64: Buffer.from(csv).toString('base64') }, decimal: 'point', dryRun: false });
    expect(pointed.counts.updated).toBe(1);
    expect(api.value('practices.list', {}).rows[0]?.hours).toBe(1.5);
  });
});

describe('damage the reading reports by row (issue 12, item 1)', () => {
  it('refuses a file with a NUL byte in its first 64 KB, naming the row a spreadsheet shows', () => {
    const bytes = concat(utf8('Name;Country;Notes\r\n"Two\r\nlines";Spain;a\r\nBroken;Spain;a'), Uint8Array.from([0]), utf8('b\r\n'));
    const before = snapshot(store().db);
    expect(api.call('import.run', { file: file('nul.csv', bytes), dryRun: false })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'This file cannot be imported as CSV: This file contains binary data (a NUL byte in row 3 (line 4)), not text. Choose a CSV or text file.' },
    });
    expect(snapshot(store().db)).toEqual(before);
  });

  const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

  it('rejects the row of a UTF-16 file that holds half a character (a lone surrogate), by its row, and imports the rest', () => {
    const bytes = new Uint8Array(Buffer.concat([utf16le('Name\tCountry\r\nCatálogo\tSpain\r\nBad '), Buffer.from([0x3d, 0xd8]), Buffer.from('half\tSpain\r\nSähkö\tFinland\r\n', 'utf16le')]));
    const result = api.value('import.run', { file: file('u16.txt', bytes), dryRun: false });
    expect(result.encoding).toBe('utf-16le');
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected).toMatchObject([{ row: 3, line: 3, reason: 'Row 3: Column "Name" holds half of a character (the lone UTF-16 surrogate D83D), which no text may hold.' }]);
    expect(result.notes).toContain('1 row holds text that is not UTF-16, in a file read as UTF-16: Row 3, column "Name": half of a character (D83D). It is rejected.');
    expect(names()).toEqual(['Catálogo', 'Sähkö']);
  });

  it('rejects the last row of a UTF-16 file cut inside a character (an odd number of bytes), by its row', () => {
    const bytes = new Uint8Array(Buffer.concat([utf16le('Name\tCountry\r\nCatálogo\tSpain\r\n"Two\r\nlines"\tSpain\r\nCut\tSpai'), Buffer.from([0x6e])]));
    const result = api.value('import.run', { file: file('cut16.txt', bytes), dryRun: false });
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected).toMatchObject([{ row: 4, line: 5, reason: 'Row 4 (line 5): The file ends inside a character (an odd number of bytes: the last, 6E, is half a UTF-16 character), so the row may be cut short.' }]);
    expect(result.notes).toContain('1 row holds text that is not UTF-16, in a file read as UTF-16: Row 4 (line 5): the file ends inside a character (its last byte, 6E, is half of one). It is rejected.');
    expect(names()).toEqual(['Catálogo', 'Two\r\nlines']);
  });
});
