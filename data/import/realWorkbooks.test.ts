/**
 * The .xlsx copies of the real files (test/fixtures/real/*.xlsx, saved by toXlsx.mjs there) import
 * with the same --map and --set as their CSV and give the same practices; importing again changes
 * nothing; and the mapped cells come back exactly through the practice export to XLSX and an
 * import of that workbook.
 */
import { describe, expect, it } from 'vitest';
import { byCode, CORPUS, corpusStores, file, type Row } from '../../test/fixtures/real/corpus.js';

const freshApi = corpusStores();
const xlsxOf = (name: string) => name.replace(/\.csv$/, '.xlsx');
const list = (api: ReturnType<typeof freshApi>['api']) => api.value('practices.list', { limit: 1000 }).rows as unknown as Row[];

describe.each(CORPUS)('$name as .xlsx', (real) => {
  it('imports with the same --map and --set as its CSV, to the same practices, and again changes nothing', () => {
    const fromCsv = freshApi();
    const fromXlsx = freshApi();
    try {
      fromCsv.api.value('import.run', { file: file(real.name), mapping: real.mapping, constants: real.constants, dryRun: false });
      const input = { file: file(xlsxOf(real.name)), mapping: real.mapping, constants: real.constants };
      const first = fromXlsx.api.value('import.run', { ...input, dryRun: false });
      expect(first.counts).toEqual({ new: real.rows, updated: 0, unchanged: 0, rejected: 0 });
      expect(first.workbook).toEqual({ sheet: xlsxOf(real.name).replace(/\.xlsx$/, '').slice(0, 31), sheets: [xlsxOf(real.name).replace(/\.xlsx$/, '').slice(0, 31)] });
      expect(fromXlsx.api.value('import.run', { ...input, dryRun: false }).counts).toEqual({ new: 0, updated: 0, unchanged: real.rows, rejected: 0 });
      const fields = [...real.fields, 'provider', 'hours', 'notes'];
      expect(byCode(list(fromXlsx.api), fields)).toEqual(byCode(list(fromCsv.api), fields));
    } finally {
      fromCsv.store.close();
      fromXlsx.store.close();
    }
  });

  it('comes back exactly through the practice export to XLSX', () => {
    const source = freshApi();
    const target = freshApi();
    try {
      source.api.value('import.run', { file: file(xlsxOf(real.name)), mapping: real.mapping, constants: real.constants, dryRun: false });
      const exported = source.api.value('analysis.export', { view: 'practices', input: { filter: {} }, format: 'xlsx' });
      expect(exported.encoding).toBe('base64');
      const result = target.api.value('import.run', { file: { name: 'export.xlsx', contentBase64: exported.content }, dryRun: false });
      expect(result.counts).toMatchObject({ new: real.rows, rejected: 0 });
      const before = list(source.api);
      const after = list(target.api);
      expect(byCode(after, real.fields)).toEqual(byCode(before, real.fields));
      expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    } finally {
      source.store.close();
      target.store.close();
    }
  });
});
