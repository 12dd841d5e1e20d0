/**
 * Fills a new store with the seed dataset (data/seed/practices.json): the practices the
 * AutoCredify documents name, and the scores the seed reads from them, each quoting its evidence.
 */
import type { Database } from 'better-sqlite3';
import { EMPTY_PRACTICE_FIELDS } from '../contract/contract.js';
import { createPractice } from '../practices/index.js';
import { setCaseStudySection, setElements } from '../practices/index.js';
import { createRater, getRater } from '../scoring/index.js';
import { SEED_RATER_ID } from '../domain/domain.js';
import { setScore } from '../scoring/index.js';
import { openStore, type OpenOptions, type Store } from '../store/store.js';
import { seedPracticesSchema, type SeedPractice } from './schema.js';
import practicesJson from './practices.json' with { type: 'json' };
import claimsJson from './claims.json' with { type: 'json' };
import { setClaim } from '../quality/index.js';
import { claimSetInputSchema } from '../quality/schemas.js';
import pathwaysJson from './pathways.json' with { type: 'json' };
import { seedPathwaysSchema, type SeedPathways } from './schema.js';
import { setPathwayStructure } from '../analysis/index.js';
import type { PathwayStructure } from '../analysis/schemas.js';

/** How the product names the seed's documents (never by their file names). */
const DOCUMENT_NAMES: Record<string, string> = { '000_a9eeb1283eec39d1.txt': 'D3.2', '001_d93079c503058265.txt': 'D3.3' };

export function seedPathways(): SeedPathways {
  return seedPathwaysSchema.parse(pathwaysJson);
}

/** The links, prerequisites and credentials the documents state, each citing them ("D3.3 §8.5 …: “quote”"). */
export function seedPathwayStructure(): PathwayStructure {
  const seed = seedPathways();
  const cite = (s: SeedPathways['links'][number]['source']) =>
    `${DOCUMENT_NAMES[s.document] ?? s.document}${/^\d/.test(s.section) ? ` §${s.section}` : `, ${s.section}`}: “${s.quote}”`;
  return {
    links: seed.links.map((l) => ({ pathwayId: l.pathwayId, componentId: l.componentId, source: cite(l.source) })),
    prerequisites: seed.prerequisites.map((p) => ({ practiceId: p.practiceId, requiresId: p.requiresId, source: cite(p.source) })),
    credentials: seed.credentials.map((c) => ({ practiceId: c.practiceId, credential: c.credential, source: cite(c.source) })),
  };
}

/** The rater every seed score belongs to, so nobody mistakes the seed's reading for a researcher's. */
export const SEED_RATER = {
  id: SEED_RATER_ID,
  name: 'Seed reading of the rubric',
  team: 'AutoCredify Mapper seed, read from D3.2 (good practice mapping), D3.3 (case studies) and three AutoCredify articles',
} as const;

export function seedPractices(): SeedPractice[] {
  return seedPracticesSchema.parse(practicesJson);
}

/**
 * The figures D3.3 §7.3 prints about the Catálogo's specialities, as printed (data/seed/claims.json),
 * so a new dataset shows which of them the data supports; check:seed checks every quote.
 */
export function seedClaims() {
  return claimSetInputSchema.array().parse(claimsJson);
}

/** Inserts the whole seed in one transaction. Meant for an empty store. */
export function seedStore(db: Database): { practices: number; scores: number } {
  const practices = seedPractices();
  const claims = seedClaims();
  let scores = 0;
  db.transaction(() => {
    if (!getRater(db, SEED_RATER.id)) createRater(db, SEED_RATER);
    for (const p of practices) {
      const { id, scores: seedScores, elements: seedElements = [], caseStudySections = [], ...fields } = p;
      createPractice(db, { ...EMPTY_PRACTICE_FIELDS, ...fields }, id);
      for (const s of caseStudySections) setCaseStudySection(db, id, s.section, s.blocks, [s.source]);
      if (seedElements.length > 0) {
        setElements(
          db,
          id,
          seedElements.map((e) => ({ element: e.element, status: e.status, note: `“${e.evidence}” (${e.source.document}, ${e.source.section}). ${e.rationale}` })),
        );
      }
      for (const s of seedScores) {
        setScore(db, {
          practiceId: id,
          dimension: s.dimension,
          raterId: SEED_RATER.id,
          value: s.value as 0 | 1 | 2 | 3 | 4,
          evidence: `“${s.evidence}” (${s.source.document}, ${s.source.section}). ${s.rationale}`,
          confidence: s.confidence,
        });
        scores++;
      }
    }
    for (const claim of claims) setClaim(db, claim);
    setPathwayStructure(db, seedPathwayStructure());
  })();
  return { practices: practices.length, scores };
}

/** Opens a store the way the app does: a file that did not exist yet starts with the seed dataset. */
export function openSeededStore(path: string, options: OpenOptions = {}): Store {
  const store = openStore(path, options);
  if (store.created) {
    try {
      seedStore(store.db);
    } catch (error) {
      store.close();
      throw error;
    }
  }
  return store;
}
