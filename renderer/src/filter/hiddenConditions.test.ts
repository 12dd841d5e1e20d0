import { describe, expect, it } from 'vitest';
import { conditionsWithoutControl } from './hiddenConditions';

const name = (d: string) => d;

describe('filter conditions the table shows as chips', () => {
  it('shows a country group from a gap-map cell while its column is hidden, and not once it is shown', () => {
    expect(conditionsWithoutControl({ countryGroup: ['Portugal'] }, ['countryGroup', 'region'], name).map((c) => c.text)).toEqual(['Country group: Portugal']);
    expect(conditionsWithoutControl({ countryGroup: ['Portugal'] }, [], name)).toEqual([]);
  });

  it('shows text and range conditions of hidden columns, and group conditions always', () => {
    const filter = { text: { provider: 'Bosch' }, numbers: { hours: { min: 10 } }, groups: [{ field: 'region' as const, value: null }] };
    expect(conditionsWithoutControl(filter, ['provider', 'hours'], name).map((c) => c.kind)).toEqual(['text', 'number', 'group']);
    expect(conditionsWithoutControl(filter, [], name).map((c) => c.kind)).toEqual(['group']);
  });
});
