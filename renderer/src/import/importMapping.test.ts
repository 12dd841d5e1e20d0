import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../app/i18n/i18n';
import type { ImportColumn, ImportPreview } from '../../../data/contract/contract';
import type { Dimension } from '../../../data/scoring/model';
import { automaticKey, choiceProblems, mergeChoices, runInput, sampleValues, targetGroups, type ColumnChoice } from './importMapping';

const column = (index: number, header: string, target: ImportColumn['target'], over: Partial<ImportColumn> = {}): ImportColumn => ({
  index,
  header,
  target,
  numberFormat: 'comma',
  ambiguous: false,
  ...over,
});

const dimensions: Dimension[] = [{ id: 'pedagogy', name: 'Teaching and learning', position: 1, target: 3 }];

const choose = (columns: ImportColumn[]) => mergeChoices([], columns);

describe('the mapping choices', () => {
  it('start from the preview: its header matches and decimal-mark guesses', () => {
    const choices = choose([column(0, 'Nombre', 'name'), column(1, 'Horas', 'hours', { ambiguous: true })]);
    expect(choices).toEqual([
      { index: 0, header: 'Nombre', target: 'name', targetTouched: false, numberFormat: 'comma', formatTouched: false, ambiguous: false },
      { index: 1, header: 'Horas', target: 'hours', targetTouched: false, numberFormat: 'comma', formatTouched: false, ambiguous: true },
    ]);
  });

  it('keep what the user chose for a column with the same header at the same place when the file is read again', () => {
    const before: ColumnChoice[] = [
      { index: 0, header: 'Nombre', target: 'code', targetTouched: true, numberFormat: 'comma', formatTouched: false, ambiguous: false },
      { index: 1, header: 'Horas', target: 'hours', targetTouched: false, numberFormat: 'point', formatTouched: true, ambiguous: false },
      { index: 2, header: 'Old', target: null, targetTouched: true, numberFormat: 'comma', formatTouched: false, ambiguous: false },
    ];
    const after = mergeChoices(before, [column(0, 'Nombre', 'name'), column(1, 'Horas', 'hours', { ambiguous: true }), column(2, 'New', 'country')]);
    expect(after[0]).toMatchObject({ target: 'code', targetTouched: true });
    // The user's decimal mark stays, and is no longer in doubt.
    expect(after[1]).toMatchObject({ target: 'hours', numberFormat: 'point', formatTouched: true, ambiguous: false });
    // Another header: the user's choice was for another column.
    expect(after[2]).toMatchObject({ header: 'New', target: 'country', targetTouched: false });
  });

  it('match rows by id when an id column is mapped, else by name and country', () => {
    expect(automaticKey(choose([column(0, 'Id', 'id'), column(1, 'Name', 'name')]))).toBe('auto');
    expect(automaticKey(choose([column(0, 'Name', 'name')]))).toBe('auto');
  });
});

describe('what blocks a check', () => {
  it('nothing, once name and country are mapped', () => {
    expect(choiceProblems(choose([column(0, 'Name', 'name'), column(1, 'Country', 'country')]), 'nameCountry', '', dimensions)).toEqual([]);
  });

  it('no mapped column at all, said alone', () => {
    expect(choiceProblems(choose([column(0, 'x', null)]), 'nameCountry', '', dimensions)).toEqual(['No column is mapped to a field: choose at least one field to import into.']);
  });

  it('two or three columns filling one field, by their headers (or their place when they have none)', () => {
    const problems = choiceProblems(choose([column(0, 'Name', 'name'), column(1, '', 'name'), column(2, 'Country', 'country')]), 'nameCountry', '', dimensions);
    expect(problems).toEqual(['Columns “Name” and column 2 both fill Name: leave out all but one.']);
    const three = choiceProblems(choose([column(0, 'A', 'country'), column(1, 'B', 'country'), column(2, 'C', 'country'), column(3, 'N', 'name')]), 'nameCountry', '', dimensions);
    expect(three).toEqual(['Columns “A”, “B” and “C” all fill Country: leave out all but one.']);
  });

  describe('in the interface language', () => {
    afterEach(async () => {
      await i18n.changeLanguage('en');
    });

    it('names columns, fields and the list in Spanish and Finnish', async () => {
      const choices = choose([column(0, 'Nombre', 'name'), column(1, '', 'name'), column(2, 'País', 'country')]);
      await i18n.changeLanguage('es');
      expect(choiceProblems(choices, 'nameCountry', '', dimensions)).toEqual(['Las columnas «Nombre» y columna 2 rellenan ambas Nombre: deje fuera todas menos una.']);
      expect(choiceProblems(choose([column(0, 'Horas', 'hours')]), 'nameCountry', '', dimensions)).toEqual([
        'Las filas se emparejan por nombre y país, pero ninguna columna está asignada a Nombre y País.',
      ]);
      await i18n.changeLanguage('fi');
      expect(targetGroups(dimensions)[0]?.options[0]).toEqual({ value: 'id', label: 'Käytännön tunniste' });
    });
  });

  it('a key without its columns', () => {
    expect(choiceProblems(choose([column(0, 'Name', 'name')]), 'id', '', dimensions)).toEqual([
      'Rows are matched by practice id, but no column is mapped to Practice id: map one, or match by name and country.',
    ]);
    expect(choiceProblems(choose([column(0, 'Hours', 'hours')]), 'nameCountry', '', dimensions)).toEqual([
      'Rows are matched by name and country, but no column is mapped to Name and Country.',
    ]);
  });

  it('scores without a rater, named with the dataset\'s own dimension name when two columns clash', () => {
    const choices = choose([column(0, 'Id', 'id'), column(1, 'P1', 'score:pedagogy'), column(2, 'P2', 'score:pedagogy')]);
    expect(choiceProblems(choices, 'id', '', dimensions)).toEqual([
      'Columns “P1” and “P2” both fill Teaching and learning score: leave out all but one.',
      'Score columns are mapped: choose whose scores they are (the rater), or leave those columns out.',
    ]);
    expect(choiceProblems(choices, 'id', 'rater-1', dimensions)).toHaveLength(1);
  });
});

