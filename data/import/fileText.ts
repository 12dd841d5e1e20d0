/**
 * A file's text a few megabytes at a time, so that a file at the size limit is read in bounded
 * memory: the bytes come from a file on disk (or, for small files sent inline, from memory), the
 * encoding is decided over the whole file as decode.ts decides it for bytes in memory, and the
 * text is handed on in pieces that decode exactly as the whole file would.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { detectEncoding, escapeInvalidUtf8, sequenceShape, utf16ByteOrder, utf8Census, type TextEncoding } from './decode.js';
import { decodeWindows1252 } from './windows1252.js';
import { ApiFailure } from '../domain/envelope.js';
import { MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../domain/fileSchemas.js';
import { uploadPath } from '../store/uploads.js';

/** Where a file's bytes are read from, any number of times (each walk opens it again). */
export interface ByteSource {
  readonly size: number;
  /** Walks the bytes from the start in pieces (a few megabytes each; the last may be shorter). */
  pieces(): Generator<Uint8Array>;
}

/** How much is read at a time: the first piece must hold the megabyte of text papaparse takes its line break from. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** Bytes in memory; `pieceBytes` smaller than the default lets tests cut a small file into many pieces. */
export function bytesSource(bytes: Uint8Array, pieceBytes = PIECE_BYTES): ByteSource {
  return {
    size: bytes.length,
    *pieces() {
      for (let start = 0; start < bytes.length; start += pieceBytes) yield bytes.subarray(start, start + pieceBytes);
    },
  };
}

/** A file on disk; its size is taken once, when it is opened here, and every walk reads that many bytes. */
export function pathSource(path: string, pieceBytes = PIECE_BYTES): ByteSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  return {
    size,
    *pieces() {
      const handle = openSync(path, 'r');
      try {
        let position = 0;
        while (position < size) {
          const buffer = new Uint8Array(Math.min(pieceBytes, size - position));
          const read = readSync(handle, buffer, 0, buffer.length, position);
          if (read === 0) break;
          position += read;
          yield read === buffer.length ? buffer : buffer.subarray(0, read);
        }
      } finally {
        closeSync(handle);
      }
    },
  };
}

/**
 * The bytes of a file an operation names: sent inline as base64 (small files, tests), or received
 * by the host and kept on disk (data/store/uploads.ts), refused with the limit named before any of
 * it is read when it is larger than the limit.
 */
export function operationFileSource(file: { contentBase64: string } | { upload: string }): ByteSource {
  if ('contentBase64' in file) return bytesSource(new Uint8Array(Buffer.from(file.contentBase64, 'base64')));
  const source = pathSource(uploadPath(file.upload));
  if (source.size > MAX_FILE_BYTES) {
    throw new ApiFailure('invalid_input', `The file is ${(source.size / 1024 / 1024).toFixed(1)} MB, larger than ${MAX_FILE_MEGABYTES} MB, the largest the import reads; split it into smaller files and import them one after the other. Nothing was read or changed.`);
  }
  return source;
}

/** The first `length` bytes (or fewer). */
export function startOf(source: ByteSource, length: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let have = 0;
  for (const piece of source.pieces()) {
    parts.push(piece.subarray(0, length - have));
    have += Math.min(piece.length, length - have);
    if (have >= length) break;
  }
  return concatBytes(parts);
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Where the bytes may be cut without splitting a UTF-8 sequence: before a lead byte near the end
 * whose sequence runs past it. Only the file's own end leaves such a sequence cut (decode.ts).
 */
function utf8CutPoint(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back += 1) {
    const at = bytes.length - back;
    const shape = sequenceShape(bytes[at] ?? 0);
    if (shape !== null) return at + shape.length > bytes.length ? at : bytes.length;
  }
  return bytes.length;
}

/** UTF-8 pieces with the sequences a piece's end cuts carried over to the next piece. */
function* wholeSequences(source: ByteSource): Generator<{ bytes: Uint8Array; last: boolean }> {
  let carry = new Uint8Array(0);
  for (const piece of source.pieces()) {
    const bytes = carry.length > 0 ? concatBytes([carry, piece]) : piece;
    const cut = utf8CutPoint(bytes);
    carry = bytes.slice(cut);
    yield { bytes: bytes.subarray(0, cut), last: false };
  }
  yield { bytes: carry, last: true };
}

/**
 * The encoding decode.ts's detectEncoding gives the whole file: byte-order marks and UTF-16 from
 * the start, then UTF-8 unless the file as a whole is not, counted over every byte.
 */
