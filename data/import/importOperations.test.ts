import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { client } from '../../test/support/apiClient.js';
import { storePerTest } from '../../test/support/scratchStore.js';
import { openStore } from '../store/store.js';

const { tmp, store, reopen, api } = storePerTest('import');
const fixture = (name: string) => ({ name, contentBase64: readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url)).toString('base64') });
const text = (name: string, content: string) => ({ name, contentBase64: Buffer.from(content, 'utf8').toString('base64') });

describe('importing a CSV that Excel wrote in Spain (Windows-1252, ";", decimal comma)', () => {
  it('previews encoding, delimiter, rows and the field each column fills, writing nothing', () => {
    const before = snapshot(store().db);
    const preview = api.value('import.preview', { file: fixture('windows-1252-semicolon.csv') });
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 4 });
    expect(preview.headers.slice(0, 3)).toEqual(['Nombre', 'País', 'Horas']);
    expect(preview.columns.map((c) => c.target)).toEqual(['name', 'country', 'hours', 'ects', 'deliveryMode', 'technologyDomains', 'caseStudy', 'eqfLevel', 'narrative:governance', 'score:governance', 'notes']);
    expect(preview.sample[0]).toMatchObject({ line: 2, cells: expect.arrayContaining(['Catálogo Nacional de Cualificaciones', '82,5']) });
    expect(snapshot(store().db)).toEqual(before);
  });

  it('says what a dry run would do and changes nothing; the commit then writes every accent and decimal intact', () => {
    const rater = api.value('raters.create', { name: 'Ana' }).id;
    const input = { file: fixture('windows-1252-semicolon.csv'), key: 'nameCountry' as const, raterId: rater };
    const before = snapshot(store().db);
    const dry = api.value('import.run', { ...input, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, committed: false, counts: { new: 4, updated: 0, unchanged: 0, rejected: 0 } });
    expect(snapshot(store().db)).toEqual(before);

    const done = api.value('import.run', { ...input, dryRun: false });
    expect(done).toMatchObject({ committed: true, counts: { new: 4, rejected: 0 } });
    const rows = api.value('practices.list', { sort: [{ field: 'name', desc: false }] }).rows;
    expect(rows.map((r) => [r.name, r.country, r.hours])).toEqual([
      ['Catálogo Nacional de Cualificaciones', 'Spain', 82.5],
      ['Formação em veículos elétricos', 'Portugal', 50],
      ['Mecatrónica del vehículo eléctrico', 'Spain', 1234.5],
      ['Sähköauton huolto', 'Finland', 40],
    ]);
    const catalogo = api.value('practices.get', { id: rows[0]!.id });
    expect(catalogo.practice).toMatchObject({ caseStudy: true, eqfLevel: 4, deliveryMode: 'in_person', technologyDomains: ['ev_safety', 'adas_calibration'], notes: 'Coste 1.200 € – según convocatoria' });
    expect(catalogo.practice.narratives.governance).toBe('Anclado en el catálogo “nacional”');
    expect(catalogo.scores).toMatchObject([{ dimension: 'governance', raterId: rater, value: 3 }]);

    // The same file again: nothing new, nothing to write.
    expect(api.value('import.run', { ...input, dryRun: true }).counts).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0 });
  });
});

