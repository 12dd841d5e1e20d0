/** Numbers and dates follow the interface's language: decimal comma in Spanish, Portuguese and Finnish. */
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../app/i18n/i18n';
import { formatCount, formatDateTime, formatFixed, formatMeanScore, formatNumber, formatShare, dimensionName, practiceTypeLabel } from './format';

afterAll(async () => {
  await i18n.changeLanguage('en');
});

describe('the one formatter', () => {
  it('writes English with a decimal point', async () => {
    await i18n.changeLanguage('en');
    expect(formatShare(0.126)).toBe('12.6%');
    expect(formatMeanScore(3)).toBe('3.0');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatMeanScore(null)).toBe('');
    expect(dimensionName('governance', null)).toBe('Governance');
  });

  it.each([
    ['es', '12,6 %', '3,0', 'Gobernanza', 'Microcredencial universitaria'],
    ['pt', '12,6%', '3,0', 'Governação', 'Microcredencial universitária'],
    ['fi', '12,6 %', '3,0', 'Hallinto', 'Korkeakoulun mikrotutkinto'],
  ])('writes %s with a decimal comma and its own labels', async (language, share, score, governance, university) => {
    await i18n.changeLanguage(language);
    expect(formatShare(0.126).replace(/\s/g, ' ')).toBe(share);
    expect(formatMeanScore(3)).toBe(score);
    expect(dimensionName('governance', null)).toBe(governance);
    expect(practiceTypeLabel('university_mc')).toBe(university);
  });

  it('never shows a negative zero, and keeps a renamed dimension as the team named it', async () => {
    await i18n.changeLanguage('es');
    expect(formatFixed(-0.0004, 3)).toBe('0,000');
    expect(formatFixed(-0.4, 3).replace('−', '-')).toBe('-0,400');
    expect(formatCount(12000)).toMatch(/^12.000$/);
    expect(dimensionName('governance', [{ id: 'governance', name: 'Gobierno', target: 3, position: 0 }])).toBe('Gobierno');
    expect(formatDateTime('2026-12-04T18:29:00Z')).toMatch(/2026/);
  });
});