export function detectSourceEncoding(source: ByteSource): TextEncoding {
  const start = startOf(source, 4096);
  if (source.size <= start.length) return detectEncoding(start);
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8-bom';
  const utf16 = utf16ByteOrder(start);
  if (utf16 !== null) return utf16;
  let multiByte = 0;
  let invalid = 0;
  let cutAtEnd = false;
  for (const { bytes, last } of wholeSequences(source)) {
    try {
      // Most pieces are valid: the decoder says so faster than the census.
      STRICT_UTF8.decode(bytes);
      multiByte += countLeadBytes(bytes);
      continue;
    } catch {
      // Counted byte by byte: the pieces carry a sequence their end cuts over to the next, so only the file's end leaves one cut.
      const census = utf8Census(bytes);
      multiByte += census.multiByte;
      invalid += census.invalid;
      if (last) cutAtEnd = census.truncatedEnd;
    }
  }
  if (invalid === 0) return 'utf-8';
  const invalidBeforeEnd = invalid - (cutAtEnd ? 1 : 0);
  const mostlyUtf8 = multiByte > 0 ? multiByte >= invalidBeforeEnd : invalidBeforeEnd === 0;
  return mostlyUtf8 ? 'utf-8' : 'windows-1252';
}

/** In valid UTF-8, each character beyond ASCII starts with one lead byte (C2 to F4). */
function countLeadBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0xc0) count += 1;
  return count;
}

/** What the text of a UTF-16 file could not hold: an odd last byte (the file cut inside a character). */
export interface TextDamage {
  oddLastByte: number | null;
}

/**
 * The file's text in pieces, without its byte-order mark, decoded exactly as decode.ts's
 * decodeText decodes the whole file: UTF-8 keeps each byte that is not UTF-8 as its escape;
 * Windows-1252 gives a character for every byte. UTF-16 keeps a lone surrogate as it is (the rows
 * holding one are then reported, readFile.ts), and an odd last byte is left out and told in `damage`.
 */
export function* textPieces(source: ByteSource, encoding: TextEncoding, damage: TextDamage = { oddLastByte: null }): Generator<string> {
  if (encoding === 'windows-1252') {
    // A UTF-8 mark survives when the person chose Windows-1252 for a file that has one (it reads as "ï»¿").
    yield* withoutLeading(
      (function* () {
        for (const piece of source.pieces()) yield decodeWindows1252(piece);
      })(),
      '\u00ef\u00bb\u00bf',
    );
    return;
  }
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    yield* withoutLeading(
      (function* () {
        for (const { bytes } of wholeSequences(source)) yield utf8Escaping(bytes, decoder);
      })(),
      '\uFEFF',
    );
    return;
  }
  yield* withoutLeading(utf16Pieces(source, encoding, damage), '\uFEFF');
}

/** The pieces without `mark` at the very start of their text (however the first pieces are cut), and without empty pieces. */
function* withoutLeading(pieces: Iterable<string>, mark: string): Generator<string> {
  let head = '';
  let checked = false;
  for (const piece of pieces) {
    if (checked) {
      if (piece !== '') yield piece;
      continue;
    }
    head += piece;
    if (head.length < mark.length && mark.startsWith(head)) continue;
    checked = true;
    const rest = head.startsWith(mark) ? head.slice(mark.length) : head;
    if (rest !== '') yield rest;
  }
  if (!checked && head !== '' && head !== mark) yield head;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One piece of UTF-8 (no sequence cut at its end), each byte that is not UTF-8 kept as its escape. */
function utf8Escaping(bytes: Uint8Array, decoder: InstanceType<typeof TextDecoder>): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return escapeInvalidUtf8(bytes, decoder);
  }
}

function* utf16Pieces(source: ByteSource, encoding: 'utf-16le' | 'utf-16be', damage: TextDamage): Generator<string> {
  let carry = new Uint8Array(0);
  let pendingHigh = '';
  for (const piece of source.pieces()) {
    const bytes = carry.length > 0 ? concatBytes([carry, piece]) : piece;
    const even = bytes.length & ~1;
    carry = bytes.slice(even);
    const units = Buffer.from(bytes.buffer, bytes.byteOffset, even);
    // Buffer's UTF-16 decoding keeps a lone surrogate as it is, where TextDecoder would write U+FFFD.
    let text = pendingHigh + (encoding === 'utf-16le' ? units.toString('utf16le') : Buffer.from(units).swap16().toString('utf16le'));
    // A high surrogate at the end of a piece pairs with the first unit of the next.
    const lastCode = text.charCodeAt(text.length - 1);
    pendingHigh = lastCode >= 0xd800 && lastCode <= 0xdbff ? text.slice(-1) : '';
    if (pendingHigh !== '') text = text.slice(0, -1);
    if (text !== '') yield text;
  }
  if (pendingHigh !== '') yield pendingHigh;
  damage.oddLastByte = carry.length === 1 ? (carry[0] ?? 0) : null;
}
