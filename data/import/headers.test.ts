import { describe, expect, it } from 'vitest';
import { compareDataTable } from '../analysis/viewTables.js';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import { DIMENSION_NAMES } from '../domain/domain.js';
import type { CompareTable } from '../analysis/model.js';
import { FIELD_HEADER_NAMES, DIMENSION_HEADER_NAMES } from './headerNames.js';
import { IMPORT_TARGETS, matchHeader, matchHeaders, type ImportTarget } from './headers.js';
import { fixtureBytes, readTable } from './testSupport.js';

describe('matchHeader', () => {
  it('matches dimension names to narratives and "score" headers to scores, in the four languages', () => {
    const expected: [string, ImportTarget][] = [
      ['Governance', 'narrative:governance'],
      ['Governance narrative', 'narrative:governance'],
      ['Gobernanza', 'narrative:governance'],
      ['Governação', 'narrative:governance'],
      ['Hallinto', 'narrative:governance'],
      ['Governance score', 'score:governance'],
      ['Score: governance', 'score:governance'],
      ['Puntuación gobernanza', 'score:governance'],
      ['Puntuación de gobernanza', 'score:governance'],
      ['Pontuação governação', 'score:governance'],
      ['Hallinto pisteet', 'score:governance'],
      ['Hallinnon pisteet', 'score:governance'],
      ['Quality assurance score', 'score:quality_assurance'],
      ['Puntuación aseguramiento de la calidad', 'score:quality_assurance'],
      ['Laadunvarmistus', 'narrative:quality_assurance'],
      ['Sostenibilidad financiera', 'narrative:financial_sustainability'],
      ['Taloudellisen kestävyyden pisteet', 'score:financial_sustainability'],
      ['Pedagogía (puntuación)', 'score:pedagogy'],
      ['Evaluación', 'narrative:assessment'],
    ];
    for (const [header, target] of expected) expect(matchHeader(header), header).toBe(target);
  });

  it('matches practice fields accent- and case-insensitively, with units in brackets and ids in camelCase', () => {
    const expected: [string, ImportTarget][] = [
      ['NOMBRE', 'name'],
      ['nombre de la práctica', 'name'],
      ['Pais', 'country'],
      ['PAÍS', 'country'],
      ['Maa', 'country'],
      ['Horas (h)', 'hours'],
      ['Duración (horas)', 'hours'],
      ['Tunnit', 'hours'],
      ['Nº', 'practiceNumber'],
      ['Créditos ECTS', 'ects'],
      ['Opintopisteet', 'ects'],
      ['Nivel EQF', 'eqfLevel'],
      ['EQF-taso', 'eqfLevel'],
      ['Tipo de evaluación', 'assessmentType'],
      ['QA type', 'qaType'],
      ['Modalidad', 'deliveryMode'],
      ['Opetusmuoto', 'deliveryMode'],
      ['Tecnología', 'technologyDomains'],
      ['Caso de estudio', 'caseStudy'],
      ['Observações', 'notes'],
      ['eqfLevel', 'eqfLevel'],
      ['practice_type', 'practiceType'],
      ['id', 'id'],
    ];
    for (const [header, target] of expected) expect(matchHeader(header), header).toBe(target);
  });

  it('matches the headers of our own comparison export', () => {
    const table: CompareTable = {
      dimensions: DIMENSION_IDS.map((id) => ({ id, name: DIMENSION_NAMES[id], position: 0, target: 3 })),
      groupBy: null,
      rows: [],
      practices: 0,
    };
    const headers = compareDataTable(table, 'both').columns.map((column) => column.label);
    expect(headers.slice(0, 4)).toEqual(['Practice', 'Country', 'Governance', 'Governance score']);
    expect(headers.map((header) => matchHeader(header))).toEqual([
      'name',
      'country',
      ...DIMENSION_IDS.flatMap((id) => [`narrative:${id}`, `score:${id}`]),
    ]);
  });

  it('matches every target\'s own label and id, so the mapping dialog\'s names import again', () => {
    for (const { target, label } of IMPORT_TARGETS) {
      expect(matchHeader(label), label).toBe(target);
      if (!target.includes(':')) expect(matchHeader(target), target).toBe(target);
    }
  });

  it('matches every listed header name to its own field (no name is claimed by two fields)', () => {
    for (const [field, names] of Object.entries(FIELD_HEADER_NAMES)) {
      for (const name of names) expect(matchHeader(name), name).toBe(field);
    }
    for (const dimension of DIMENSION_IDS) {
      for (const name of DIMENSION_HEADER_NAMES[dimension]) expect(matchHeader(name), name).toBe(`narrative:${dimension}`);
    }
  });

  it('matches a dimension the store has renamed', () => {
    const dimensionNames: Partial<Record<DimensionId, string>> = { governance: 'Gobernanza y liderazgo' };
    expect(matchHeader('Gobernanza y liderazgo', { dimensionNames })).toBe('narrative:governance');
    expect(matchHeader('Gobernanza y liderazgo score', { dimensionNames })).toBe('score:governance');
    expect(matchHeader('Gobernanza y liderazgo score')).toBeNull();
  });

  it('matches nothing it does not know, rather than guess', () => {
    for (const header of ['', '   ', 'Foo', 'Governance mean', 'Governance gap', 'Count', 'Share', 'Puntuación']) {
      expect(matchHeader(header), header).toBeNull();
    }
  });
});

describe('matchHeaders', () => {
  it('uses the first of two columns with the same target and says which one it left out', () => {
    const table = readTable(fixtureBytes('duplicate-headers.csv'));
    const { targets, problems } = matchHeaders(table.header.cells);
    expect(targets).toEqual(['name', null, 'country', null, 'hours', null]);
    expect(problems).toEqual([
      'Columns 1 ("Nombre") and 2 ("Name") both look like Name; only column 1 is read. Choose the column to use in the mapping.',
      'Columns 3 ("País") and 4 ("Country") both look like Country; only column 3 is read. Choose the column to use in the mapping.',
      'Columns 5 ("Horas") and 6 ("Horas") both look like Hours; only column 5 is read. Choose the column to use in the mapping.',
    ]);
  });

  it('maps the Spanish Windows-1252 fixture completely', () => {
    const table = readTable(fixtureBytes('windows-1252-semicolon.csv'));
    expect(table.targets).toEqual([
      'name', 'country', 'hours', 'ects', 'deliveryMode', 'technologyDomains', 'caseStudy', 'eqfLevel', 'narrative:governance', 'score:governance', 'notes',
    ]);
    expect(table.headerProblems).toEqual([]);
  });
});