describe('rows that cannot be imported', () => {
  const csv = [
    'Name;Country;Hours;EQF level',
    'Good one;Spain;82,5;4',
    ';Spain;10;',
    'Bad hours;Spain;ten;',
    'Bad level;Finland;5;9',
    'Good one;Spain;3;',
    '',
  ].join('\r\n');

  it('are listed with their row and reason, also as CSV, and the rest commits all at once', () => {
    const result = api.value('import.run', { file: text('sheet.csv', csv), key: 'nameCountry', dryRun: false });
    expect(result.counts).toEqual({ new: 0, updated: 0, unchanged: 0, rejected: 5 });
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    // Two rows with one name and country are shown together, and neither is imported until the user decides.
    const together = 'Rows 2 and 6 have the same name “Good one”, country Spain: one practice listed twice, or different practices? Import them as separate practices, give them ids, or correct the file.';
    expect(result.rejected[0]?.reason).toBe(together);
    expect(result.rejected[1]?.reason).toMatch(/name/i);
    expect(result.rejected[2]?.reason).toMatch(/Hours.*ten/);
    expect(result.rejected[3]?.reason).toMatch(/EQF level/);
    expect(result.rejected[4]?.reason).toBe(together);
    expect(result.duplicates).toEqual([{ key: 'name “Good one”, country Spain', rows: [2, 6] }]);
    expect(result.rejectedCsv.split('\r\n')[0]).toBe('\uFEFFRow;Line;Reason;Name;Country;Hours;EQF level');
    expect(result.rejectedCsv).toContain('4;4;');
    expect(api.value('app.info', {}).practiceCount).toBe(0);
    const separate = api.value('import.run', { file: text('sheet.csv', csv), key: 'nameCountry', duplicates: 'separate', dryRun: false });
    expect(separate.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 3 });
    expect(api.value('import.run', { file: text('sheet.csv', csv), key: 'nameCountry', duplicates: 'separate', dryRun: true }).counts).toEqual({ new: 0, updated: 0, unchanged: 2, rejected: 3 });
  });

  it('roll back everything when one write fails midway', () => {
    // A temporary trigger (this connection only) makes the second insert fail after the first succeeded.
    store().db.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.practices WHEN NEW.name = 'Second' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    const before = snapshot(store().db);
    const result = api.call('import.run', { file: text('two.csv', 'Name;Country\nFirst;Spain\nSecond;Spain\n'), key: 'nameCountry', dryRun: false });
    expect(result.ok).toBe(false);
    expect(snapshot(store().db)).toEqual(before);
    store().db.exec('DROP TRIGGER temp.fail_second');
  });

  it('whose parent is neither in the dataset nor in the file are rejected', () => {
    const result = api.value('import.run', { file: text('p.csv', 'Practice id;Name;Country;Parent practice id\na;A;Spain;\nb;B;Spain;a\nc;C;Spain;zzz\n'), key: 'id', dryRun: false });
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected[0]).toMatchObject({ line: 4, reason: expect.stringContaining('"zzz"') });
    expect(api.value('practices.get', { id: 'b' }).parent?.id).toBe('a');
  });

  it('listed before their parents are written once each, with the parent, in one history record per practice', () => {
    // Grandchild, child and parent, in that order: each is written after the practice that contains it.
    const file = text('order.csv', 'Practice id;Name;Country;Parent practice id\nc;C;Spain;b\nb;B;Spain;a\na;A;Spain;\n');
    const result = api.value('import.run', { file, key: 'id', dryRun: false });
    expect(result.counts).toMatchObject({ new: 3, rejected: 0 });
    expect(api.value('practices.get', { id: 'c' }).parent?.id).toBe('b');
    expect(api.value('practices.get', { id: 'b' }).parent?.id).toBe('a');
    const changes = store().db.prepare("SELECT entity_key AS key, before FROM changes WHERE entity = 'practice' ORDER BY seq").all() as { key: string; before: string | null }[];
    expect(changes).toEqual([
      { key: '{"id":"a"}', before: null },
      { key: '{"id":"b"}', before: null },
      { key: '{"id":"c"}', before: null },
    ]);
    api.value('history.undo', {});
    expect(api.value('practices.list', {}).total).toBe(0);
  });

  it('that contain each other are refused whole', () => {
    const before = snapshot(store().db);
    const result = api.call('import.run', { file: text('cycle.csv', 'Practice id;Name;Country;Parent practice id\nx;X;Spain;y\ny;Y;Spain;x\n'), key: 'id', dryRun: false });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('components') } });
    expect(snapshot(store().db)).toEqual(before);
  });
});