describe('the import.run input', () => {
  const file = { name: 'a.csv', contentBase64: 'YQ==' };
  const choices = choose([column(0, 'Id', 'id'), column(1, 'Hours', 'hours', { numberFormat: 'point' }), column(2, 'Skip', null), column(3, 'Ped', 'score:pedagogy')]);

  it('names every column, gives decimal marks for numeric columns only, and the rater when scores are mapped', () => {
    expect(runInput({ file, encoding: 'utf-8', delimiter: ';', choices, key: 'id', raterId: 'r1' }, true)).toEqual({
      file,
      encoding: 'utf-8',
      delimiter: ';',
      key: 'id',
      mapping: { '0': 'id', '1': 'hours', '2': null, '3': 'score:pedagogy' },
      numberFormats: { '1': 'point' },
      raterId: 'r1',
      dryRun: true,
    });
  });

  it('carries values for every row (empty ones left out), the duplicates choice and how the file is read', () => {
    const input = runInput(
      { file, encoding: 'utf-8', delimiter: ';', choices: choices.slice(0, 3), key: 'auto', raterId: '', constants: { country: 'España', region: ' ' }, duplicates: 'separate', reading: { headerRow: false, invalidBytes: 'windows-1252' } },
      true,
    );
    expect(input).toMatchObject({ key: 'auto', constants: { country: 'España' }, duplicates: 'separate', headerRow: false, invalidBytes: 'windows-1252' });
    expect(input.constants).not.toHaveProperty('region');
  });

  it('leaves the rater out when no score column is mapped', () => {
    const input = runInput({ file, encoding: 'utf-8', delimiter: ';', choices: choices.slice(0, 3), key: 'id', raterId: 'r1' }, false);
    expect(input).not.toHaveProperty('raterId');
    expect(input.dryRun).toBe(false);
  });
});

describe('helpers of the mapping step', () => {
  it('lists targets in four groups, each target once, with the dataset\'s dimension names', () => {
    const groups = targetGroups(dimensions);
    expect(groups.map((g) => g.label)).toEqual(['Practice', 'Dimension narratives', 'Dimension scores (0–4)', 'EU elements and selection criteria']);
    const all = groups.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(all).size).toBe(all.length);
    expect(groups[0]?.options[0]).toEqual({ value: 'id', label: 'Practice id' });
    expect(groups[2]?.options.find((o) => o.value === 'score:pedagogy')?.label).toBe('Teaching and learning score');
    expect(groups[1]?.options.every((o) => o.value.startsWith('narrative:'))).toBe(true);
  });

  it('samples a few distinct, non-empty values of a column', () => {
    const preview = { sample: [{ line: 2, cells: ['a', ' 1 '] }, { line: 3, cells: ['b', ''] }, { line: 4, cells: ['c', '1'] }, { line: 5, cells: ['d', '2'] }] } as Pick<ImportPreview, 'sample'>;
    expect(sampleValues(preview as ImportPreview, 1)).toEqual(['1', '2']);
    expect(sampleValues(preview as ImportPreview, 0, 2)).toEqual(['a', 'b']);
    expect(sampleValues(preview as ImportPreview, 9)).toEqual([]);
  });
});
