import { describe, expect, it } from 'vitest';
import { withDpi } from './png';

/** CRC-32 as PNG defines it, bit by bit (independent of the module's table). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A 1x1 PNG as a canvas would give it: signature, IHDR, IDAT, IEND. */
function tinyPng(): Uint8Array<ArrayBuffer> {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const idat = new Uint8Array([0x78, 0x9c, 0x63, 0xf8, 0xff, 0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe]);
  const parts = [new Uint8Array(SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
}

interface Chunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

function chunksOf(bytes: Uint8Array): Chunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    const crcOk = view.getUint32(at + 8 + length) === crc32(bytes.subarray(at + 4, at + 8 + length));
    chunks.push({ type, data, crcOk });
    at += 12 + length;
  }
  return chunks;
}

describe('withDpi, the PNG resolution writer', () => {
  it('adds one pHYs chunk right after IHDR, with a correct CRC, and keeps the rest byte for byte', async () => {
    const original = tinyPng();
    const out = new Uint8Array(await (await withDpi(new Blob([original], { type: 'image/png' }), 300)).arrayBuffer());
    expect([...out.subarray(0, 8)]).toEqual(SIGNATURE);
    const chunks = chunksOf(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(out.length).toBe(original.length + 21);
    const ihdrEnd = 8 + 25;
    expect([...out.subarray(0, ihdrEnd)]).toEqual([...original.subarray(0, ihdrEnd)]);
    expect([...out.subarray(ihdrEnd + 21)]).toEqual([...original.subarray(ihdrEnd)]);
  });

  it.each([96, 150, 300, 600])('records %i dpi as pixels per metre, the same both ways', async (dpi) => {
    const out = new Uint8Array(await (await withDpi(new Blob([tinyPng()]), dpi)).arrayBuffer());
    const phys = chunksOf(out).find((c) => c.type === 'pHYs');
    expect(phys?.data.length).toBe(9);
    const view = new DataView(phys!.data.buffer, phys!.data.byteOffset, 9);
    const x = view.getUint32(0);
    expect(view.getUint32(4)).toBe(x);
    expect(view.getUint8(8)).toBe(1); // unit: metre
    expect(Math.round(x * 0.0254)).toBe(dpi);
  });

  it('says the file is a PNG', async () => {
    expect((await withDpi(new Blob([tinyPng()]), 300)).type).toBe('image/png');
  });

  it('leaves a blob too short to hold an IHDR as it was', async () => {
    const short = new Blob([new Uint8Array(SIGNATURE)]);
    expect(await withDpi(short, 300)).toBe(short);
  });
});
