/** Inputs of the rubric operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { DIMENSION_IDS } from '../domain/domain.js';

const descriptor = z.string().trim().min(1, 'Each level needs a descriptor').max(4000);

export const rubricUpdateInputSchema = z.strictObject({
  /** What changed, shown beside the version number ("v2: assessment descriptors clarified"). */
  label: z.string().trim().min(1, 'Say what this version changes').max(200),
  /** The new descriptors of levels 0-4, for the dimensions edited; the others are copied from the current version. */
  descriptors: z.partialRecord(z.enum(DIMENSION_IDS, 'Unknown dimension'), z.tuple([descriptor, descriptor, descriptor, descriptor, descriptor])),
});
