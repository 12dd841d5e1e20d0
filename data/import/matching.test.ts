/**
 * How rows find their practice by default (issue 12, items 2-4): the id where a row has one, else
 * code or name, country and provider; constant values for every row; countries in four languages.
 */
import { describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/support/scratchStore.js';

const { api } = storePerTest('matching');
const csv = (content: string) => ({ name: 'sheet.csv', contentBase64: Buffer.from(content, 'utf8').toString('base64') });

describe('the default key', () => {
  it('adds id-less rows appended to an exported sheet, keeps the rows with ids, and a second import changes nothing', () => {
    api.value('import.run', { file: csv('Name;Country\nFirst;Spain\nSecond;Portugal\n'), dryRun: false });
    const exported = api.value('analysis.export', { view: 'practices', input: { filter: {} }, format: 'csv-excel' }) as { content: string };
    const header = exported.content.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(';');
    // The appended row has a name and a country in the export's own columns, and no id.
    const row = header.map((h) => (h === 'Name' ? 'Third' : h === 'Country' ? 'Finland' : ''));
    const sheet = `${exported.content.replace(/\r\n$/, '')}\r\n${row.join(';')}\r\n`;
    const result = api.value('import.run', { file: csv(sheet), dryRun: false });
    expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 2, rejected: 0 });
    expect(api.value('import.run', { file: csv(sheet), dryRun: true }).counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('keeps the same course at forty institutions as forty practices, and finds each again', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Mecánica del automóvil;Portugal;Escola ${i + 1}`).join('\n');
    const file = csv(`Curso;País;Estabelecimento\n${rows}\n`);
    expect(api.value('import.run', { file, dryRun: false }).counts).toEqual({ new: 40, updated: 0, unchanged: 0, rejected: 0 });
    expect(api.value('import.run', { file, dryRun: true }).counts).toEqual({ new: 0, updated: 0, unchanged: 40, rejected: 0 });
  });

  it('matches by code and country where the file has codes, so a renamed course is an update', () => {
    api.value('import.run', { file: csv('Código;Denominación;País\nTMVG0109;Mantenimiento del motor;España\n'), dryRun: false });
    const renamed = api.value('import.run', { file: csv('Código;Denominación;País\nTMVG0109;Mantenimiento del motor y sus sistemas;ES\n'), dryRun: false });
    expect(renamed.counts).toEqual({ new: 0, updated: 1, unchanged: 0, rejected: 0 });
  });

  it('with --key id still refuses id-less rows, saying how to add them', () => {
    const result = api.value('import.run', { file: csv('Name;Country\nA;Spain\n'), key: 'id', dryRun: true });
    expect(result.rejected[0]?.reason).toMatch(/has no id.*Without --key id, a row without an id is matched by its code or name and its country, or added as a new practice/);
  });
});

describe('values for every row', () => {
  it('fill a field the file lacks, or leaves empty, read as a cell of that field would be', () => {
    const file = csv('Nombre;Horas;País\nA;10;\nB;20;Portugal\n');
    const result = api.value('import.run', { file, constants: { Country: 'España', deliveryMode: 'Presencial' }, dryRun: false });
    expect(result.counts.new).toBe(2);
    const rows = api.value('practices.list', { sort: [{ field: 'name', desc: false }] }).rows;
    expect(rows.map((r) => [r.name, r.country, r.deliveryMode])).toEqual([
      ['A', 'Spain', 'in_person'],
      ['B', 'Portugal', 'in_person'],
    ]);
    expect(api.call('import.run', { file, constants: { Contry: 'Spain' } })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Unknown field "Contry"') } });
  });
});

describe('countries', () => {
  it('in English, Spanish, Portuguese, Finnish or as ISO codes are stored canonically; unknown ones are listed', () => {
    const file = csv('Name;Country\nA;España\nB;Espanha\nC;Suomi\nD;FIN\nE;pt\nF;Portugali\nG;Atlantis\nH;ESP\n');
    const result = api.value('import.run', { file, dryRun: false });
    expect(result.counts).toMatchObject({ new: 8, rejected: 0 });
    expect(result.unknownCountries).toEqual([{ country: 'Atlantis', rows: [8] }]);
    expect(result.notes.join('\n')).toContain('Countries the app does not know, stored as written and grouped as International: “Atlantis” (row 8).');
    const rows = api.value('practices.list', { sort: [{ field: 'name', desc: false }] }).rows;
    expect(rows.map((r) => r.country)).toEqual(['Spain', 'Spain', 'Finland', 'Finland', 'Portugal', 'Portugal', 'Atlantis', 'Spain']);
  });
});
