/**
 * Bytes to text for imported spreadsheets. Excel in Spain, Portugal and Finland saves "CSV" in
 * Windows-1252, "CSV UTF-8" with a byte-order mark and "Unicode text" in UTF-16LE; reading any of
 * them with the wrong decoder turns "Catálogo" into "CatÃ¡logo" or "Cat�logo" without an error.
 */
import { decodeWindows1252 } from './windows1252.js';

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

/** Byte-order marks first, then UTF-16 by its NULs, then strict UTF-8, else Windows-1252 (which decodes any bytes). */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16 !== null) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
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
 * The file's text without its byte-order mark. UTF-8 and UTF-16 are decoded strictly, so an
 * encoding chosen by hand that does not fit throws TextDecodingError instead of writing "�" into
 * the data; Windows-1252 gives a character for every byte and never throws.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') {
    const text = decodeWindows1252(bytes);
    // A UTF-8 mark survives when the person chose Windows-1252 for a file that has one (it reads as "ï»¿").
    return text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text;
  }
  try {
    // ignoreBOM: false makes the decoder drop a leading byte-order mark itself.
    return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
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
 */
export function binaryContentReason(bytes: Uint8Array): string | null {
  for (const format of KNOWN_BINARY_FORMATS) {
    if (startsWith(bytes, format.magic)) return format.reason;
  }
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'This file contains binary data (NUL bytes), not text. Choose a CSV or text file.';
    // Tab, line feed, form feed and carriage return occur in text; the other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls += 1;
  }
  return controls > sample.length * 0.01 ? 'This file contains binary data (control characters), not text. Choose a CSV or text file.' : null;
}
