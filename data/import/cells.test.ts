import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERY_MODES, PRACTICE_TYPE_LABELS, PRACTICE_TYPES, TECHNOLOGY_DOMAIN_LABELS, TECHNOLOGY_DOMAINS, type DeliveryMode } from '../domain/domain.js';
import { neutraliseFormula } from '../exports/csv.js';
import { practiceFieldsSchema } from '../practices/schemas.js';
import { readCell, readText, removeFormulaGuard, type CellReading, type CellValue } from './cells.js';
import type { NumberFormat } from './numbers.js';
import { IMPORT_TARGETS, type ImportTarget } from '../practices/schemas.js';
import { fixtureBytes, readRecords, readTable } from './testSupport.js';

const read = (target: ImportTarget, raw: string, column = 'Column', numberFormat: NumberFormat = 'comma'): CellReading =>
  readCell(target, raw, { column, numberFormat });
const valueOf = (target: ImportTarget, raw: string, numberFormat: NumberFormat = 'comma'): CellValue => {
  const reading = read(target, raw, 'Column', numberFormat);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.value;
};
const reasonOf = (target: ImportTarget, raw: string, column: string): string => {
  const reading = read(target, raw, column);
  if (reading.ok) throw new Error(`${raw} was read as ${JSON.stringify(reading.value)}`);
  return reading.reason;
};

