/** Inputs of the CSV import operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { base64ContentSchema } from '../domain/fileSchemas.js';
import { TEXT_ENCODINGS } from './decode.js';
import { IMPORT_TARGETS, type ImportTarget } from '../practices/schemas.js';
import { id } from '../practices/schemas.js';

/** A CSV file the user chose, as its bytes (an empty one is refused when read, with its own message). */
export const importFileSchema = z.strictObject({
  name: z.string().max(500),
  contentBase64: base64ContentSchema('split it into smaller files and import them one after the other'),
});

const readOptions = {
  file: importFileSchema,
  /** Leave out to detect; ISO-8859-1 files are read as Windows-1252. */
  encoding: z.enum(TEXT_ENCODINGS, 'Unknown text encoding').optional(),
  delimiter: z.enum([',', ';', '\t'], 'The delimiter is a comma, a semicolon or a tab').optional(),
};

const columnIndex = z.string().regex(/^\d{1,4}$/, 'Columns are numbered from 0');
export const importTargetSchema = z.enum(IMPORT_TARGETS.map((t) => t.target) as [ImportTarget, ...ImportTarget[]], 'Unknown field to import into');

export const importPreviewInputSchema = z.strictObject(readOptions);

const NO_TWO_COLUMNS = 'Two columns are mapped to the same field; leave one of them out';

export const importRunInputSchema = z.strictObject({
  ...readOptions,
  /** id: rows carry the practice id; nameCountry: rows are matched by name and country. */
  key: z.enum(['id', 'nameCountry'], 'Match rows by id or by name and country').default('id'),
  /** Column index -> field (null leaves the column out). Columns not named are matched by their header. */
  mapping: z
    .record(columnIndex, importTargetSchema.nullable())
    .refine((m) => {
      const targets = Object.values(m).filter((t) => t !== null);
      return new Set(targets).size === targets.length;
    }, NO_TWO_COLUMNS)
    .optional(),
  /** Column index -> decimal mark, where the detected one is wrong. */
  numberFormats: z.record(columnIndex, z.enum(['comma', 'point'])).optional(),
  /** Whose scores the score columns hold. */
  raterId: id.optional(),
  /** true: only say what would happen (as import.check). false: write it, all or nothing. */
  dryRun: z.boolean().default(false),
});

/** The same as an import, to say what it would do: writes nothing, so it works on read-only datasets too. */
export const importCheckInputSchema = importRunInputSchema.omit({ dryRun: true });

// The import's vocabulary the wizard shows (encodings, delimiters, decimal marks, the columns a
// file can fill): re-exported here so the UI reaches the import through its public modules only.
export { TEXT_ENCODINGS, TEXT_ENCODING_LABELS, type TextEncoding } from './decode.js';
export { DELIMITER_LABELS, type Delimiter } from './dialect.js';
export { NUMBER_FORMAT_LABELS, type NumberFormat } from './numbers.js';
