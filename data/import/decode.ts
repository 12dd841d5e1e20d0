/**
 * Bytes to text for imported spreadsheets. Excel in Spain, Portugal and Finland saves "CSV" in
 * Windows-1252, "CSV UTF-8" with a byte-order mark and "Unicode text" in UTF-16LE; reading any of
 * them with the wrong decoder turns "Catálogo" into "CatÃ¡logo" or "Cat�logo" without an error.
 */
import { decodeWindows1252 } from './windows1252.js';
import { detectDelimiter, parseCsvPieces, rowPlace } from './dialect.js';

export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What a person sees in the import dialog next to each encoding. */
export const TEXT_ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with byte-order mark (Excel "CSV UTF-8")',
  'utf-16le': 'UTF-16 little-endian (Excel "Unicode text")',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252 / ISO-8859-1 (Excel "CSV" on Windows)',
};

/** How many bytes the UTF-16 guess looks at: enough for the header and several rows. */
const UTF16_SAMPLE_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text that is mostly ASCII has a NUL in every other byte when written as UTF-16; which half holds
 * the NULs tells the byte order. Binary files have NULs too, but not in such a regular pattern.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) nulAtEven += 1;
    if (bytes[i + 1] === 0) nulAtOdd += 1;
  }
  const pairs = length / 2;
  if (nulAtOdd >= pairs * 0.4 && nulAtEven <= pairs * 0.05) return 'utf-16le';
  if (nulAtEven >= pairs * 0.4 && nulAtOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes that are not UTF-8 are kept in the text as the lone surrogates U+DC80-U+DCFF (the byte plus
 * 0xDC00, Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so each one
 * marks exactly one byte that was not UTF-8, and the row and column it lands in can be named.
 */
export const ESCAPED_BYTE = /[\uDC80-\uDCFF]/;
export const ESCAPED_BYTES = /[\uDC80-\uDCFF]+/g;
export const escapedByte = (byte: number): string => String.fromCharCode(0xdc00 + byte);
export const byteOfEscape = (char: string): number => char.charCodeAt(0) - 0xdc00;

/** How long the UTF-8 sequence a lead byte opens is, and the range its second byte must be in (RFC 3629). */
export function sequenceShape(lead: number): { length: number; min: number; max: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf };
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f };
  return null;
}

/** The length of the valid sequence at `at`, or 0 where the byte there starts none. */
export function validSequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  const shape = sequenceShape(lead);
  if (shape === null || at + shape.length > bytes.length) return 0;
  const second = bytes[at + 1] ?? 0;
  if (second < shape.min || second > shape.max) return 0;
  for (let i = 2; i < shape.length; i += 1) {
    const next = bytes[at + i] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return shape.length;
}

export interface Utf8Census {
  /** Characters written with two to four bytes: the evidence that a file is UTF-8. */
  multiByte: number;
  /** Bytes that are not part of any valid sequence. */
  invalid: number;
  /** The file ends inside a sequence (cut short, as a download or a copy stopped midway). */
  truncatedEnd: boolean;
}

/** Counts what in a file is and is not UTF-8 (only walked when the strict decoder failed). */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let multiByte = 0;
  let invalid = 0;
  let lastInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const length = validSequenceAt(bytes, i);
    if (length > 0) {
      multiByte += 1;
      i += length;
    } else {
      invalid += 1;
      lastInvalid = i;
      i += 1;
    }
  }
  let truncatedEnd = false;
  if (lastInvalid >= 0) {
    // The last bytes are a sequence's start that the end of the file cut off.
    const start = [1, 2, 3].map((back) => bytes.length - back).find((at) => at >= 0 && sequenceShape(bytes[at] ?? 0) !== null);
    truncatedEnd = start !== undefined && start + (sequenceShape(bytes[start] ?? 0)?.length ?? 0) > bytes.length;
  }
  return { multiByte, invalid, truncatedEnd };
}

/**
 * UTF-8, keeping each byte that is not UTF-8 as its escape (ESCAPED_BYTE), never as "�" and never by
 * reading the whole file in another encoding.
 */
export function decodeUtf8Escaping(bytes: Uint8Array): string {
  const text = escapeInvalidUtf8(bytes, new TextDecoder('utf-8', { ignoreBOM: true }));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** UTF-8 with each byte that is not part of a valid sequence as its escape (a byte-order mark kept). */
export function escapeInvalidUtf8(bytes: Uint8Array, decoder: InstanceType<typeof TextDecoder>): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const length = validSequenceAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(decoder.decode(bytes.subarray(runStart, i)));
    parts.push(escapedByte(bytes[i] ?? 0));
    i += 1;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(decoder.decode(bytes.subarray(runStart)));
  return parts.join('');
}

/** UTF-16 by its byte-order mark or its NULs, decided from the file's first bytes only. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return null;
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return utf16ByNulPattern(bytes);
}

/** UTF-32 has three NULs in most groups of four bytes; no spreadsheet writes it. */
function looksLikeUtf32(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return true;
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~3;
  if (length < 8) return false;
  let nulTriples = 0;
  for (let i = 0; i < length; i += 4) {
    const nuls = [0, 1, 2, 3].filter((k) => bytes[i + k] === 0).length;
    if (nuls >= 3) nulTriples += 1;
  }
  return nulTriples >= (length / 4) * 0.8;
}