describe('text cells', () => {
  it('are trimmed, and lose the mark our export puts before formula-like text', () => {
    expect(readText('  Catálogo  ')).toBe('Catálogo');
    expect(readText("'=1+1")).toBe('=1+1');
    expect(readText("'+34 600 000 000")).toBe('+34 600 000 000');
    expect(readText("'@SUM(A1)")).toBe('@SUM(A1)');
    expect(readText("'-2 apples")).toBe('-2 apples');
    expect(readText("'\tcmd")).toBe('\tcmd');
    expect(readText("'\rcmd")).toBe('\rcmd');
  });

  it('keep an apostrophe the export did not add: before a plain number, or before ordinary text', () => {
    expect(readText("'-1")).toBe("'-1");
    expect(readText("'+82,5")).toBe("'+82,5");
    expect(readText("'quoted'")).toBe("'quoted'");
    expect(readText("'")).toBe("'");
  });

  it('removeFormulaGuard undoes neutraliseFormula for every text that does not itself look marked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'"), (rest, lead) => {
        const text = lead + rest;
        fc.pre(removeFormulaGuard(text) === text);
        expect(removeFormulaGuard(neutraliseFormula(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells "\'=x" typed by a person from "=x" marked by the export: the export marks the first once more', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(readText(neutraliseFormula("'=x"))).toBe("'=x");
    expect(readText(neutraliseFormula("''=x"))).toBe("''=x");
    expect(readText(neutraliseFormula('=x'))).toBe('=x');
    expect(neutraliseFormula("'quoted'")).toBe("'quoted'");
  });

  it('read as null when empty, for every target', () => {
    for (const { target } of IMPORT_TARGETS) expect(read(target, '   '), target).toEqual({ ok: true, value: null });
  });

  it('are checked against the practice form\'s limits, naming the column and the value', () => {
    expect(reasonOf('name', 'x'.repeat(501), 'Nombre')).toBe(`Column "Nombre": "${'x'.repeat(77)}..." cannot be used: At most 500 characters.`);
    expect(valueOf('narrative:governance', 'Anclado en el CNQ')).toBe('Anclado en el CNQ');
    expect(valueOf('id', 'pr-12')).toBe('pr-12');
  });
});

describe('number cells', () => {
  it('are read with the column\'s decimal mark and checked against the field\'s range', () => {
    expect(valueOf('hours', '82,5')).toBe(82.5);
    expect(valueOf('hours', '1.234,5')).toBe(1234.5);
    expect(valueOf('hours', '82.5', 'point')).toBe(82.5);
    expect(valueOf('releaseYear', '2.023')).toBe(2023);
    expect(valueOf('hours', '-0')).toBe(0);
    expect(reasonOf('hours', '82.5', 'Horas')).toBe('Column "Horas": "82.5" does not look like a number written with a decimal comma, such as 82,5 or 1.234,5.');
    expect(reasonOf('hours', '-3', 'Horas')).toBe('Column "Horas": "-3" cannot be used: Hours must be at least 0.');
    expect(reasonOf('eqfLevel', '4,5', 'Nivel EQF')).toBe('Column "Nivel EQF": "4,5" cannot be used: EQF level must be a whole number.');
    expect(reasonOf('eqfLevel', '9', 'EQF')).toBe('Column "EQF": "9" cannot be used: EQF level must be at most 8.');
    expect(reasonOf('hours', '=1+1', 'Hours')).toBe('Column "Hours": "=1+1" is a spreadsheet formula, not a number; paste the value instead.');
  });
});

describe('list cells', () => {
  it('read delivery modes in the partners\' languages, by label and by id', () => {
    const expected: [string, DeliveryMode][] = [
      ['In person', 'in_person'], ['Presencial', 'in_person'], ['Lähiopetus', 'in_person'], ['in_person', 'in_person'], ['IN-PERSON', 'in_person'],
      ['Online', 'online'], ['En línea', 'online'], ['en linea', 'online'], ['Verkko', 'online'],
      ['Hybrid', 'hybrid'], ['Híbrido', 'hybrid'], ['Semipresencial', 'hybrid'], ['Monimuoto', 'hybrid'],
    ];
    for (const [text, mode] of expected) expect(valueOf('deliveryMode', text), text).toBe(mode);
    expect(DELIVERY_MODES.every((mode) => valueOf('deliveryMode', mode) === mode)).toBe(true);
    expect(reasonOf('deliveryMode', 'Mixta', 'Modalidad')).toBe('Column "Modalidad": "Mixta" is not a delivery mode; use one of In person, Hybrid or Online.');
  });

  it('read practice types by the labels of domain.ts and by id', () => {
    for (const type of PRACTICE_TYPES) {
      expect(valueOf('practiceType', PRACTICE_TYPE_LABELS[type])).toBe(type);
      expect(valueOf('practiceType', PRACTICE_TYPE_LABELS[type].toUpperCase())).toBe(type);
      expect(valueOf('practiceType', type)).toBe(type);
    }
    expect(reasonOf('practiceType', 'Webinar', 'Tipo')).toMatch(/^Column "Tipo": "Webinar" is not a practice type; use one of University micro-credential, .* or Digital infrastructure\.$/);
  });

  it('read scope and digital issuance', () => {
    expect(valueOf('scope', 'Nacional')).toBe('national');
    expect(valueOf('scope', 'Kansainvälinen')).toBe('international');
    expect(valueOf('scope', 'Sectorial')).toBe('sectoral');
    expect(valueOf('digitalIssuance', 'European Digital Credential')).toBe('edc');
    expect(valueOf('digitalIssuance', 'PDF')).toBe('pdf');
    expect(valueOf('digitalIssuance', 'Insignia digital')).toBe('digital_badge');
    expect(valueOf('digitalIssuance', 'Ninguna')).toBe('none');
  });

  it('read yes and no, including what Excel writes for TRUE and FALSE in Spanish, Portuguese and Finnish', () => {
    for (const yes of ['yes', 'Sí', 'si', 'Sim', 'Kyllä', 'true', 'TRUE', '1', 'VERDADERO', 'VERDADEIRO', 'TOSI']) expect(valueOf('caseStudy', yes), yes).toBe(true);
    for (const no of ['no', 'No', 'Não', 'ei', 'false', '0', 'FALSO', 'EPÄTOSI']) expect(valueOf('caseStudy', no), no).toBe(false);
    expect(reasonOf('caseStudy', 'maybe', 'Caso de estudio')).toBe('Column "Caso de estudio": "maybe" is neither yes nor no; write yes or no (sí/no, sim/não, kyllä/ei).');
  });

  it('read technology domains separated by ; , | or line breaks, without repeats', () => {
    expect(valueOf('technologyDomains', 'EV safety and handling; ADAS calibration')).toEqual(['ev_safety', 'adas_calibration']);
    expect(valueOf('technologyDomains', 'ev_safety, general | Battery repair\nADAS, ADAS')).toEqual(['ev_safety', 'general', 'battery_repair', 'adas_calibration']);
    expect(valueOf('technologyDomains', 'Aire acondicionado')).toEqual(['air_conditioning']);
    for (const domain of TECHNOLOGY_DOMAINS) expect(valueOf('technologyDomains', TECHNOLOGY_DOMAIN_LABELS[domain])).toEqual([domain]);
    expect(reasonOf('technologyDomains', 'ADAS; Hydrogen', 'Tecnología')).toMatch(/^Column "Tecnología": "Hydrogen" is not a technology domain; use EV safety and handling, /);
  });

  it('read sources, one per line or per ";", with the section in brackets', () => {
    expect(valueOf('sources', '000_a9eeb1283eec39d1.txt (1.4 Comparison); 001_d93079c503058265.txt')).toEqual([
      { document: '000_a9eeb1283eec39d1.txt', section: '1.4 Comparison' },
      { document: '001_d93079c503058265.txt', section: '' },
    ]);
  });
});

describe('score cells', () => {
  it('are whole numbers from 0 to 4; empty is not rated, which is not 0', () => {
    for (const score of [0, 1, 2, 3, 4]) expect(valueOf('score:governance', ` ${score} `)).toBe(score);
    expect(valueOf('score:governance', '')).toBeNull();
    for (const text of ['5', '-1', '3,0', '2.5', '2,5', 'three', '03']) {
      expect(reasonOf('score:pedagogy', text, 'Pedagogy score')).toBe(
        `Column "Pedagogy score": "${text}" is not a score; use a whole number from 0 to 4, or leave the cell empty for "not rated".`,
      );
    }
  });
});

describe('the Spanish Windows-1252 fixture, cell by cell', () => {
  const table = readTable(fixtureBytes('windows-1252-semicolon.csv'));
  const rows = readRecords(table);

  it('reads every row without an error and every row passes the practice schema', () => {
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
    for (const row of rows) expect(practiceFieldsSchema.safeParse(row.patch).success, `line ${row.line}`).toBe(true);
  });

  it('keeps accents, decimal commas, thousands, lists, booleans, narratives and scores', () => {
    expect(rows[0]?.patch).toEqual({
      name: 'Catálogo Nacional de Cualificaciones',
      country: 'Spain',
      hours: 82.5,
      ects: 3,
      deliveryMode: 'in_person',
      technologyDomains: ['ev_safety', 'adas_calibration'],
      caseStudy: true,
      eqfLevel: 4,
      notes: 'Coste 1.200 € – según convocatoria',
      narratives: { governance: 'Anclado en el catálogo “nacional”' },
    });
    expect(rows[0]?.scores).toEqual({ governance: 3 });
    expect(rows[1]?.patch).toMatchObject({ name: 'Mecatrónica del vehículo eléctrico', hours: 1234.5, deliveryMode: 'hybrid', caseStudy: false, eqfLevel: 5 });
    expect(rows[1]?.scores).toEqual({});
    expect(rows[2]?.patch).toMatchObject({ name: 'Formação em veículos elétricos', deliveryMode: 'hybrid', narratives: { governance: 'Governação: ç ã õ' } });
    expect(rows[3]?.patch).toMatchObject({ name: 'Sähköauton huolto', hours: 40, deliveryMode: 'in_person', technologyDomains: ['ev_safety'], caseStudy: true });
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
  });
});
