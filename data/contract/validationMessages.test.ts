/** Refusals read as sentences about the fields a person filled in, never as input paths (issue 17, item 10). */
import { describe, expect, it } from 'vitest';
import { storeForFile } from '../../test/support/scratchStore.js';

const { api } = storeForFile('messages.acmap');

describe('validation messages', () => {
  it('name fields by their labels, without internal names such as "fields.name"', () => {
    const missing = api.call('practices.create', { fields: { country: 'Spain' } } as never);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.error.message).toBe('The request was not valid, so nothing was changed (A practice needs a name).');
    expect(missing.error.fields?.['fields.name']).toBe('A practice needs a name');
    const wrong = api.call('practices.create', { fields: { name: 'X', country: 'Spain', hours: 'forty', deliveryMode: 'by post' } } as never);
    if (wrong.ok) throw new Error('accepted');
    expect(wrong.error.message).not.toMatch(/fields\.|deliveryMode|\(input\)/);
    expect(wrong.error.message).toContain('Hours must be a number');
  });
});
