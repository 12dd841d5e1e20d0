/**
 * Windows-1252 decoding done here rather than with TextDecoder('windows-1252'): Node since 20.18.3
 * and 22.13 decodes that label as ISO-8859-1 (nodejs/node#56542, #60888), so "€", "–" and the
 * typographic quotes Word pastes into Excel (bytes 0x80-0x9F) came out as invisible control codes.
 * The table is the WHATWG Encoding Standard's index-windows-1252, which is what browsers use.
 */

/** Code points for bytes 0x80-0x9F; the five bytes Windows leaves undefined map to the C1 control of the same number. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

const CODE_UNITS = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] ?? byte : byte));

/** Small enough for String.fromCharCode's argument limit, large enough to decode 50 MB quickly. */
const CHUNK = 8192;

/** Every byte is a character in Windows-1252, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i += 1) units[i - start] = CODE_UNITS[bytes[i] ?? 0] ?? 0;
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}
