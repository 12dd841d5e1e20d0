/** Inputs of the merge operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';

/** 80 MB of dataset file, as base64; the command line reads larger files the same way. */
const MAX_BASE64 = Math.ceil((80 * 1024 * 1024 * 4) / 3);

/** A partner's dataset file, as its bytes: hosts never hand the renderer a path to read. */
export const datasetFileSchema = z.strictObject({
  name: z.string().trim().min(1, 'The file needs a name').max(500),
  contentBase64: z
    .string()
    .min(1, 'The file is empty')
    .max(MAX_BASE64, 'The file is larger than 80 MB; merge it from the command line (autocredify merge FILE)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file was not sent as base64'),
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
