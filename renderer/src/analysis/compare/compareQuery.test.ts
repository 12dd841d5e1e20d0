import { describe, expect, it } from 'vitest';
import { reportPresetFilter } from './compareQuery';

describe('the report table preset', () => {
  it('keeps the user\'s filters and adds the comparison-table rows', () => {
    expect(reportPresetFilter({ countryGroup: ['Portugal'], search: 'ev' })).toEqual({ countryGroup: ['Portugal'], search: 'ev', withNarratives: true });
    expect(reportPresetFilter({})).toEqual({ withNarratives: true });
  });
});