describe('files that are not CSV, or are wrong for the import', () => {
  it('are refused with a clear message and leave the store exactly as it was', () => {
    const before = snapshot(store().db);
    for (const [file, message] of [
      [fixture('empty.csv'), /empty/],
      [fixture('binary-junk.csv'), /PNG/],
      [fixture('random-bytes.csv'), /binary|not a CSV|cannot be imported/i],
      [text('ids.csv', 'Name;Country\nA;Spain\n'), /no id/],
    ] as const) {
      const result = api.call('import.run', { file, key: 'id', dryRun: false });
      if (result.ok) {
        expect(result.value.counts.new + result.value.counts.updated, file.name).toBe(0);
        expect(result.value.rejected[0]?.reason, file.name).toMatch(message);
      } else {
        expect(result.error.message, file.name).toMatch(message);
      }
      expect(snapshot(store().db), file.name).toEqual(before);
    }
    expect(api.call('import.run', { file: { name: 'x.csv', contentBase64: '%%%' } }).ok).toBe(false);
  });
});

describe('updating by id', () => {
  it('changes only the columns given, keeps a score’s evidence, and leaves empty cells alone', () => {
    const rater = api.value('raters.create', { name: 'Ana' }).id;
    api.value('practices.create', { id: 'p1', fields: { name: 'Old name', country: 'Spain', hours: 40, provider: 'Kept provider' } });
    api.value('scores.set', { practiceId: 'p1', dimension: 'assessment', raterId: rater, value: 1, evidence: 'Quoted evidence', confidence: 'high' });
    const csv = 'id;Name;Hours;Provider;Assessment score\np1;New name;82,5;;3\n';
    const result = api.value('import.run', { file: text('update.csv', csv), key: 'id', raterId: rater, dryRun: false });
    expect(result.counts).toEqual({ new: 0, updated: 1, unchanged: 0, rejected: 0 });
    const detail = api.value('practices.get', { id: 'p1' });
    expect(detail.practice).toMatchObject({ name: 'New name', hours: 82.5, provider: 'Kept provider', country: 'Spain' });
    expect(detail.scores[0]).toMatchObject({ value: 3, evidence: 'Quoted evidence', confidence: 'high' });
  });
});

describe('exported practices and scores', () => {
  it('import back into an empty dataset as the same practices, in both CSV presets', async () => {
    const { openSeededStore } = await import('../seed/seed.js');
    const seeded = openSeededStore(tmp.file('seeded.acmap'));
    const from = client(seeded);
    const originals = from.value('practices.list', { limit: 5000 }).rows.map((r) => from.value('practices.get', { id: r.id }).practice);
    for (const format of ['csv', 'csv-excel'] as const) {
      const exported = from.value('analysis.export', { view: 'practices', input: {}, format });
      const target = openStore(tmp.file(`roundtrip-${format}.acmap`));
      const to = client(target);
      const result = to.value('import.run', { file: text('practices.csv', exported.content), key: 'id', dryRun: false });
      expect(result.counts, format).toEqual({ new: originals.length, updated: 0, unchanged: 0, rejected: 0 });
      for (const original of originals) {
        const back = to.value('practices.get', { id: original.id }).practice;
        const strip = ({ createdAt, updatedAt, ...rest }: typeof original) => rest;
        expect(strip(back), `${format}: ${original.id}`).toEqual(strip(original));
      }
      // And again: nothing changes.
      expect(to.value('import.run', { file: text('practices.csv', exported.content), key: 'id', dryRun: true }).counts.unchanged).toBe(originals.length);
      target.close();
    }
    const scores = from.value('analysis.export', { view: 'scores', input: { filter: { countryGroup: ['Finland'] } }, format: 'csv' });
    const lines = scores.content.trim().split('\r\n');
    expect(lines[0]).toBe('Practice id,Practice,Dimension,Rater id,Rater,Team,Score,Evidence,Confidence,Rubric version,Updated at');
    expect(lines.length - 1).toBe(from.value('analysis.coverage', { filter: { countryGroup: ['Finland'] } }).raters.reduce((sum, r) => sum + Object.values(r.scored).reduce((a, b) => a + b, 0), 0));
    seeded.close();
  });
});

