/**
 * A file read in pieces (issue 12, item 9) reads exactly as the whole file read at once: the same
 * encoding, rows (row numbers and lines), problems and notes, wherever the pieces are cut (inside
 * a quoted cell, a UTF-8 sequence, a UTF-16 surrogate pair, a CRLF). A file the host received is
 * named by an upload id and read from disk; one over the limit is refused with the limit named.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { detectEncoding } from './decode.js';
import { CsvPieceParser, parseCsv, type CsvProblem, type CsvRow, type Delimiter, type LineBreak } from './dialect.js';
import { bytesSource, detectSourceEncoding, pathSource } from './fileText.js';
import { readCsvBytes, readCsvSource } from './readFile.js';
import { registerLocalFile } from '../store/uploads.js';
import { storeForFile } from '../../test/support/scratchStore.js';

const ALPHABET = ['a', 'Z', '1', ',', '5', ';', '\t', '"', '\n', '\r', '\r\n', ' ', 'á', 'ñ', 'ö', '€', '😀', '\u2028'];
const textArbitrary = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 300 }).map((chars) => chars.join(''));

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return new Uint8Array(bigEndian ? bytes.swap16() : bytes);
};

/** What the file reads as: rows walked, problems and notes. */
const reading = (file: ReturnType<typeof readCsvSource>) => ({
  encoding: file.encoding,
  delimiter: file.delimiter,
  headers: file.headers,
  rows: Array.from(file.rows),
  count: file.rows.length,
  problems: file.problems,
  notes: file.readingNotes,
});

/** The rows as papaparse reads the whole text at once (the reading before pieces), with its line break. */
function wholeTextRows(text: string, delimiter: Delimiter) {
  const rows: { row: number; cells: string[] }[] = [];
  const quoteRows: number[] = [];
  let row = 0;
  const result = Papa.parse<string[]>(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    delimiter,
    step: (step) => {
      row += 1;
      for (const error of step.errors) if (error.type === 'Quotes') quoteRows.push(row);
      if (step.data.some((cell) => cell.trim() !== '')) rows.push({ row, cells: step.data });
    },
  });
  return { rows, quoteRows, lineBreak: (result?.meta.linebreak ?? '\n') as LineBreak };
}

describe('a file read in pieces', () => {
  it('gives the rows and problems papaparse gives the whole text, wherever the pieces are cut', () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom<Delimiter>(';', ',', '\t'), fc.integer({ min: 1, max: 23 }), (text, delimiter, pieceLength) => {
        const whole = wholeTextRows(text, delimiter);
        const rows: CsvRow[] = [];
        const problems: CsvProblem[] = [];
        const parser = new CsvPieceParser(delimiter, (p) => problems.push(p), whole.lineBreak);
        for (let at = 0; at < text.length; at += pieceLength) rows.push(...parser.push(text.slice(at, at + pieceLength)));
        rows.push(...parser.end());
        expect(rows.map((r) => ({ row: r.row, cells: r.cells }))).toEqual(whole.rows);
        expect(problems.filter((p) => p.kind === 'quotes').map((p) => p.row)).toEqual(whole.quoteRows);
        // Lines as the text counts them up to each row's start, read in one piece.
        expect(rows.map((r) => r.line)).toEqual(parseCsv(text, delimiter).rows.map((r) => r.line));
      }),
      { numRuns: 400 },
    );
  });

  it('decodes as the whole file decodes, wherever the bytes are cut (UTF-8 sequences, UTF-16 pairs)', () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'), fc.integer({ min: 1, max: 19 }), (text, encoding, pieceBytes) => {
        const bytes = encoding === 'utf-8' ? new TextEncoder().encode(text) : encoding === 'windows-1252' ? Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff)) : utf16(text, encoding === 'utf-16be');
        let whole;
        try {
          whole = reading(readCsvSource(bytesSource(bytes), { encoding }));
        } catch (error) {
          expect(() => readCsvSource(bytesSource(bytes, pieceBytes), { encoding })).toThrow((error as Error).message);
          return;
        }
        expect(reading(readCsvSource(bytesSource(bytes, pieceBytes), { encoding }))).toEqual(whole);
        if (encoding === 'utf-8' || encoding === 'windows-1252') expect(Array.from(readCsvSource(bytesSource(bytes, pieceBytes), { encoding }).rows).map((r) => r.cells).flat().join('')).not.toContain('\uFFFD');
      }),
      { numRuns: 300 },
    );
  });

  it('detects the encoding the whole bytes give, bad bytes and a cut end included', () => {
    const bytesArbitrary = fc
      .array(fc.oneof(fc.constantFrom('Catálogo;España\r\n', 'plain;text\n', 'Sähkö;Suomi\n'), fc.uint8Array({ minLength: 1, maxLength: 3 })), { minLength: 400, maxLength: 700 })
      .map((parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p.map((b) => b | 0x80))))));
    fc.assert(
      fc.property(bytesArbitrary, fc.integer({ min: 1, max: 5000 }), (bytes, pieceBytes) => {
        const data = new Uint8Array(bytes);
        expect(detectSourceEncoding(bytesSource(data, pieceBytes))).toBe(detectEncoding(data));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a file from disk as the same bytes in memory read', () => {
    const { tmp } = storeForFile('pieces.acmap');
    const text = `Name;Country;Notes\r\n${Array.from({ length: 3000 }, (_, i) => `Práctica ${i};España;"dos\r\nlíneas ${i}"`).join('\r\n')}\r\n`;
    const path = tmp.file('pieces.csv');
    writeFileSync(path, text);
    expect(reading(readCsvSource(pathSource(path, 4099)))).toEqual(reading(readCsvBytes(new TextEncoder().encode(text))));
  });
});

describe('a file the host keeps on disk, named by an upload id', () => {
  const { tmp, api } = storeForFile('uploads.acmap');

  it('checks and imports as the same file sent inline', () => {
    const csv = 'Nombre;País;Horas\r\nCatálogo;España;40,5\r\nMecatrónica;Suomi;12\r\nRota;España;muchas\r\n';
    const path = tmp.file('sent.csv');
    writeFileSync(path, csv);
    registerLocalFile('u'.repeat(32), path);
    const inline = api.value('import.check', { file: { name: 'sent.csv', contentBase64: Buffer.from(csv).toString('base64') } });
    const uploaded = api.value('import.check', { file: { name: 'sent.csv', upload: 'u'.repeat(32) } });
    expect(uploaded).toEqual(inline);
    expect(uploaded.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(api.value('import.run', { file: { name: 'sent.csv', upload: 'u'.repeat(32) }, dryRun: false }).counts.new).toBe(2);
  });

  it('refuses a file over the limit with the limit named, before reading it (a sparse 3 GB file)', () => {
    const path = tmp.file('huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    registerLocalFile('h'.repeat(32), path);
    expect(api.call('import.check', { file: { name: 'huge.csv', upload: 'h'.repeat(32) } })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The file is 3072.0 MB, larger than 256 MB, the largest the import reads; split it into smaller files and import them one after the other. Nothing was read or changed.' },
    });
  });

  it('says so when the id names no file it has', () => {
    expect(api.call('import.preview', { file: { name: 'gone.csv', upload: 'g'.repeat(32) } })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Choose the file again') } });
    expect(api.call('import.preview', { file: { name: 'x.csv', upload: '../../etc/passwd' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