/**
 * Byte-order marks first, then UTF-16 by its NULs, then UTF-8: a file that is valid UTF-8, or whose
 * characters beyond ASCII are mostly valid UTF-8 (a few bytes from another program, or a file cut
 * inside a character), is UTF-8 with its bad bytes reported. Windows-1252 only where the file as a
 * whole is not UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  const utf16 = utf16ByteOrder(bytes);
  if (utf16 !== null) return utf16;
  if (isValidUtf8(bytes)) return 'utf-8';
  const census = utf8Census(bytes);
  const invalidBeforeEnd = census.invalid - (census.truncatedEnd ? 1 : 0);
  const mostlyUtf8 = census.multiByte > 0 ? census.multiByte >= invalidBeforeEnd : invalidBeforeEnd === 0;
  return mostlyUtf8 ? 'utf-8' : 'windows-1252';
}

/**
 * Reads a name a person or another program gave an encoding. ISO-8859-1 and Latin-1 are read as
 * Windows-1252, as browsers do: files labelled Latin-1 are in practice Windows-1252 (€ is 0x80).
 */
export function encodingFromLabel(label: string): TextEncoding | null {
  const key = label.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const exact = TEXT_ENCODINGS.find((encoding) => encoding === key);
  if (exact !== undefined) return exact;
  const aliases: Record<string, TextEncoding> = {
    utf8: 'utf-8',
    'utf-8-sig': 'utf-8-bom',
    'utf-16': 'utf-16le',
    unicode: 'utf-16le',
    'iso-8859-1': 'windows-1252',
    'iso8859-1': 'windows-1252',
    latin1: 'windows-1252',
    'latin-1': 'windows-1252',
    cp1252: 'windows-1252',
    ansi: 'windows-1252',
  };
  return aliases[key] ?? null;
}

/** The bytes a decoder cannot read in the encoding the person chose. */
export class TextDecodingError extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(`This file is not valid ${TEXT_ENCODING_LABELS[encoding]}. Choose another encoding, or let the app detect it.`);
    this.name = 'TextDecodingError';
  }
}

/**
 * The file's text without its byte-order mark. UTF-8 keeps each byte that is not UTF-8 as its escape
 * (ESCAPED_BYTE), so the rows holding one are reported and rejected rather than the file read in
 * another encoding; UTF-16 is decoded strictly (TextDecodingError); Windows-1252 gives a character
 * for every byte and never throws.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') {
    const text = decodeWindows1252(bytes);
    // A UTF-8 mark survives when the person chose Windows-1252 for a file that has one (it reads as "ï»¿").
    return text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text;
  }
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return decodeUtf8Escaping(bytes);
    }
  }
  try {
    // ignoreBOM: false makes the decoder drop a leading byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TextDecodingError(encoding);
  }
}

/** Files people pick by mistake, by the bytes they start with. */
const KNOWN_BINARY_FORMATS: readonly { magic: readonly number[]; reason: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], reason: 'This is an Excel workbook (.xlsx) or another zip file, not CSV. In Excel, use File > Save As and choose "CSV UTF-8" or "CSV (delimited by semicolons)".' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], reason: 'This is an old Excel workbook (.xls), not CSV. In Excel, use File > Save As and choose "CSV UTF-8".' },
  { magic: [0x25, 0x50, 0x44, 0x46], reason: 'This is a PDF document, not a CSV file.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], reason: 'This is a PNG image, not a CSV file.' },
  { magic: [0xff, 0xd8, 0xff], reason: 'This is a JPEG image, not a CSV file.' },
  { magic: [0x47, 0x49, 0x46, 0x38], reason: 'This is a GIF image, not a CSV file.' },
];

/**
 * A sentence saying why these bytes are not a text table, or null when they may be one. Checked
 * before decoding because Windows-1252 decodes anything, so junk would otherwise import as text.
 * Only the first 64 KB are looked at, so a file on disk is judged by its start alone.
 */
export function binaryContentReason(bytes: Uint8Array): string | null {
  for (const format of KNOWN_BINARY_FORMATS) {
    if (startsWith(bytes, format.magic)) return format.reason;
  }
  if (looksLikeUtf32(bytes)) {
    return 'This file is UTF-32 text, which spreadsheets do not write and the import does not read. Save it as UTF-8 (in Excel: "CSV UTF-8") or UTF-16 ("Unicode text").';
  }
  if (utf16ByteOrder(bytes) !== null) return null;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const [offset, byte] of sample.entries()) {
    if (byte === 0) return `This file contains binary data (a NUL byte in ${rowPlace(rowAt(sample, offset)).toLowerCase()}), not text. Choose a CSV or text file.`;
    // Tab, line feed, form feed and carriage return occur in text; the other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls += 1;
  }
  // A NUL further on is one damaged spot in a text file: the row holding it is rejected (cells.ts).
  return controls > sample.length * 0.01 ? 'This file contains binary data (control characters), not text. Choose a CSV or text file.' : null;
}

/** How much of a file's start is judged for binary content. */
export const BINARY_SAMPLE_BYTES = 65536;

/**
 * The row (as a spreadsheet numbers it) and line a byte offset is in. Delimiters, quotes and line
 * breaks are ASCII in UTF-8 and Windows-1252 alike, so the bytes are read one character each.
 */
function rowAt(bytes: Uint8Array, offset: number): { row: number; line: number } {
  const before = decodeWindows1252(bytes.subarray(0, offset));
  let place = { row: 1, line: 1 };
  // The byte itself stands in as a character, so the row holding it is never empty.
  parseCsvPieces([`${before}\u0000`], detectDelimiter(before), (row) => (place = row));
  return place;
}
