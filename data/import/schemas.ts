/** Inputs of the CSV import operations. Pure (zod only), for the renderer too. */
import { z } from 'zod';
import { base64ContentSchema, uploadIdSchema } from '../domain/fileSchemas.js';
import { TEXT_ENCODINGS } from './decode.js';
import { IMPORT_TARGETS, type ImportTarget } from '../practices/schemas.js';
import { id } from '../practices/schemas.js';

/** A CSV file the user chose, as its bytes (an empty one is refused when read, with its own message). */
export const importFileSchema = z.union([
  z.strictObject({
    name: z.string().max(500),
    contentBase64: base64ContentSchema('split it into smaller files and import them one after the other'),
  }),
  /** A file the host received as a stream and keeps on disk (the browser host's /api/upload, the window, the command line). */
  z.strictObject({ name: z.string().max(500), upload: uploadIdSchema }),
]);

const readOptions = {
  file: importFileSchema,
  /** Leave out to detect; ISO-8859-1 files are read as Windows-1252. */
  encoding: z.enum(TEXT_ENCODINGS, 'Unknown text encoding').optional(),
  delimiter: z.enum([',', ';', '\t'], 'The delimiter is a comma, a semicolon or a tab').optional(),
  /** true: the first row names the columns; false: it is data, and columns are mapped by position. Leave out to let the import tell. */
  headerRow: z.boolean().optional(),
  /** In a file read as UTF-8, bytes that are not UTF-8: reject the rows that hold them (default), or read those bytes as Windows-1252. */
  invalidBytes: z.enum(['reject', 'windows-1252'], 'Bytes that are not UTF-8 are rejected or read as windows-1252').optional(),
  /** In an .xlsx workbook, the sheet to read: its name or its number from 1. Leave out for the first sheet that holds anything. */
  sheet: z.string().min(1, 'Name the sheet or give its number (from 1)').max(200).optional(),
};

/** Case, accents and punctuation folded, so "EQF level", "eqf-level" and "eqfLevel" name one field. */
const foldName = (text: string) =>
  text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const TARGET_BY_NAME: ReadonlyMap<string, ImportTarget> = new Map(IMPORT_TARGETS.flatMap((t) => [[foldName(t.target), t.target] as const, [foldName(t.label), t.target] as const]));

/** The field a person names: its name (eqfLevel, score:governance) or its label as the export writes it ("EQF level", "Governance score"). */
export function importTargetNamed(name: string): ImportTarget | null {
  return TARGET_BY_NAME.get(foldName(name)) ?? null;
}

/**
 * The names a mapping accepts, for messages and --help: each field's label (its name works too),
 * the dimensions' score and narrative once, and the checklist columns by the form of their labels.
 */
export const IMPORT_TARGET_NAMES: readonly string[] = [
  ...IMPORT_TARGETS.filter((t) => !t.target.includes(':')).map((t) => t.label),
  '"Governance score", "Governance narrative" (and so for each dimension)',
  '"EU: <element>", "EU note: <element>" and "Criterion: <criterion>" as the practice export heads them',
];

const unknownTarget = (name: string) => `Unknown field "${name}" to import into. Name a field by its label or name: ${IMPORT_TARGET_NAMES.join(', ')}`;

/** A field named by its name or its label, read as the field. */
export const importTargetSchema = z
  .string()
  .max(300)
  .transform((name, ctx) => {
    const target = importTargetNamed(name);
    if (target === null) {
      ctx.addIssue({ code: 'custom', message: unknownTarget(name) });
      return z.NEVER;
    }
    return target;
  });

/** A column: its 0-based number, or its header as the file writes it (matched regardless of case and accents). */
const columnReference = z.string().min(1, 'Name a column by its header or its number (from 0)').max(1000);

export const importPreviewInputSchema = z.strictObject(readOptions);

const NO_TWO_COLUMNS = 'Two columns are mapped to the same field; leave one of them out';

export const importRunInputSchema = z.strictObject({
  ...readOptions,
  /**
   * auto: a row's id where it has one, else its code (or name), country and provider; id: rows carry
   * the practice id; nameCountry: rows are matched by name and country.
   */
  key: z.enum(['auto', 'id', 'nameCountry'], 'Match rows automatically (auto), by id, or by name and country').default('auto'),
  /** Column (0-based number or header) -> field (by name or label; null leaves the column out). Columns not named are matched by their header. */
  mapping: z
    .record(columnReference, importTargetSchema.nullable())
    .refine((m) => {
      const targets = Object.values(m).filter((t) => t !== null);
      return new Set(targets).size === targets.length;
    }, NO_TWO_COLUMNS)
    .optional(),
  /** Field (by name or label) -> the value every row gets where the file has no such column or leaves the cell empty. */
  constants: z
    .record(z.string().max(300), z.string().max(2000, 'A value for every row is at most 2000 characters'))
    .superRefine((m, ctx) => {
      for (const name of Object.keys(m)) if (importTargetNamed(name) === null) ctx.addIssue({ code: 'custom', message: unknownTarget(name), path: [name] });
    })
    .transform((m) => Object.fromEntries(Object.entries(m).map(([name, value]) => [importTargetNamed(name) as ImportTarget, value])) as Partial<Record<ImportTarget, string>>)
    .optional(),
  /** Column index -> decimal mark, where the detected one is wrong. */
  numberFormats: z.record(z.string().regex(/^\d{1,4}$/, 'Columns are numbered from 0'), z.enum(['comma', 'point'])).optional(),
  /** The decimal mark of every number column not set in numberFormats, instead of the guess. */
  decimal: z.enum(['comma', 'point'], 'The decimal mark is comma or point').optional(),
  /** Rows without ids that share a code (or name), country and provider: reject them (default) or import each as its own practice. */
  duplicates: z.enum(['reject', 'separate'], 'Rows that share a key are rejected or imported as separate practices').default('reject'),
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
