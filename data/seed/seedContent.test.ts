/**
 * Checks the seed dataset (data/seed/practices.json) against its schema and against the figures
 * the documents print. Its quotes are checked against the documents themselves by
 * `npm run check:seed -- --documents DIR` (data/seed/seedDocuments.check.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { DIMENSION_IDS } from '../domain/domain.js';
import { seedPracticesSchema, type SeedPractice } from './schema.js';
import { CATALOGUE_ID, COMPARISON_ROWS } from './comparisonTableRows.js';

const SEED_URL = new URL('./practices.json', import.meta.url);

const rawJson: unknown = JSON.parse(readFileSync(SEED_URL, 'utf8'));
const parsed = seedPracticesSchema.safeParse(rawJson);
const practices: SeedPractice[] = parsed.success ? parsed.data : [];
const byId = new Map(practices.map((p) => [p.id, p]));

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  const lo = sorted[mid - 1] ?? NaN;
  return sorted.length % 2 === 1 ? hi : (lo + hi) / 2;
}

/** Percentile by linear interpolation between closest ranks (the "inclusive" method). */
function percentile(sorted: number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? NaN;
  return a + (b - a) * (rank - lo);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

describe('seed dataset: shape and structure', () => {
  it('parses against the seed schema', () => {
    if (!parsed.success) throw new Error(parsed.error.message);
    expect(practices.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const ids = practices.map((p) => p.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('places every parent before its components, and every parent exists', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const p of practices) {
      if (p.parentId !== null) {
        if (!byId.has(p.parentId)) problems.push(`${p.id}: parent ${p.parentId} does not exist`);
        else if (!seen.has(p.parentId)) problems.push(`${p.id}: parent ${p.parentId} comes later`);
        if (p.parentId === p.id) problems.push(`${p.id}: contains itself`);
      }
      seen.add(p.id);
    }
    expect(problems).toEqual([]);
  });


  it('lists the source of every score among the practice sources', () => {
    const problems: string[] = [];
    for (const p of practices) {
      for (const s of p.scores) {
        const listed = p.sources.some((x) => x.document === s.source.document && x.section === s.source.section);
        if (!listed) problems.push(`${p.id}/${s.dimension}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('numbers the 20 mapped practices and the 11 case studies once each', () => {
    const numbers = practices.flatMap((p) => (p.practiceNumber === null ? [] : [p.practiceNumber])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const cases = practices.filter((p) => p.caseStudy);
    const caseNumbers = cases.map((p) => p.caseStudyNumber).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(caseNumbers).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(practices.filter((p) => !p.caseStudy && p.caseStudyNumber !== null)).toEqual([]);
  });
});

describe('seed dataset: scores quote their evidence', () => {
  it('gives at most one seed score per practice and dimension', () => {
    const problems: string[] = [];
    for (const p of practices) {
      const dims = p.scores.map((s) => s.dimension);
      if (new Set(dims).size !== dims.length) problems.push(p.id);
    }
    expect(problems).toEqual([]);
  });

});

describe('seed dataset: narratives reproduce D3.2 §1.4', () => {
  it('gives all five narratives to exactly the 18 practices of the comparison table', () => {
    const expected = Object.values(COMPARISON_ROWS).sort();
    const withNarratives = practices.filter((p) => Object.keys(p.narratives).length > 0).map((p) => p.id).sort();
    expect(withNarratives).toEqual(expected);
    for (const id of expected) {
      const p = byId.get(id);
      expect(p, id).toBeDefined();
      expect(Object.keys(p?.narratives ?? {}).sort(), id).toEqual([...DIMENSION_IDS].sort());
    }
  });


});

describe('seed dataset: the Catálogo annexes reproduce the statistics of D3.3 §7.3', () => {
  const courses = practices.filter((p) => p.parentId === CATALOGUE_ID && p.code !== null);
  const hours = courses.map((c) => c.hours ?? NaN).sort((a, b) => a - b);
  const providers = courses.map((c) => c.registeredProviders ?? NaN);
  const levelOf = (c: SeedPractice) => Number(/level (\d)$/.exec(c.level ?? '')?.[1] ?? NaN);

  it('holds the 26 specialities of Annexes 1 and 2, each with level, hours, format and providers', () => {
    expect(courses).toHaveLength(26);
    expect(new Set(courses.map((c) => c.code)).size).toBe(26);
    for (const c of courses) {
      expect(Number.isInteger(levelOf(c)), c.id).toBe(true);
      expect(c.hours, c.id).not.toBeNull();
      expect(c.deliveryMode, c.id).not.toBeNull();
      expect(c.registeredProviders, c.id).not.toBeNull();
    }
  });

  it('splits 22 electric/hybrid (Annex 1) and 4 connected-vehicle (Annex 2) specialities: 84.6% / 15.4%', () => {
    const inAnnex = (c: SeedPractice, n: 1 | 2) => c.sources.some((s) => s.section.includes(`Annex ${n}.`));
    const annex1 = courses.filter((c) => inAnnex(c, 1)).length;
    const annex2 = courses.filter((c) => inAnnex(c, 2)).length;
    expect([annex1, annex2]).toEqual([22, 4]);
    expect(round1((annex1 / 26) * 100)).toBe(84.6);
  });

  it('ranges from 8 to 575 hours with median 40, mean 99 and quartiles 25.5–90', () => {
    expect(hours[0]).toBe(8);
    expect(hours[hours.length - 1]).toBe(575);
    expect(median(hours)).toBe(40);
    expect(Math.round(hours.reduce((a, b) => a + b, 0) / hours.length)).toBe(99);
    expect(percentile(hours, 0.25)).toBe(25.5);
    expect(percentile(hours, 0.75)).toBe(90);
  });

  it('has 17 level-2 specialities (65.4%) and examples at every level from 1 to 5', () => {
    const levels = courses.map(levelOf);
    expect(levels.filter((l) => l === 2)).toHaveLength(17);
    expect(round1((17 / 26) * 100)).toBe(65.4);
    expect([...new Set(levels)].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('is in person for 22 specialities (84.6%) and hybrid for the rest', () => {
    expect(courses.filter((c) => c.deliveryMode === 'in_person')).toHaveLength(22);
    expect(courses.filter((c) => c.deliveryMode === 'hybrid')).toHaveLength(4);
  });

  it('averages 24 accredited providers per speciality, from 0 to 102 (the §7.3 text says 106; see README)', () => {
    expect(Math.round(providers.reduce((a, b) => a + b, 0) / providers.length)).toBe(24);
    expect(Math.min(...providers)).toBe(0);
    expect(Math.max(...providers)).toBe(102);
  });

  it('reproduces Table 2: specialities and average providers per release year (one has release year n.a.)', () => {
    const table2: Record<number, { n: number; avg: number }> = {
      2018: { n: 1, avg: 102 },
      2020: { n: 2, avg: 82.5 },
      2021: { n: 6, avg: 23.8 },
      2022: { n: 1, avg: 83 },
      2023: { n: 6, avg: 4.8 },
      2024: { n: 8, avg: 4 },
      2025: { n: 1, avg: 0 },
    };
    const byYear = new Map<number, number[]>();
    for (const c of courses) {
      if (c.releaseYear === null) continue;
      byYear.set(c.releaseYear, [...(byYear.get(c.releaseYear) ?? []), c.registeredProviders ?? NaN]);
    }
    const computed: Record<number, { n: number; avg: number }> = {};
    for (const [year, list] of byYear) computed[year] = { n: list.length, avg: round1(list.reduce((a, b) => a + b, 0) / list.length) };
    expect(computed).toEqual(table2);
    expect(courses.filter((c) => c.releaseYear === null).map((c) => c.code)).toEqual(['TMVG015PQ']);
  });
});
