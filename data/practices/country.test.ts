/** The Country field is a controlled list (issue 17, item 10): other spellings are stored under the canonical name. */
import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';

const { api } = storeForFile('country.acmap');

describe('a practice\'s country', () => {
  it('is stored by its canonical name however it was typed, so it falls in its country group', () => {
    const created = api.value('practices.create', { id: 'es1', fields: { name: 'Curso', country: 'España' } });
    expect(created.practice).toMatchObject({ country: 'Spain', countryGroup: 'Spain' });
    const updated = api.value('practices.update', { id: 'es1', fields: { country: 'suomi' } });
    expect(updated.practice).toMatchObject({ country: 'Finland', countryGroup: 'Finland' });
    expect(api.value('practices.update', { id: 'es1', fields: { country: 'Chile' } }).practice.country).toBe('Chile');
  });
});