describe('checking an import', () => {
  it('works on a read-only dataset and writes nothing; two columns for one field are refused', () => {
    api.value('practices.create', { id: 'p1', fields: { name: 'A', country: 'Spain' } });
    reopen({ readOnly: true });
    const check = api.value('import.check', { file: text('c.csv', 'Practice id;Name;Country\np1;B;Spain\np2;C;Spain\n') });
    expect(check.counts).toEqual({ new: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(api.call('import.run', { file: text('c.csv', 'Practice id;Name;Country\np1;B;Spain\n') })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const twice = api.call('import.check', { file: text('c.csv', 'Name;Nombre;Country\nA;B;Spain\n'), mapping: { '0': 'name', '1': 'name' }, key: 'nameCountry' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('same field') } });
  });
});

describe('scores in long form', () => {
  it('carry one rater’s work from one dataset to another, beside the scores already there, once', async () => {
    const { openSeededStore } = await import('../seed/seed.js');
    const mine = openSeededStore(tmp.file('mine.acmap'));
    const theirs = openSeededStore(tmp.file('theirs.acmap'));
    const a = client(mine);
    const b = client(theirs);
    const mikko = b.value('raters.create', { name: 'Mikko Virtanen', team: 'Finland' });
    const practice = 'fi-p05-sfs6002-electrical-safety-training';
    b.value('scores.set', { practiceId: practice, dimension: 'governance', raterId: mikko.id, value: 4, evidence: 'Mandatory national standard; “high legitimacy”', confidence: 'high' });
    b.value('scores.set', { practiceId: practice, dimension: 'assessment', raterId: mikko.id, value: null, evidence: 'Not sure yet' });
    const exported = b.value('analysis.export', { view: 'scores', input: { filter: { search: 'SFS 6002' } }, format: 'csv-excel' });
    const seedScoresBefore = a.value('practices.get', { id: practice }).scores.length;

    const check = a.value('import.check', { file: text('scores.csv', exported.content) });
    expect(check.kind).toBe('scores');
    expect(check.counts).toMatchObject({ new: 2, rejected: 0 });
    const done = a.value('import.run', { file: text('scores.csv', exported.content) });
    expect(done).toMatchObject({ committed: true, counts: { new: 2 } });
    const scores = a.value('practices.get', { id: practice }).scores;
    expect(scores).toHaveLength(seedScoresBefore + 2);
    expect(scores.filter((s) => s.raterId === mikko.id)).toMatchObject([
      { dimension: 'governance', value: 4, evidence: 'Mandatory national standard; “high legitimacy”', confidence: 'high' },
      { dimension: 'assessment', value: null, evidence: 'Not sure yet' },
    ]);
    expect(a.value('raters.list', {}).find((r) => r.id === mikko.id)).toMatchObject({ name: 'Mikko Virtanen', team: 'Finland' });
    expect(a.value('import.check', { file: text('scores.csv', exported.content) }).counts).toMatchObject({ new: 0, updated: 0 });
    expect(a.value('history.status', {}).undo?.label).toBe('Imported scores scores.csv (2 new, 0 updated)');
    mine.close();
    theirs.close();
  });

  it('reject rows that name no known practice or dimension, or a score outside 0-4', () => {
    api.value('practices.create', { id: 'p1', fields: { name: 'A', country: 'Spain' } });
    const csv = ['Practice id;Dimension;Rater id;Rater;Score', 'p1;Governance;r1;Ana;3', 'nope;Governance;r1;Ana;3', 'p1;Marketing;r1;Ana;3', 'p1;Pedagogy;r1;Ana;5', 'p1;Pedagogy;;Ana;2', ''].join('\n');
    const result = api.value('import.run', { file: text('s.csv', csv) });
    expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 4 });
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringContaining('There is no practice with id "nope"'),
      expect.stringContaining('"Marketing" is not one of the dimensions'),
      expect.stringContaining('Column "Score": "5" is not a whole number from 0 to 4'),
      expect.stringContaining('The row names no rater id'),
    ]);
  });
});
