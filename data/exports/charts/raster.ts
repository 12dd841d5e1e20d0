/**
 * A small RGB raster with rectangles, lines and bitmap text, encoded as PNG (zlib from node:zlib,
 * CRC-32 here): the picture a Word document shows where it cannot draw a chart's SVG.
 */
import { deflateSync } from 'node:zlib';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphColumns } from './font5x7.js';

export type Rgb = readonly [number, number, number];

export function hexColour(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let py = y0; py < y1; py++) for (let px = x0; px < x1; px++) this.pixels.set(colour, (py * this.width + px) * 3);
  }

  /** Text in the bitmap font, `scale` pixels per font pixel; x is the left, middle or right edge per `anchor`. */
  text(value: string, x: number, y: number, scale: number, colour: Rgb, anchor: 'start' | 'middle' | 'end' = 'start'): void {
    const chars = [...value];
    const width = textWidth(value, scale);
    let left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    for (const char of chars) {
      glyphColumns(char).forEach((bits, column) => {
        for (let row = 0; row < GLYPH_HEIGHT; row++) if (bits & (1 << row)) this.fillRect(left + column * scale, y + row * scale, scale, scale, colour);
      });
      left += (GLYPH_WIDTH + 1) * scale;
    }
  }

  /** PNG with its resolution recorded (pHYs), so Word sizes it at print size. */
  toPng(dpi = 192): Uint8Array {
    const rowLength = this.width * 3 + 1;
    const raw = new Uint8Array(rowLength * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * rowLength] = 0; // filter: none
      raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * rowLength + 1);
    }
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method variants, no interlace
    const perMetre = Math.round(dpi / 0.0254);
    const phys = new Uint8Array(9);
    new DataView(phys.buffer).setUint32(0, perMetre);
    new DataView(phys.buffer).setUint32(4, perMetre);
    phys[8] = 1;
    return concat([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
  }
}

export const textWidth = (value: string, scale: number) => Math.max(0, [...value].length * (GLYPH_WIDTH + 1) - 1) * scale;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
