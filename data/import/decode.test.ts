import { describe, expect, it } from 'vitest';
import { binaryContentReason, decodeText, detectEncoding, encodingFromLabel, escapedByte, TextDecodingError, type TextEncoding } from './decode.js';
import { fixtureBytes } from './testSupport.js';
import { decodeWindows1252 } from './windows1252.js';

describe('detectEncoding on the fixture corpus', () => {
  const expected: [string, TextEncoding][] = [
    ['windows-1252-semicolon.csv', 'windows-1252'],
    ['utf8-semicolon-decimal-comma.csv', 'utf-8'],
    ['utf8-bom-semicolon.csv', 'utf-8-bom'],
    ['utf16le-bom-tab.txt', 'utf-16le'],
    ['utf16be-bom-tab.txt', 'utf-16be'],
    ['utf16le-no-bom-tab.txt', 'utf-16le'],
    ['quoted-newlines.csv', 'utf-8'],
    ['export-excel-europe.csv', 'utf-8-bom'],
    ['export-standard.csv', 'utf-8'],
    ['empty.csv', 'utf-8'],
  ];
  it.each(expected)('%s is %s', (name, encoding) => {
    expect(detectEncoding(fixtureBytes(name))).toBe(encoding);
  });
});

describe('decodeText', () => {
  it('reads Excel\'s Windows-1252 CSV with its accents, the euro sign, typographic quotes and dashes', () => {
    const text = decodeText(fixtureBytes('windows-1252-semicolon.csv'), 'windows-1252');
    for (const word of ['Nombre;País;Horas', 'Catálogo Nacional', 'Mecatrónica', 'Formação', 'Sähköauton huolto', 'Äö', '“nacional”', '1.200 € – según']) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('\uFFFD');
  });

  it('drops the byte-order mark of UTF-8 and UTF-16 files', () => {
    const bom = decodeText(fixtureBytes('utf8-bom-semicolon.csv'), 'utf-8-bom');
    expect(bom.startsWith('Nome;País;Horas')).toBe(true);
    const le = decodeText(fixtureBytes('utf16le-bom-tab.txt'), 'utf-16le');
    expect(le.startsWith('Nimi\tMaa\tTunnit')).toBe(true);
    expect(le).toContain('Sähköauton huolto\tFinland\t40,5');
    expect(decodeText(fixtureBytes('utf16be-bom-tab.txt'), 'utf-16be')).toBe('Name\tHours\r\nSähköauton huolto\t40,5\r\n');
    expect(decodeText(fixtureBytes('utf16le-no-bom-tab.txt'), 'utf-16le').startsWith('Name\tCountry')).toBe(true);
  });

  it('drops a byte-order mark also when the caller chose plain UTF-8 or Windows-1252 for a file that has one', () => {
    const bytes = fixtureBytes('utf8-bom-semicolon.csv');
    expect(decodeText(bytes, 'utf-8').startsWith('Nome;')).toBe(true);
    // The override is honoured (the accents come out wrong, as chosen) but the mark itself is not data.
    const asWindows = decodeText(bytes, 'windows-1252');
    expect(asWindows.startsWith('Nome;PaÃ­s')).toBe(true);
  });

  it('keeps each byte that is not UTF-8 as its escape when UTF-8 is chosen, never a replacement character; UTF-16 is strict', () => {
    const text = decodeText(fixtureBytes('windows-1252-semicolon.csv'), 'utf-8');
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain(`Cat${escapedByte(0xe1)}logo`);
    expect(() => decodeText(Uint8Array.from([0x00, 0xd8, 0x41, 0x00]), 'utf-16le')).toThrow(TextDecodingError);
  });

  it('reads the bytes Windows-1252 has where ISO-8859-1 has control codes', () => {
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x96, 0x20, 0x93, 0x61, 0x94]), 'windows-1252')).toBe('€ – “a”');
    expect(detectEncoding(Uint8Array.from([0x43, 0x61, 0x74, 0xe1, 0x6c, 0x6f, 0x67, 0x6f]))).toBe('windows-1252');
    expect(detectEncoding(new TextEncoder().encode('Catálogo'))).toBe('utf-8');
  });

  it('treats the ISO-8859-1 and Latin-1 labels as Windows-1252, as browsers do', () => {
    expect(encodingFromLabel('ISO-8859-1')).toBe('windows-1252');
    expect(encodingFromLabel('latin1')).toBe('windows-1252');
    expect(encodingFromLabel('UTF-8')).toBe('utf-8');
    expect(encodingFromLabel('utf8')).toBe('utf-8');
    expect(encodingFromLabel('UTF-16')).toBe('utf-16le');
    expect(encodingFromLabel('ebcdic')).toBeNull();
  });
});

describe('binaryContentReason', () => {
  it('names the kind of file for a PNG and for an Excel workbook', () => {
    expect(binaryContentReason(fixtureBytes('binary-junk.csv'))).toBe('This is a PNG image, not a CSV file.');
    expect(binaryContentReason(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(/^This is an Excel workbook \(\.xlsx\)/);
  });

  it('rejects random bytes, which Windows-1252 would otherwise decode into text', () => {
    const junk = fixtureBytes('random-bytes.csv');
    expect(detectEncoding(junk)).toBe('windows-1252');
    expect(binaryContentReason(junk)).toMatch(/^This file contains binary data/);
  });

  it('accepts every text fixture, UTF-16 with its NUL bytes included, and the empty file', () => {
    for (const name of ['windows-1252-semicolon.csv', 'utf8-bom-semicolon.csv', 'utf16le-bom-tab.txt', 'utf16be-bom-tab.txt', 'utf16le-no-bom-tab.txt', 'quoted-newlines.csv', 'formula-cells.csv', 'empty.csv']) {
      expect(binaryContentReason(fixtureBytes(name)), name).toBeNull();
    }
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F as the WHATWG index does (Node\'s own TextDecoder reads them as control codes since 20.18.3)', () => {
    const high = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(high).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it('maps every other byte to the code point of the same number', () => {
    const others = Array.from({ length: 256 }, (_, byte) => byte).filter((byte) => byte < 0x80 || byte > 0x9f);
    const text = decodeWindows1252(Uint8Array.from(others));
    expect([...text].map((char) => char.codePointAt(0))).toEqual(others);
  });

  it('decodes long input across its internal chunks without losing or moving a byte', () => {
    const bytes = Uint8Array.from({ length: 20000 }, (_, i) => (i % 3 === 0 ? 0xe1 : i % 3 === 1 ? 0x80 : 0x61));
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(20000);
    expect(text).toBe('á€a'.repeat(6667).slice(0, 20000));
  });
});
