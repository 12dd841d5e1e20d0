/**
 * Generated maps for benchmarks and scale checks: realistic-looking practices (accents, the
 * seed's vocabulary, empty values), several raters, deterministic for a given seed number.
 */
import type { Database } from 'better-sqlite3';
import { EMPTY_PRACTICE_FIELDS } from '../contract/contract.js';
import { DELIVERY_MODES, DIGITAL_ISSUANCE, DIMENSION_IDS, PRACTICE_TYPES, SCOPES, TECHNOLOGY_DOMAINS, type ScoreValue } from '../domain/domain.js';
import { createPractice } from '../practices/index.js';
import { createRater } from '../scoring/index.js';
import { setScore } from '../scoring/index.js';

/** mulberry32: a small deterministic generator, so a benchmark map is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['Spain', 'Spain', 'Spain', 'Finland', 'Portugal', 'Ireland', 'Italy', 'Germany', 'EU', 'Canada'];
const TOPICS = ['Mecatrónica del vehículo eléctrico', 'Sähköauton huolto', 'Baterias de alta tensão', 'ADAS calibration', 'Diagnóstico HV', 'Climatização automóvel', 'Connected vehicle data'];
const PROVIDERS = ['Centro Integrado de FP', 'Koulutuskeskus Salpaus', 'ATEC – Academia de Formação', 'TÜV Rheinland', 'OEM Academy', 'Universitat Politècnica'];

export interface GeneratedMap {
  practices: number;
  raters: number;
  scores: number;
}

export function generateMap(db: Database, options: { practices: number; raters: number; seed?: number }): GeneratedMap {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const maybe = <T>(value: T, chance = 0.8): T | null => (next() < chance ? value : null);
  let scores = 0;
  db.transaction(() => {
    const raterIds = Array.from({ length: options.raters }, (_, i) => createRater(db, { id: `gen-rater-${i + 1}`, name: `Rater ${i + 1}`, team: pick(['Spain', 'Finland', 'Portugal', 'International']) }).id);
    const now = new Date().toISOString();
    for (let i = 1; i <= options.practices; i++) {
      const id = `gen-${i}`;
      // Every tenth practice is a component of the one before it, as catalogue courses are.
      const parentId = i % 10 === 0 ? `gen-${i - 1}` : null;
      createPractice(
        db,
        {
          ...EMPTY_PRACTICE_FIELDS,
          name: `${pick(TOPICS)} ${i}`,
          code: maybe(`TMVG${String(i).padStart(5, '0')}`, 0.6),
          parentId,
          country: pick(COUNTRIES),
          scope: maybe(pick(SCOPES)),
          practiceType: maybe(pick(PRACTICE_TYPES), 0.9),
          provider: maybe(pick(PROVIDERS)),
          technologyDomains: TECHNOLOGY_DOMAINS.filter(() => next() < 0.2),
          eqfLevel: maybe(2 + Math.floor(next() * 5), 0.5),
          ects: maybe(Math.round(next() * 12 * 2) / 2, 0.3),
          hours: maybe(8 + Math.floor(next() * 560), 0.85),
          deliveryMode: maybe(pick(DELIVERY_MODES)),
          releaseYear: maybe(2015 + Math.floor(next() * 11)),
          registeredProviders: maybe(Math.floor(next() * 110), 0.5),
          digitalIssuance: maybe(pick(DIGITAL_ISSUANCE), 0.4),
          caseStudy: next() < 0.01,
          notes: maybe('Generated for benchmarks; "quoted"; semicolons; and a line\nbreak.', 0.1),
          narratives: next() < 0.1 ? { governance: 'Anchored in a national catalogue', assessment: 'Practical demonstration' } : {},
          sources: [],
        },
        id,
        now,
      );
      for (const raterId of raterIds) {
        for (const dimension of DIMENSION_IDS) {
          if (next() < 0.35) continue; // not everyone has scored everything
          setScore(db, { practiceId: id, dimension, raterId, value: Math.floor(next() * 5) as ScoreValue, evidence: null, confidence: null }, now);
          scores++;
        }
      }
    }
  })();
  return { practices: options.practices, raters: options.raters, scores };
}
