/**
 * The field table (fields.ts) and what is made from it agree: every filter field has a label and
 * a URL parameter of its own, the command line's --where names exactly the filter schema's fields,
 * and the table, the filter and the import call a field the same.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COUNTRY_GROUPS, countryGroupOf, countryGroupSql, PILOT_COUNTRIES } from './domain.js';
import {
  BOOLEAN_FILTER_FIELDS,
  COLUMN_FIELDS,
  columnFilterOf,
  columnHeaderOf,
  FIELD_KEYS,
  fieldDefinition,
  fieldLabel,
  FILE_FIELDS,
  filterParam,
  GROUP_FIELD_LABELS,
  GROUP_FIELDS,
  LIST_FILTER_FIELDS,
  LIST_FILTER_LABELS,
  MEASURE_FIELDS,
  MEASURE_LABELS,
  NUMBER_FIELDS,
  NUMBER_FILTER_LABELS,
  OPTION_FILTER_FIELDS,
  SORT_FIELDS,
  STORED_FIELD_LABELS,
  STORED_FIELDS,
  TEXT_FILTER_FIELDS,
  TEXT_FILTER_LABELS,
  WHERE_FIELDS,
} from './fields.js';
import { EMPTY_PRACTICE_FIELDS, practiceFilterSchema, practicePatchSchema } from '../practices/schemas.js';
import { IMPORT_TARGETS, targetInfo } from '../practices/schemas.js';
import { DIMENSION_IDS } from './domain.js';

const FILTER_FIELDS = [...new Set([...OPTION_FILTER_FIELDS, ...LIST_FILTER_FIELDS, ...BOOLEAN_FILTER_FIELDS, ...TEXT_FILTER_FIELDS, ...NUMBER_FIELDS])];

describe('the field table', () => {
  it('gives every field a label, and enum and list fields their values', () => {
    for (const key of FIELD_KEYS) {
      const field = fieldDefinition(key);
      expect(field.label.trim(), key).not.toBe('');
      if (field.kind === 'enum' || field.kind === 'list') expect(field.values?.length, key).toBeGreaterThan(0);
      for (const value of Object.keys(field.valueLabels ?? {})) expect(field.values, key).toContain(value);
    }
  });

  it('gives every filter field a label, and each list, yes/no and single-value filter its own URL parameter', () => {
    for (const field of LIST_FILTER_FIELDS) expect(LIST_FILTER_LABELS[field], field).toBe(fieldLabel(field));
    for (const field of TEXT_FILTER_FIELDS) expect(TEXT_FILTER_LABELS[field], field).toBe(fieldLabel(field));
    for (const field of NUMBER_FIELDS) expect(NUMBER_FILTER_LABELS[field], field).toBe(fieldLabel(field));
    const params = [...LIST_FILTER_FIELDS, ...BOOLEAN_FILTER_FIELDS, ...OPTION_FILTER_FIELDS].map(filterParam);
    expect(new Set(params).size).toBe(params.length);
    // t., n., g., s. and su. are the prefixes of the per-field parameters, sort the table's order.
    for (const param of params) expect(param).not.toMatch(/^(t|n|g|s|su|sort)(\.|$)/);
  });

  it('names on the command line exactly the fields the filter schema takes', () => {
    // Structured conditions, not fields: per-field text, numbers, scores and groups, and the lens view's way back to the table.
    const schemaKeys = Object.keys(practiceFilterSchema.shape).filter((key) => !['text', 'numbers', 'scores', 'groups', 'lens'].includes(key));
    expect(new Set(schemaKeys)).toEqual(new Set([...OPTION_FILTER_FIELDS, ...LIST_FILTER_FIELDS, ...BOOLEAN_FILTER_FIELDS]));
    expect(new Set(WHERE_FIELDS)).toEqual(new Set([...FILTER_FIELDS, ...DIMENSION_IDS.map((d) => `score.${d}`)]));
    expect(WHERE_FIELDS.length).toBe(new Set(WHERE_FIELDS).size);
  });

  it('makes a filter schema that takes each list field’s values and refuses others', () => {
    for (const field of LIST_FILTER_FIELDS) {
      const values = fieldDefinition(field).values;
      const value = values?.[0] ?? 'Spain';
      expect(practiceFilterSchema.safeParse({ [field]: [value] }).success, field).toBe(true);
      if (values) expect(practiceFilterSchema.safeParse({ [field]: ['no such value'] }).success, field).toBe(false);
    }
    for (const field of BOOLEAN_FILTER_FIELDS) expect(practiceFilterSchema.safeParse({ [field]: true }).success, field).toBe(true);
    for (const field of TEXT_FILTER_FIELDS) expect(practiceFilterSchema.safeParse({ text: { [field]: 'x' } }).success, field).toBe(true);
    for (const field of NUMBER_FIELDS) expect(practiceFilterSchema.safeParse({ numbers: { [field]: { min: 1 } } }).success, field).toBe(true);
    expect(practiceFilterSchema.safeParse({ colour: ['red'] }).success).toBe(false);
  });

  it('has the stored fields of a practice, each with a form label; all but the narratives are columns of the practice file', () => {
    expect(new Set(STORED_FIELDS)).toEqual(new Set(Object.keys(practicePatchSchema.shape)));
    expect(new Set(STORED_FIELDS)).toEqual(new Set(['name', 'country', ...Object.keys(EMPTY_PRACTICE_FIELDS)]));
    for (const field of STORED_FIELDS) expect(STORED_FIELD_LABELS[field], field).toBe(fieldDefinition(field).longLabel ?? fieldLabel(field));
    expect(FILE_FIELDS).toEqual(STORED_FIELDS.filter((f) => f !== 'narratives'));
  });

  it('gives the table, the filter and the import one label per field', () => {
    for (const field of FILE_FIELDS) expect(targetInfo(field).label, field).toBe(fieldLabel(field));
    expect(GROUP_FIELD_LABELS.caseStudy).toBe(targetInfo('caseStudy').label);
    expect(MEASURE_LABELS.registeredProviders).toBe(targetInfo('registeredProviders').label);
    expect(NUMBER_FILTER_LABELS.registeredProviders).toBe(targetInfo('registeredProviders').label);
    expect(TEXT_FILTER_LABELS.provider).toBe(targetInfo('provider').label);
    // The practice file's columns keep their headers (the import reads them back; test/fixtures/csv).
    expect(IMPORT_TARGETS.map((t) => t.label).slice(0, 12)).toEqual([
      'Practice id',
      'Name',
      'Original name',
      'Code',
      'Parent practice id',
      'Practice number',
      'Case study',
      'Case study number',
      'Case-study shortlist',
      'Country',
      'Region',
      'Scope',
    ]);
    expect(targetInfo('registeredProviders')).toEqual({ target: 'registeredProviders', label: 'Registered providers', kind: 'number' });
    expect(targetInfo('technologyDomains').kind).toBe('domain-list');
    expect(targetInfo('sources').kind).toBe('source-list');
  });

  it('gives every column a heading and a filter that exists, and sorts on every column the server can', () => {
    for (const field of COLUMN_FIELDS) {
      expect(columnHeaderOf(field).trim(), field).not.toBe('');
      const filter = columnFilterOf(field);
      if (filter.kind === 'enum') expect(LIST_FILTER_FIELDS).toContain(filter.field);
      if (filter.kind === 'text') expect(TEXT_FILTER_FIELDS).toContain(filter.field);
      if (filter.kind === 'number') expect(NUMBER_FIELDS).toContain(filter.field);
    }
    expect(columnFilterOf('technologyDomains')).toEqual({ kind: 'enum', field: 'technologyDomain' });
    expect(columnFilterOf('country')).toEqual({ kind: 'enum', field: 'country' });
    expect(columnFilterOf('caseStudy')).toEqual({ kind: 'none' });
    expect(SORT_FIELDS).not.toContain('technologyDomains');
    for (const field of NUMBER_FIELDS) expect(SORT_FIELDS).toContain(field);
  });

  it('lists measures and group-by fields in their menus’ order, each with a label', () => {
    expect(MEASURE_FIELDS.slice(0, 5)).toEqual(['hours', 'ects', 'registeredProviders', 'releaseYear', 'eqfLevel']);
    for (const field of MEASURE_FIELDS) expect(MEASURE_LABELS[field], field).toMatch(/\S/);
    expect(MEASURE_LABELS['score.quality_assurance']).toBe('Quality assurance score');
    expect(GROUP_FIELDS[0]).toBe('countryGroup');
    expect(GROUP_FIELDS).toHaveLength(14);
    for (const field of GROUP_FIELDS) expect(GROUP_FIELD_LABELS[field], field).toMatch(/\S/);
    expect(Object.keys(GROUP_FIELD_LABELS)).toEqual(GROUP_FIELDS);
  });
});

describe('the country group', () => {
  it('is the country for a pilot country, International for any other', () => {
    for (const country of PILOT_COUNTRIES) expect(countryGroupOf(country)).toBe(country);
    expect(countryGroupOf('EU')).toBe('International');
    expect(countryGroupOf('spain')).toBe('International');
    expect(COUNTRY_GROUPS).toEqual([...PILOT_COUNTRIES, 'International']);
  });

  it('is the same rule in SQL', () => {
    const db = new Database(':memory:');
    try {
      for (const country of [...PILOT_COUNTRIES, 'EU', 'Germany', 'spain', '']) {
        const row = db.prepare(`SELECT ${countryGroupSql('c')} AS g FROM (SELECT ? AS c)`).get(country) as { g: string };
        expect(row.g, country).toBe(countryGroupOf(country));
      }
    } finally {
      db.close();
    }
  });
});
