/** Inputs of the merge operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { base64ContentSchema } from '../domain/fileSchemas.js';

/** A partner's dataset file, as its bytes. */
export const datasetFileSchema = z.strictObject({
  name: z.string().trim().min(1, 'The file needs a name').max(500),
  contentBase64: base64ContentSchema('ask the partner to send the practices they changed, as a smaller dataset or as CSV').min(1, 'The file is empty'),
});

export const mergeCheckInputSchema = z.strictObject({ file: datasetFileSchema });

export const mergeRunInputSchema = z.strictObject({
  file: datasetFileSchema,
  /** Conflict id (from merge.check) -> which side's value to keep. Every conflict needs one. */
  resolutions: z.record(z.string().max(2000), z.enum(['ours', 'theirs'], 'Keep "ours" or "theirs"')).default({}),
  /** true: only say what would happen. */
  dryRun: z.boolean().default(false),
});

export const mergeLogInputSchema = z.strictObject({ limit: z.number().int().min(1).max(1000).default(50) });
