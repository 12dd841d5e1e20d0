import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, DIMENSION_NAMES } from '../../../../data/domain/domain';
import { COLUMN_FIELDS, columnFilterOf, columnHeaderOf, fieldLabel } from '../../../../data/domain/fields';
import { buildColumns } from './practiceColumns';

describe('the practice table’s columns', () => {
  const columns = buildColumns(DIMENSION_NAMES);

  it('are the field table’s columns and the dimensions’ scores', () => {
    const ids = columns.map((c) => c.id);
    expect(new Set(ids)).toEqual(new Set([...COLUMN_FIELDS, ...DIMENSION_IDS.map((d) => `score_${d}`)]));
  });

  it('take their heading, label and filter from the field table', () => {
    for (const field of COLUMN_FIELDS) {
      const column = columns.find((c) => c.id === field);
      expect(column?.header, field).toBe(columnHeaderOf(field));
      expect(column?.meta?.label, field).toBe(fieldLabel(field));
      expect(column?.meta?.filter, field).toEqual(columnFilterOf(field));
    }
    expect(columns.find((c) => c.id === 'registeredProviders')?.header).toBe('Reg. providers');
    expect(columns.find((c) => c.id === 'technologyDomains')?.meta?.sortField).toBeUndefined();
  });
});
