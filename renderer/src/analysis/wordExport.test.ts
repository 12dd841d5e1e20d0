import { describe, expect, it } from 'vitest';
import { localeSchema } from '../../../data/analysis/schemas';
import { wordLocale } from './wordExport';

describe('the locale of a Word export', () => {
  it('is the first given language the contract accepts (the interface\'s locale by default), else en-GB', () => {
    expect(wordLocale(['es-es', 'en'])).toBe('es-ES');
    expect(wordLocale(['fi'])).toBe('fi');
    expect(wordLocale(['x-klingon', 'pt-PT'])).toBe('pt-PT');
    expect(wordLocale([])).toBe('en-GB');
    for (const tag of ['es-ES', 'fi', 'pt-PT', 'en-GB']) expect(localeSchema.safeParse(wordLocale([tag])).success).toBe(true);
  });
});
