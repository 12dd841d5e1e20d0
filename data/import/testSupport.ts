/**
 * Helpers for the CSV import tests: the fixture corpus (test/fixtures/csv), the whole reading chain
 * from bytes to cell values, and a large file written on demand (never kept in the repository).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import { readCell, type CellReading, type CellValue } from './cells.js';
import { binaryContentReason, decodeText, detectEncoding, type TextEncoding } from './decode.js';
import { detectDelimiter, parseCsv, type CsvProblem, type CsvRow, type Delimiter } from './dialect.js';
import { matchHeaders } from './headers.js';
import { detectNumberFormat, numberFormatFallback, type NumberFormatGuess } from './numbers.js';
import { dimensionOfTarget, targetInfo, type ImportTarget } from '../practices/schemas.js';

const FIXTURES = new URL('../../test/fixtures/csv/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export interface ReadTable {
  encoding: TextEncoding;
  delimiter: Delimiter;
  header: CsvRow;
  records: CsvRow[];
  targets: (ImportTarget | null)[];
  numberFormats: (NumberFormatGuess | null)[];
  problems: CsvProblem[];
  headerProblems: string[];
}

/** The chain an import runs: binary check, encoding, delimiter, rows, header matching, per-column number format. */
export function readTable(bytes: Uint8Array): ReadTable {
  const binary = binaryContentReason(bytes);
  if (binary !== null) throw new Error(binary);
  const encoding = detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const delimiter = detectDelimiter(text);
  const { rows, problems } = parseCsv(text, delimiter);
  const [header, ...records] = rows;
  if (header === undefined) throw new Error('The file has no rows.');
  const { targets, problems: headerProblems } = matchHeaders(header.cells);
  const numberFormats = targets.map((target, column) =>
    target !== null && targetInfo(target).kind === 'number'
      ? detectNumberFormat(records.map((row) => row.cells[column] ?? ''), numberFormatFallback(delimiter))
      : null,
  );
  return { encoding, delimiter, header, records, targets, numberFormats, problems, headerProblems };
}

export interface RowValues {
  line: number;
  /** Field values keyed as practicePatchSchema expects, narratives included; empty cells left out. */
  patch: Record<string, unknown>;
  scores: Partial<Record<DimensionId, CellValue>>;
  errors: string[];
}

/** Every record's cells read for their column's target, assembled the way an importer would. */
export function readRecords(table: ReadTable): RowValues[] {
  return table.records.map((row) => {
    const patch: Record<string, unknown> = {};
    const narratives: Partial<Record<DimensionId, string>> = {};
    const scores: Partial<Record<DimensionId, CellValue>> = {};
    const errors: string[] = [];
    table.targets.forEach((target, column) => {
      if (target === null) return;
      const reading: CellReading = readCell(target, row.cells[column] ?? '', {
        column: table.header.cells[column] ?? '',
        numberFormat: table.numberFormats[column]?.format ?? 'comma',
      });
      if (!reading.ok) {
        errors.push(`Line ${row.line}. ${reading.reason}`);
        return;
      }
      if (reading.value === null) return;
      const dimension = dimensionOfTarget(target);
      if (dimension?.part === 'score') scores[dimension.dimension] = reading.value;
      else if (dimension?.part === 'narrative' && typeof reading.value === 'string') narratives[dimension.dimension] = reading.value;
      else patch[target] = reading.value;
    });
    if (DIMENSION_IDS.some((d) => narratives[d] !== undefined)) patch.narratives = narratives;
    return { line: row.line, patch, scores, errors };
  });
}

/** What one generated row holds, so a test can check any row of the large file without keeping them all. */
export function largeFileRow(index: number): { name: string; notes: string; hours: string; score: string } {
  const names = ['Catálogo', 'Mecatrónica', 'Formação', 'Sähköauton huolto'];
  return {
    name: `${names[index % names.length] ?? ''} ${index}`,
    notes: index % 10 === 0 ? `Línea uno; "citada"\nlínea dos ${index}` : `Nota ${index}`,
    hours: `${Math.floor(index / 7)},${index % 10}`,
    score: String(index % 5),
  };
}

/**
 * Writes an Excel-Europe CSV (byte-order mark, ";", decimal comma, CRLF, quoted newlines) of at
 * least `minimumBytes`, in chunks so that the writer never holds the whole file. Returns the rows written.
 */
export function writeLargeCsvFile(path: string, minimumBytes: number): { records: number; bytes: number } {
  const encoder = new TextEncoder();
  const file = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  const write = (text: string): void => {
    const chunk = encoder.encode(text);
    writeSync(file, chunk);
    bytes += chunk.length;
  };
  try {
    write('\uFEFFNombre;País;Horas;Notas;Puntuación gobernanza\r\n');
    while (bytes < minimumBytes) {
      let chunk = '';
      for (let i = 0; i < 1000; i += 1, records += 1) {
        const row = largeFileRow(records);
        const notes = /[";\n]/.test(row.notes) ? `"${row.notes.replace(/"/g, '""')}"` : row.notes;
        chunk += `${row.name};Spain;${row.hours};${notes};${row.score}\r\n`;
      }
      write(chunk);
    }
  } finally {
    closeSync(file);
  }
  return { records, bytes };
}
