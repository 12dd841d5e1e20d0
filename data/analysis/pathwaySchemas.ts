/**
 * Pathways (issue 15, item 4): how practices stack. A practice's own components come from their
 * parent (parentId); what a record's single parent cannot say is kept beside it in the dataset's
 * pathway structure, a tracked setting: a component that is also part of another pathway (the
 * ANTRV itinerary's TMVG08, recorded once under the Catálogo), which component must be completed
 * before another, and the credential a component or pathway awards. Pure (zod only).
 */
import { z } from 'zod';
import { id } from '../domain/schemas.js';

/** analysis.pathway: the tree below a practice, or with `top` below its topmost ancestor. */
export const pathwayInputSchema = z.strictObject({
  id,
  /** Start from the practice's topmost parent (the whole pathway a component belongs to). */
  top: z.boolean().default(false),
});

/** Where the documents state a link: "D3.3 §8.5, Table 6" and the words they use. */
const sourceText = z.string().trim().max(1000).nullable().default(null);

export const pathwayStructureSchema = z.strictObject({
  /** A component that is part of a pathway besides its own parent (shared between pathways). */
  links: z.array(z.strictObject({ pathwayId: id, componentId: id, source: sourceText })).max(10_000).default([]),
  /** The component a learner must complete before another (its prerequisite). */
  prerequisites: z.array(z.strictObject({ practiceId: id, requiresId: id, source: sourceText })).max(10_000).default([]),
  /** The credential a learner leaves with after a practice (an exit point). */
  credentials: z.array(z.strictObject({ practiceId: id, credential: z.string().trim().min(1).max(500), source: sourceText })).max(10_000).default([]),
});
export type PathwayStructure = z.output<typeof pathwayStructureSchema>;

/** The key of the tracked setting that holds it (data/history/settings.ts). */
export const PATHWAY_STRUCTURE_SETTING = 'pathways.structure';
