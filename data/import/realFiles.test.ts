/**
 * Real public files others wrote (test/fixtures/real/, provenance in its README), each imported
 * with only what `--map` and `--set` give (mapping by header, values for every row): every row
 * imports, importing again changes nothing, the mapped fields come back exactly through the
 * practice export in both CSV presets, and the ordinary damage (one Windows-1252 cell, a file cut
 * inside a character) is reported by row and garbles nothing.
 */
import { describe, expect, it } from 'vitest';
import { byCode, bytesOf, CORPUS, corpusStores, file, type Row } from '../../test/fixtures/real/corpus.js';

const freshApi = corpusStores();

describe.each(CORPUS)('$name', (real) => {
  it('imports every row with only --map and --set, and importing it again changes nothing', () => {
    const { store, api } = freshApi();
    try {
      const input = { file: file(real.name), mapping: real.mapping, constants: real.constants };
      const first = api.value('import.run', { ...input, dryRun: false });
      expect(first.counts).toEqual({ new: real.rows, updated: 0, unchanged: 0, rejected: 0 });
      expect(api.value('import.run', { ...input, dryRun: false }).counts).toEqual({ new: 0, updated: 0, unchanged: real.rows, rejected: 0 });
      const rows = api.value('practices.list', { limit: 1000 }).rows as unknown as Row[];
      expect(new Set(rows.map((r) => r.country))).toEqual(new Set([real.country]));
      expect(rows.every((r) => r.countryGroup === (real.country === 'EU' ? 'International' : real.country))).toBe(true);
    } finally {
      store.close();
    }
  });

  it.each(['csv', 'csv-excel'] as const)('comes back exactly through the practice export (%s)', (format) => {
    const source = freshApi();
    const target = freshApi();
    try {
      source.api.value('import.run', { file: file(real.name), mapping: real.mapping, constants: real.constants, dryRun: false });
      const exported = source.api.value('analysis.export', { view: 'practices', input: { filter: {} }, format }) as { content: string };
      const result = target.api.value('import.run', { file: { name: 'export.csv', contentBase64: Buffer.from(exported.content, 'utf8').toString('base64') }, dryRun: false });
      expect(result.counts).toMatchObject({ new: real.rows, rejected: 0 });
      const before = source.api.value('practices.list', { limit: 1000 }).rows as unknown as Row[];
      const after = target.api.value('practices.list', { limit: 1000 }).rows as unknown as Row[];
      expect(byCode(after, real.fields)).toEqual(byCode(before, real.fields));
      expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    } finally {
      source.store.close();
      target.store.close();
    }
  });
});

describe('damaged copies of the real files', () => {
  it('one Windows-1252 cell in the Spanish UTF-8 file rejects that row by its number and garbles nothing else', () => {
    const bytes = bytesOf('es-certificados-profesionalidad.csv');
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\n');
    // Row 5 ("AFD162_3 ... Acondicionamiento físico en grupo ...") gets its "í" (C3 AD) as the single byte ED.
    const rowFive = lines[4]!;
    expect(rowFive).toContain('físico');
    const before = new TextEncoder().encode(lines.slice(0, 4).join('\n') + '\n');
    const damagedRow = Uint8Array.from([...new TextEncoder().encode(rowFive)].flatMap((byte, i, all) => (byte === 0xc3 && all[i + 1] === 0xad ? [0xed] : byte === 0xad && all[i - 1] === 0xc3 ? [] : [byte])));
    const after = new TextEncoder().encode('\n' + lines.slice(5).join('\n'));
    const damaged = Uint8Array.from([...before, ...damagedRow, ...after]);
    const { store, api } = freshApi();
    try {
      const result = api.value('import.run', { file: file('damaged.csv', damaged), mapping: { 'Certificado Profesional': 'name' }, constants: { country: 'España' }, dryRun: false });
      expect(result.encoding).toBe('utf-8');
      expect(result.counts).toEqual({ new: 149, updated: 0, unchanged: 0, rejected: 1 });
      expect(result.rejected[0]).toMatchObject({ row: 5, reason: expect.stringContaining('Column "Certificado Profesional": it holds byte ED (“í” in Windows-1252), which is not UTF-8') });
      expect(result.notes.join('\n')).toContain('Row 5, column "Cualificación Profesional": byte ED (“í” in Windows-1252)');
      const names = (api.value('practices.list', { limit: 1000 }).rows as unknown as Row[]).map((r) => String(r.name));
      expect(names.some((name) => /Ã|\uFFFD|[\uDC80-\uDCFF]/.test(name))).toBe(false);
      expect(names).toContain('Animación físico-deportiva y recreativa');
    } finally {
      store.close();
    }
  });

  it('the Portuguese file cut inside a character reports its last row and imports the rest intact', () => {
    const bytes = bytesOf('pt-diplomados-por-curso.csv');
    // Cut right after the first byte of the last "ç" or "ã" of the file.
    let cut = bytes.length - 1;
    while (!(bytes[cut] === 0xc3 && (bytes[cut + 1] === 0xa7 || bytes[cut + 1] === 0xa3))) cut -= 1;
    const damaged = bytes.subarray(0, cut + 1);
    const { store, api } = freshApi();
    try {
      const result = api.value('import.run', { file: file('cut.csv', damaged), mapping: { Nivel_forma: 'level', UO: 'provider' }, constants: { country: 'Portugal' }, dryRun: true });
      expect(result.encoding).toBe('utf-8');
      // The cut falls in a column the import leaves out, so no row is rejected; the spot is still reported by row and column.
      const lastRow = result.counts.new + 1;
      expect(result.counts).toMatchObject({ new: 300, rejected: 0 });
      expect(result.notes.join('\n')).toMatch(new RegExp(`1 cell holds bytes that are not UTF-8, in a file read as UTF-8: Row ${lastRow}, column "Cnaef_[a-z_]+": byte C3 \\(“Ã” in Windows-1252\\)`));
      // Read into a mapped column (the level), the same cut rejects that row.
      const intoLevel = api.value('import.run', { file: file('cut.csv', damaged), mapping: { Nivel_forma: 'level', UO: 'provider', Cnaef_area_edu_forma: 'notes' }, constants: { country: 'Portugal' }, dryRun: true });
      expect(intoLevel.rejected).toMatchObject([{ row: lastRow, reason: expect.stringMatching(/^Column "Cnaef_area_edu_forma": it holds byte C3 \(“Ã” in Windows-1252\), which is not UTF-8/) }]);
    } finally {
      store.close();
    }
  });
});
