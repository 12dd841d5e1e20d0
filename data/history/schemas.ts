/** Inputs of the history operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { id } from '../domain/schemas.js';

/** history.ofPractice: what each change did to one practice (or its scores), newest first. */
export const practiceHistoryInputSchema = z.strictObject({ id, limit: z.number().int().min(1).max(1000).default(100) });

/** history.recent: the latest change sets of the dataset, newest first. */
export const recentHistoryInputSchema = z.strictObject({ limit: z.number().int().min(1).max(200).default(30) });
